/**
 * Helpers every spec uses: open the console on a known world at instant speed, and collect the page's
 * console errors so a spec can assert the page stayed clean.
 */
import { test as base, expect, type Page } from '@playwright/test';

export type SeedName = 'default' | 'minimal' | 'empty';

/** Opens `path` (relative to the base URL) after resetting the mock backend to `seed`, at instant speed. */
export async function openConsole(page: Page, path = '', seed: SeedName = 'default'): Promise<void> {
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${sep}demoSeed=${seed}&demoSpeed=instant`);
  // The console strips the demo parameters once the world is ready.
  await expect(page).not.toHaveURL(/demoSeed=/);
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
