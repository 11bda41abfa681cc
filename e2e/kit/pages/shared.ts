/** Locator helpers the page objects share: rows by their text or by an exact cell, and antd's select. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The table row containing `text` (anywhere in the row). */
export const rowWith = (scope: Page | Locator, text: string | RegExp): Locator =>
  scope.getByRole('row').filter({ hasText: text });

/** The table row with a cell whose whole text is `text` (tags like `1.0` would otherwise match `1.0.1`). */
export const rowWithCell = (page: Page, scope: Page | Locator, text: string): Locator =>
  scope.getByRole('row').filter({ has: page.getByRole('cell', { name: text, exact: true }) });

/** Data rows of a table (the header row has no cells). */
export const dataRows = (page: Page, table: Locator): Locator =>
  table.getByRole('row').filter({ has: page.getByRole('cell') });

/** Opens the combobox labelled `label` in `scope` and picks the option (options render in a portal on the page). */
export async function pick(page: Page, scope: Page | Locator, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

/** The 确定 of the confirmation (Popconfirm or Modal.confirm) that a click just opened. */
export async function confirm(page: Page, dialogText?: string | RegExp): Promise<void> {
  const scope = dialogText ? page.getByRole('dialog').filter({ hasText: dialogText }) : page;
  await scope.getByRole('button', { name: '确定' }).click();
}

export type Severity = 'High' | 'Medium' | 'Low' | 'Unknown';
/** The zh-CN label of each severity, as tables and filters show it. */
export const SEVERITY_LABEL: Record<Severity, string> = { High: '高危', Medium: '中危', Low: '低危', Unknown: '未知' };

/**
 * The control is disabled and tells why: on hover in a tooltip (it sits on a wrapper, since disabled controls get
 * no hover) and as its accessible description, for screen readers. Disabled is also the look while the reason is
 * still loading, and late columns can move the control from under the pointer, so it hovers again until the
 * tooltip shows, as a user would.
 */
export async function expectDisabledWithReason(page: Page, control: Locator, reason: string): Promise<void> {
  await expect(control).toBeDisabled();
  await expect(control).toHaveAccessibleDescription(new RegExp(reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(async () => {
    await page.mouse.move(0, 0);
    await control.hover({ force: true });
    await expect(page.getByRole('tooltip').filter({ hasText: reason })).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await page.mouse.move(0, 0);
}
