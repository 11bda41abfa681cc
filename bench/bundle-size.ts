/**
 * First-route JavaScript weight: opens the instance list (`/cn-hangzhou/instances`) in Chromium against the
 * production build, records every JavaScript response the page and its workers fetch until the list shows,
 * and sums their gzip sizes (level 9, what a gzip-serving host would send). Printed separately:
 *
 * - the console's own JavaScript, against issue 9's 350 KB budget (the exit code follows it);
 * - the in-browser mock backend (every `mock-*.js` chunk, see vite.config.ts), which a deployment with a real
 *   API has none of: on a first visit (empty database: the seed builder and the scan core it runs load too)
 *   and on a returning visit (same profile, HTTP cache cleared: only the gateway and the services the page calls).
 *
 * The mock service worker script itself is left out. Usage: npm run bench (builds first), or
 * `tsx bench/bundle-size.ts [--dist dist] [--port 4181] [--all]` (--all lists every chunk). Needs /usr/bin/chromium.
 */
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from '@playwright/test';
import { benchArg, startPreview } from './lib/preview-server';

export const FIRST_ROUTE_BUDGET_GZIP = 350 * 1024;
/** Chunks of the in-browser mock backend (named in vite.config.ts). */
export const BACKEND_CHUNK = /\/mock-[^/]*\.js$/;

const PORT = Number(benchArg('port', '4181'));
const DIST = benchArg('dist', 'dist');
const BASE_URL = `http://127.0.0.1:${PORT}/`;

/** Gzip size of every JavaScript file one visit of the instance list fetches, by path. */
async function visit(context: BrowserContext): Promise<Map<string, number>> {
  const chunks = new Map<string, number>();
  const pending: Promise<void>[] = [];
  const record = (response: import('@playwright/test').Response) => {
    const url = new URL(response.url());
    if (!url.pathname.endsWith('.js') || /\/(mockServiceWorker|mock-backend-sw)\.js$/.test(url.pathname)) return;
    pending.push(
      response.body().then(
        (body) => void chunks.set(url.pathname, gzipSync(body, { level: 9 }).length),
        () => undefined,
      ),
    );
  };
  context.on('response', record);
  const page = await context.newPage();
  // A returning visitor's database stays, but every chunk is fetched again (and so measured).
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await page.goto(`${BASE_URL}cn-hangzhou/instances`);
  await page.getByRole('columnheader', { name: '实例规格' }).waitFor({ timeout: 60_000 });
  await page.getByRole('link', { name: '管理' }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  context.off('response', record);
  await page.close();
  return chunks;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (chunks: Map<string, number>, backend: boolean) =>
  [...chunks].filter(([file]) => BACKEND_CHUNK.test(file) === backend).reduce((a, [, size]) => a + size, 0);

async function main() {
  const server = await startPreview({ port: PORT, dist: DIST });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  let first: Map<string, number>;
  let returning: Map<string, number>;
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    first = await visit(context);
    returning = await visit(context);
    await context.close();
  } finally {
    await browser.close();
    server.stop();
  }
  const consoleBytes = sum(first, false);
  const backendFirst = sum(first, true);
  const backendReturning = sum(returning, true);
  const verdict = consoleBytes <= FIRST_ROUTE_BUDGET_GZIP ? 'within' : 'OVER';
  console.log(`first route JS (instance list, cold), gzip:`);
  console.log(
    `  console       ${kb(consoleBytes).padStart(9)}  ${verdict} the ${kb(FIRST_ROUTE_BUDGET_GZIP)} budget (${((100 * consoleBytes) / FIRST_ROUTE_BUDGET_GZIP).toFixed(0)}%)`,
  );
  console.log(`  mock backend  ${kb(backendFirst).padStart(9)}  first visit (seeds the database)`);
  console.log(`  mock backend  ${kb(backendReturning).padStart(9)}  returning visit (database already seeded)`);
  console.log(`  total         ${kb(consoleBytes + backendFirst).padStart(9)}  first visit, ${first.size} files`);
  const heaviest = [...first].sort((a, b) => b[1] - a[1]);
  const shown = process.argv.includes('--all') ? heaviest : heaviest.slice(0, 8);
  for (const [file, size] of shown) console.log(`  ${kb(size).padStart(9)}  ${path.basename(file)}`);
  if (process.argv.includes('--all')) {
    console.log('mock backend chunks of the returning visit:');
    for (const [file, size] of [...returning].filter(([f]) => BACKEND_CHUNK.test(f)).sort((a, b) => b[1] - a[1]))
      console.log(`  ${kb(size).padStart(9)}  ${path.basename(file)}`);
  }
  if (consoleBytes > FIRST_ROUTE_BUDGET_GZIP) process.exitCode = 1;
}

await main();
