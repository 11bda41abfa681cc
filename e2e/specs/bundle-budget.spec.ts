/**
 * First-route weight (issue 9): a load of the instance list, every JavaScript response the page and its
 * workers receive, gzipped (level 9) here. Split by chunk name into the console's own JavaScript and the
 * in-browser mock backend, whose chunks are all named `mock-*.js` (vite.config.ts); a deployment with a real
 * API has none of them. The service worker scripts (`mock-backend-sw.js`, `mockServiceWorker.js`) are left out
 * for the same reason.
 *
 * The backend is measured twice: on a first visit (empty database: the seed builder and the scan core it
 * runs over the demo images load to seed it) and on a returning visit (same profile, HTTP cache cleared:
 * only the gateway and the few services the list calls). The console is held to issue 9's budget, 350 KB;
 * the backend figures are ratchets (measured when set, plus ~3 %): lower them as chunks shrink. `npm run
 * bench` prints the same figures against the 350 KB line (bench/bundle-size.ts).
 */
import { gzipSync } from 'node:zlib';
import { type BrowserContext, expect, test } from '@playwright/test';

const KB = 1024;
// Measured 2026-11-28 (lazy locale catalogs, lazy per-area backend services, seed builder and scan core
// loaded only to seed): console 460 KB, mock backend 138 KB on a first visit and 72 KB on a returning one
// (before: console 469 KB, mock backend 297 KB whatever the visit). Then 438.5 KB: the tour, the error
// pages (antd Result) and Form's engine (reached through Table's Radio) no longer load with the first page.
// Then 339 KB: the instance list on a light table (no antd Table, Pagination, Tree, Radio, Checkbox), antd's
// App, Modal and message loaded on the first toast or confirm, dayjs only with the date picker, the tour's
// steps only when a tour starts, page titles and empty states without Typography.
const BUDGET_CONSOLE = 350 * KB;
const RATCHET_BACKEND_FIRST_VISIT = 143 * KB;
const RATCHET_BACKEND_RETURNING = 75 * KB;
const BACKEND_CHUNK = /\/mock-[^/]*\.js$/;

interface Weight {
  console: number;
  backend: number;
  files: string[];
}

/** The gzip weight of one visit of the instance list in `context` (its database kept, its HTTP cache not). */
async function visit(context: BrowserContext, baseURL: string): Promise<Weight> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const record = (response: import('@playwright/test').Response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.endsWith('.js') || /\/(mockServiceWorker|mock-backend-sw)\.js$/.test(pathname)) return;
    pending.push(
      response.body().then(
        (body) => void sizes.set(pathname, gzipSync(body, { level: 9 }).length),
        () => undefined,
      ),
    );
  };
  context.on('response', record);
  const page = await context.newPage();
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await page.goto(new URL('cn-hangzhou/instances', baseURL).href);
  await expect(page.getByRole('link', { name: '管理' }).first()).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  context.off('response', record);
  await page.close();
  let consoleBytes = 0;
  let backend = 0;
  for (const [file, size] of sizes) {
    if (BACKEND_CHUNK.test(file)) backend += size;
    else consoleBytes += size;
  }
  return { console: consoleBytes, backend, files: [...sizes.keys()] };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

test('the first route does not grow: console and mock-backend JavaScript stay within the ratchet', async ({
  browser,
  baseURL,
}, info) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const first = await visit(context, baseURL ?? '/');
  const returning = await visit(context, baseURL ?? '/');
  await context.close();
  info.annotations.push({
    type: 'first-route gzip',
    description: `console ${kb(first.console)} + mock backend ${kb(first.backend)} (first visit; ${kb(returning.backend)} returning) = ${kb(first.console + first.backend)} (${first.files.length} files)`,
  });
  expect(first.backend, 'the mock backend must load as its own mock-* chunks').toBeGreaterThan(0);
  expect(first.console, `console JS ${kb(first.console)}`).toBeLessThanOrEqual(BUDGET_CONSOLE);
  expect(first.backend, `mock backend JS, first visit ${kb(first.backend)}`).toBeLessThanOrEqual(
    RATCHET_BACKEND_FIRST_VISIT,
  );
  // A returning visitor's database is seeded: neither the seed builder nor the scan core may load.
  expect(returning.backend, `mock backend JS, returning visit ${kb(returning.backend)}`).toBeLessThanOrEqual(
    RATCHET_BACKEND_RETURNING,
  );
  expect(returning.files.filter((f) => /\/mock-build-world-/.test(f))).toEqual([]);
});
