/**
 * Test helpers that talk to the mock backend over HTTP, through the console's typed client or raw fetch.
 */

import { expect } from 'vitest';
import { ApiError, callAction } from '@/api/client';
import { ACTIONS, type ActionName, type ActionRequest, type ActionResponse } from '@/api/contract/actions';
import { API_VERSION, encodeQuery } from '@/api/contract/wire';
import { TEST_API_URL } from '../node';

export { ApiError, callAction };

/** Calls an action and returns the error it fails with (failing the test if it succeeds). */
export async function callError<A extends ActionName>(action: A, params: ActionRequest<A>): Promise<ApiError> {
  try {
    await callAction(action, params);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error(`${action} succeeded but an error was expected`);
}

/** Expects a business error (HTTP 200, IsSuccess false) with `code`. */
export async function expectBusinessError<A extends ActionName>(
  action: A,
  params: ActionRequest<A>,
  code: string,
): Promise<void> {
  const error = await callError(action, params);
  expect({ code: error.code, status: error.httpStatus }).toEqual({ code, status: 200 });
}

/** A raw request to the API: full control of method, version and query string. */
export async function rawCall(
  query: Record<string, unknown>,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${TEST_API_URL}?${encodeQuery(query)}`, { method: init.method ?? 'POST', ...init });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The query of a well-formed call of `action`. */
export function actionQuery(action: string, params: Record<string, unknown> = {}): Record<string, unknown> {
  return { Action: action, Version: API_VERSION, ...params };
}

/** The instance named `name` in `regionId` (default world). */
export async function instanceByName(
  name: string,
  regionId = 'cn-hangzhou',
): Promise<ActionResponse<'ListInstance'>['Instances'][number]> {
  const { Instances } = await callAction('ListInstance', { RegionId: regionId, PageSize: 100 });
  const found = Instances.find((instance) => instance.InstanceName === name);
  if (!found) throw new Error(`no instance ${name} in ${regionId}`);
  return found;
}

/** The id of repository `namespace/name` of an instance. */
export async function repoIdOf(instanceId: string, namespace: string, name: string): Promise<string> {
  const repo = await callAction('GetRepository', {
    InstanceId: instanceId,
    RepoNamespaceName: namespace,
    RepoName: name,
  });
  return repo.RepoId;
}

/** A raw call whose body must satisfy the action's response schema exactly (no undeclared field). */
export async function contractBody(action: ActionName, params: Record<string, unknown>) {
  const { status, body } = await rawCall(actionQuery(action, params), { method: ACTIONS[action].method });
  expect(status).toBe(200);
  const def = ACTIONS[action];
  const parsed = def.response.safeParse(body);
  expect(parsed.success ? 'valid' : parsed.error.message).toBe('valid');
  expect(Object.keys(body).filter((key) => !Object.keys(def.response.shape).includes(key))).toEqual([]);
  return body;
}
