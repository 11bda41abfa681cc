/**
 * What the browser benchmarks share: their `--name value` flags, the production build served by `vite
 * preview` on a port of their own, and the mock backend's API called from inside the page (as the console does).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ACTIONS, type ActionName, type ActionRequest, API_PATH } from '../../src/api/contract/actions';
import { API_VERSION, encodeQuery } from '../../src/api/contract/wire';

/** The value after `--name` on the command line, or `fallback`. */
export function benchArg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

export interface PreviewServer {
  baseUrl: string;
  stop(): void;
}

/** Serves `dist` (relative to the project) at http://127.0.0.1:`port`/ and resolves once it answers. */
export async function startPreview({ port, dist }: { port: number; dist: string }): Promise<PreviewServer> {
  const baseUrl = `http://127.0.0.1:${port}/`;
  // Its own process group, so stop() ends `npx` and the vite process it started.
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    { cwd: path.resolve(import.meta.dirname, '../..'), stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (!child.pid || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill();
    }
  };
  for (let i = 0; i < 100; i++) {
    const up = await fetch(baseUrl).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { baseUrl, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('vite preview did not start');
}

// biome-ignore lint/suspicious/noExplicitAny: benchmarks read the JSON bodies loosely
export type Body = Record<string, any>;

/** The API request URL of `action` on the server at `baseUrl`. */
export const apiUrl = <A extends ActionName>(baseUrl: string, action: A, params: ActionRequest<A>) =>
  `${baseUrl}${API_PATH}?${encodeQuery({ Action: action, Version: API_VERSION, ...(params as Record<string, unknown>) })}`;

/** Calls `action` from inside `page` (so the page's mock backend answers); throws on an HTTP or business error. */
export async function pageApi<A extends ActionName>(
  page: Page,
  baseUrl: string,
  action: A,
  params: ActionRequest<A>,
): Promise<Body> {
  const { status, body } = await page.evaluate(
    async ({ url, method }) => {
      const res = await fetch(url, { method, headers: { Accept: 'application/json' } });
      return { status: res.status, body: await res.json() };
    },
    { url: apiUrl(baseUrl, action, params), method: ACTIONS[action].method },
  );
  if (status !== 200 || body.IsSuccess === false)
    throw new Error(`${action} failed (HTTP ${status}): ${JSON.stringify(body)}`);
  return body;
}
