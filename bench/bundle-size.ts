/**
 * First-route JavaScript weight: opens the instance list (`/cn-hangzhou/instances`) cold in Chromium against
 * the production build, records every JavaScript response the page and its workers fetch until the list
 * shows, and prints the sum of their gzip sizes (level 9, what a gzip-serving host would send) against the
 * 350 KB budget, with the five heaviest chunks. The mock service worker script itself is left out (a
 * deployment with a real backend has none); the in-page mock backend chunks are counted.
 *
 * Usage: npm run bench (builds first), or `tsx bench/bundle-size.ts [--dist dist] [--port 4181]`.
 * Exits non-zero when over budget. Needs /usr/bin/chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export const FIRST_ROUTE_BUDGET_GZIP = 350 * 1024;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const PORT = Number(arg('port', '4181'));
const DIST = arg('dist', 'dist');
const BASE_URL = `http://127.0.0.1:${PORT}/`;

async function startServer(): Promise<ChildProcess> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST],
    { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100; i++) {
    const up = await fetch(BASE_URL).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  stopServer(server);
  throw new Error('vite preview did not start');
}

/** Kills `npx` and the vite process it started (its own process group). */
function stopServer(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill();
  }
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const chunks = new Map<string, number>();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const pending: Promise<void>[] = [];
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith('.js') || url.pathname.endsWith('mockServiceWorker.js')) return;
      pending.push(
        response.body().then(
          (body) => void chunks.set(url.pathname, gzipSync(body, { level: 9 }).length),
          () => undefined,
        ),
      );
    });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}cn-hangzhou/instances`);
    await page.getByRole('columnheader', { name: '实例规格' }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: '管理' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await context.close();
  } finally {
    await browser.close();
    stopServer(server);
  }
  const total = [...chunks.values()].reduce((a, b) => a + b, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const verdict = total <= FIRST_ROUTE_BUDGET_GZIP ? 'within' : 'OVER';
  console.log(
    `first route JS (instance list, cold): ${chunks.size} files, ${kb(total)} gzip — ${verdict} the ${kb(FIRST_ROUTE_BUDGET_GZIP)} budget (${((100 * total) / FIRST_ROUTE_BUDGET_GZIP).toFixed(0)}%)`,
  );
  const heaviest = [...chunks].sort((a, b) => b[1] - a[1]);
  const shown = process.argv.includes('--all') ? heaviest : heaviest.slice(0, 5);
  for (const [file, size] of shown) console.log(`  ${kb(size).padStart(9)}  ${path.basename(file)}`);
  if (total > FIRST_ROUTE_BUDGET_GZIP) process.exitCode = 1;
}

await main();
