/**
 * Measures what a newcomer waits for: the gzip size of the JavaScript the first route needs, and the time
 * from navigation to the instance list being visible in the production build (cold: first visit, which
 * registers the mock backend and seeds the world; warm: a reload). Prints ratios against a baseline measured
 * in the same run: navigating to a static file from the same server.
 *
 * Usage: npm run bench (builds first). Needs /usr/bin/chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startPreview } from './lib/preview-server';

const PORT = 4180;
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const RUNS = 5;
const DIST = path.resolve(import.meta.dirname, '../dist');

/** Sizes of the JavaScript files the page actually loaded to show the instance list. */
function loadedBytes(refs: string[]): { files: number; raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const ref of refs) {
    const bytes = readFileSync(path.join(DIST, new URL(ref).pathname));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: refs.length, raw, gzip };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main() {
  const server = await startPreview({ port: PORT, dist: 'dist' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const baseline: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const scripts = new Set<string>();
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      if (i === 0) page.on('response', (r) => r.url().endsWith('.js') && scripts.add(r.url()));
      let t = performance.now();
      await page.goto(`${BASE_URL}mockServiceWorker.js`, { waitUntil: 'load' });
      baseline.push(performance.now() - t);
      const url = `${BASE_URL}cn-hangzhou/instances`;
      const table = page.getByRole('columnheader', { name: '实例规格' });
      t = performance.now();
      await page.goto(url, { waitUntil: 'commit' });
      await page.getByRole('link', { name: '管理' }).first().waitFor();
      await table.waitFor();
      cold.push(performance.now() - t);
      t = performance.now();
      await page.reload({ waitUntil: 'commit' });
      await page.getByRole('link', { name: '管理' }).first().waitFor();
      warm.push(performance.now() - t);
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const bundle = loadedBytes([...scripts].filter((u) => !/\/(mockServiceWorker|mock-backend-sw)\.js$/.test(u)));
  const base = median(baseline);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `first route JS (all scripts loaded until the instance list shows, incl. the mock backend): ${bundle.files} files, ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzip`,
  );
  console.log(`baseline (static file navigation): median ${base.toFixed(0)} ms over ${RUNS} runs`);
  console.log(
    `instance list visible, cold (first visit, seeds the world): median ${median(cold).toFixed(0)} ms = ${(median(cold) / base).toFixed(1)}x baseline`,
  );
  console.log(
    `instance list visible, warm (reload): median ${median(warm).toFixed(0)} ms = ${(median(warm) / base).toFixed(1)}x baseline`,
  );
}

await main();
