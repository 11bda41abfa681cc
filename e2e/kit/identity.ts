/** The top bar's identity switcher (切换身份), as a RAM-aware script drives it. */
import type { Page } from '@playwright/test';
import { expect } from './console';

/** Picks an identity by (part of) its menu text, and waits until the console acts as it. */
export async function switchIdentity(page: Page, item: RegExp, shown: string): Promise<void> {
  const switcher = page.getByRole('button', { name: '切换身份' });
  await switcher.click();
  await page.getByRole('menuitem', { name: item }).click();
  await expect(switcher).toContainText(shown);
}
