/**
 * The kit's Playwright `test`: start from a named seed at an instant clock, with the page objects, the page's
 * console errors and the API bound to the page.
 *
 *   import { expect, test } from '../kit/fixtures';
 *   test.use({ seed: 'vulnerable' });
 *   test('…', async ({ acr, api, consoleErrors }) => { … });
 *
 * `acr` opens the console (at `startPath`, on `seed`, at `speed`) when a test first asks for it; a test that
 * only wants `page` opens nothing.
 */
import { Acr } from './acr';
import { type ApiBody, api, apiAll, instanceIdOf, rawApi, repoIdOf } from './api';
import { test as consoleTest, type DemoSpeed, expect, type SeedName } from './console';

/** `api` bound to the page: the same helpers as ./api.ts without the `page` argument. */
export interface BoundApi {
  call<T = ApiBody>(action: string, params?: Record<string, unknown>): Promise<T>;
  raw(action: string, params?: Record<string, unknown>): Promise<{ status: number; body: ApiBody }>;
  all<T = ApiBody>(calls: readonly (readonly [string, Record<string, unknown>])[]): Promise<T[]>;
  instanceIdOf(name: string, regionId?: string): Promise<string>;
  repoIdOf(instanceId: string, namespace: string, name: string): Promise<string>;
}

export interface KitOptions {
  /** The world the backend is reset to before the test. Default `default`. */
  seed: SeedName;
  /** `instant` (default) or `realistic` pacing. */
  speed: DemoSpeed;
  /** Where `acr` opens the console, relative to the base URL. Default `cn-hangzhou/instances`. */
  startPath: string;
}

export interface KitFixtures {
  /** The page objects, on the console already open at `startPath`. */
  acr: Acr;
  api: BoundApi;
}

export const test = consoleTest.extend<KitOptions & KitFixtures>({
  seed: ['default', { option: true }],
  speed: ['instant', { option: true }],
  startPath: ['cn-hangzhou/instances', { option: true }],
  acr: async ({ page, seed, speed, startPath }, use) => {
    const acr = new Acr(page);
    await acr.open(startPath, seed, speed);
    await use(acr);
  },
  api: async ({ page }, use) => {
    await use({
      call: (action, params) => api(page, action, params),
      raw: (action, params) => rawApi(page, action, params),
      all: (calls) => apiAll(page, calls),
      instanceIdOf: (name, regionId) => instanceIdOf(page, name, regionId),
      repoIdOf: (instanceId, namespace, name) => repoIdOf(page, instanceId, namespace, name),
    });
  },
});

export type { DemoSpeed, SeedName };
export { expect };
