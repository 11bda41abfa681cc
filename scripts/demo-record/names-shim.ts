/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`. Functions passed to
 * `page.evaluate` carry those calls into the page, where `__name` does not exist; this defines it there
 * (as a string, so it is not itself rewritten).
 */
import type { BrowserContext, Page } from '@playwright/test';

const SHIM = 'globalThis.__name ??= (fn) => fn;';

/** For every document the context loads from now on. */
export async function shimContext(context: BrowserContext): Promise<void> {
  await context.addInitScript(SHIM);
}

/** For the document already in the page (e.g. after `setContent`). */
export async function shimPage(page: Page): Promise<void> {
  await page.evaluate(SHIM);
}
