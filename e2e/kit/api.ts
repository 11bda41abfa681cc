/**
 * Calls the console's API from inside the page, past the UI (through the mock backend's service worker), as a
 * user could from the browser's devtools. Objects and arrays are sent JSON-encoded, as the contract expects.
 */
import type { Page } from '@playwright/test';

export interface ApiBody {
  Code?: string | number;
  IsSuccess?: boolean;
  Message?: string;
  [key: string]: unknown;
}

/** The answer's HTTP status and body, whatever they are. */
export async function rawApi(
  page: Page,
  action: string,
  params: Record<string, unknown> = {},
): Promise<{ status: number; body: ApiBody }> {
  return page.evaluate(
    async ([name, values]) => {
      const query = new URLSearchParams({ Action: name, Version: '2018-12-01' });
      for (const [key, value] of Object.entries(values)) {
        query.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
      const res = await fetch(new URL(`api/?${query}`, `${location.origin}/`), { method: 'POST' });
      return { status: res.status, body: await res.json() };
    },
    [action, params] as const,
  );
}

/** The body of a successful call; throws with the code and message otherwise. */
export async function api<T = ApiBody>(page: Page, action: string, params: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await rawApi(page, action, params);
  const failed = status !== 200 || body.IsSuccess === false || (typeof body.Code === 'number' && body.Code !== 0);
  if (failed) throw new Error(`${action} failed (${status}): ${String(body.Code)} ${String(body.Message)}`);
  return body as T;
}

/** Several calls at once, in one round trip to the page; the bodies in order. Throws on the first failure. */
export async function apiAll<T = ApiBody>(
  page: Page,
  calls: readonly (readonly [string, Record<string, unknown>])[],
): Promise<T[]> {
  const answers = await page.evaluate(async (list) => {
    const one = async ([name, values]: readonly [string, Record<string, unknown>]) => {
      const query = new URLSearchParams({ Action: name, Version: '2018-12-01' });
      for (const [key, value] of Object.entries(values)) {
        query.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
      }
      const res = await fetch(new URL(`api/?${query}`, `${location.origin}/`), { method: 'POST' });
      return { status: res.status, body: await res.json() };
    };
    return Promise.all(list.map(one));
  }, calls);
  return answers.map(({ status, body }, index) => {
    const failed = status !== 200 || body.IsSuccess === false || (typeof body.Code === 'number' && body.Code !== 0);
    if (failed)
      throw new Error(`${calls[index]?.[0]} failed (${status}): ${String(body.Code)} ${String(body.Message)}`);
    return body as T;
  });
}

/** The id of the instance named `name` in `regionId`. */
export async function instanceIdOf(page: Page, name: string, regionId = 'cn-hangzhou'): Promise<string> {
  const { Instances } = await api<{ Instances: { InstanceId: string; InstanceName: string }[] }>(page, 'ListInstance', {
    RegionId: regionId,
    PageSize: 100,
  });
  const found = Instances.find((instance) => instance.InstanceName === name);
  if (!found) throw new Error(`no instance ${name} in ${regionId}`);
  return found.InstanceId;
}

/** The id of repository `namespace/name` of an instance. */
export async function repoIdOf(page: Page, instanceId: string, namespace: string, name: string): Promise<string> {
  const { Repositories } = await api<{ Repositories: { RepoId: string; RepoName: string }[] }>(page, 'ListRepository', {
    InstanceId: instanceId,
    RepoNamespaceName: namespace,
    PageSize: 100,
  });
  const found = Repositories.find((repo) => repo.RepoName === name);
  if (!found) throw new Error(`no repository ${namespace}/${name}`);
  return found.RepoId;
}
