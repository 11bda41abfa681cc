import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './kit/chromium';

/**
 * E2E against the production build served by `vite preview`, in Debian's Chromium (Playwright cannot
 * download its own browsers here). Two servers: the build at `/` and a second build under the sub-path
 * `/console/`, so the service worker and router are proven to work when hosted below the root.
 */
const ROOT_PORT = 4173;
const SUB_PORT = 4174;

export default defineConfig({
  testDir: './specs',
  outputDir: './results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Generous: two workers share two cores with Chromium and the preview servers.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { outputFolder: 'report', open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}/`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // The console turns antd's animations off for reduced motion, so clicks don't wait on transitions.
    contextOptions: { reducedMotion: 'reduce' },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'console', testIgnore: /sub-path\.spec\.ts/ },
    // The Playwright kit's own examples (e2e/kit/README.md): they run with the suite, so the kit stays true.
    { name: 'kit-examples', testDir: './kit/examples' },
    { name: 'sub-path', testMatch: /sub-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUB_PORT}/console/` } },
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${ROOT_PORT} --strictPort`,
      cwd: '..',
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${SUB_PORT} --strictPort --outDir dist-sub`,
      cwd: '..',
      url: `http://127.0.0.1:${SUB_PORT}/console/`,
      env: { BASE: '/console/' },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
