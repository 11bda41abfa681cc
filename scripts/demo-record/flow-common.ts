/**
 * What both recorded procedures share: the demo's instance, tag and rule, and opening the console on a fresh
 * `default` world at realistic speed. Locators are role-based, like the specs and the kit's page objects, with
 * names from the locale catalogs so both languages work.
 */
import type { Page } from '@playwright/test';
import { api } from '../../e2e/kit/api';
import type { Walkthrough } from './walkthrough';

export const INSTANCE = 'acr-prod-hz';
export const TAG = '1.25-alpine';
export const RULE = 'nginx-release';
export const HANGZHOU = /杭州|Hangzhou/;

/** Boots the console on a fresh `default` world at realistic speed (latency and scan phases like the real service). */
export async function bootFresh(page: Page, consolePath: string): Promise<void> {
  await page.goto(`${consolePath}?demoSeed=default&demoSpeed=realistic`);
  // The console drops the parameters once the world is ready; a loaded machine can take a while to boot it.
  await page.waitForURL((url) => !url.search.includes('demoSeed='), { timeout: 90_000 });
}

/**
 * Opens a console path on a fresh `default` world. The console is already booted (before recording), so the
 * world is reset through the API while the current page stays on screen, instead of a reload that would put
 * the seeding spinner into the video.
 */
export async function openFresh(page: Page, consolePath: string): Promise<void> {
  await api(page, 'ResetDemoWorld', { SeedName: 'default' });
  await page.goto(consolePath);
}

export const findingsTable = (w: Walkthrough) =>
  w.page.getByRole('table').filter({ has: w.page.getByRole('columnheader', { name: w.t('scans.vul.col.cve') }) });
