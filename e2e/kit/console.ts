/**
 * Helpers every spec uses: open the console on a known world at instant speed, and collect the page's
 * console errors so a spec can assert the page stayed clean.
 */
import { test as base, expect, type Page } from '@playwright/test';

/** The named worlds the mock backend can be reset to (设置 > 重置为, or `?demoSeed=`); see e2e/kit/README.md. */
export type SeedName =
  | 'default'
  | 'minimal'
  | 'empty'
  | 'scale'
  | 'fresh-no-vpc'
  | 'vulnerable'
  | 'clean-fleet'
  | 'cloud-engine-bought';

/** 立即完成 (`instant`: scans and events finish at once, for scripts) or 真实速度 (`realistic`: paced like the service). */
export type DemoSpeed = 'instant' | 'realistic';

/** Opens `path` (relative to the base URL) after resetting the mock backend to `seed`, at `speed` (instant). */
export async function openConsole(
  page: Page,
  path = '',
  seed: SeedName = 'default',
  speed: DemoSpeed = 'instant',
): Promise<void> {
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${sep}demoSeed=${seed}&demoSpeed=${speed}`);
  // The console strips the demo parameters once the world is ready; building a world is real work (the seed's
  // images are assembled in the browser), so give it longer than a UI assertion on a loaded machine.
  await expect(page).not.toHaveURL(/demoSeed=/, { timeout: 30_000 });
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await use(errors);
  },
});

export { expect };
