/** 设置 (top bar): 重置为 a seed → 重置演示环境 → 确定, and 运行速度 (立即完成 / 真实速度). */
import { expect, type Page } from '@playwright/test';
import { confirm } from './shared';

/** The zh-CN names of the speeds, as 运行速度 shows them. */
const SPEED_LABEL = { instant: '立即完成', realistic: '真实速度' } as const;

export class SettingsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: '设置' }).click();
    await expect(this.page.getByRole('heading', { name: '设置' })).toBeVisible();
  }

  /**
   * 重置演示环境 → 确定; with `seedLabel` (the radio's text under 重置为, e.g. '空账号'), picks that seed first.
   * The console returns to 实例列表.
   */
  async resetDemo(seedLabel?: string | RegExp): Promise<void> {
    if (seedLabel) {
      const seed = this.page.getByRole('radio', { name: seedLabel });
      await seed.click();
      await expect(seed).toBeChecked();
    }
    await this.page.getByRole('button', { name: '重置演示环境' }).click();
    await confirm(this.page, /重置演示环境/);
    await expect(this.page).toHaveURL(/\/instances/);
  }

  async setSpeed(speed: keyof typeof SPEED_LABEL): Promise<void> {
    // The choice is saved to the backend first, so the radio turns checked a moment after the click.
    const radio = this.page.getByRole('radio', { name: SPEED_LABEL[speed] });
    await radio.click();
    await expect(radio).toBeChecked();
  }
}
