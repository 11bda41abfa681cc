/**
 * 设置 (top bar): 重置为 a seed → 重置演示环境 → 确定, 运行速度 (立即完成 / 真实速度), and 演示者模式 (the switch,
 * 一键重置为 and its Shift+Alt+R shortcut).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { confirm } from './shared';

/** The zh-CN names of the speeds, as 运行速度 shows them. */
const SPEED_LABEL = { instant: '立即完成', realistic: '真实速度' } as const;

export class SettingsPage {
  /** 演示者模式 (checked while presenting). */
  readonly presenterSwitch: Locator;

  constructor(private readonly page: Page) {
    this.presenterSwitch = page.getByRole('switch', { name: '演示者模式' });
  }

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

  /** Turns 演示者模式 on or off (on also sets 真实速度 and locks it; the top bar then shows the presenter badge). */
  async setPresenterMode(on: boolean): Promise<void> {
    if ((await this.presenterSwitch.isChecked()) !== on) await this.presenterSwitch.click();
    await expect(this.presenterSwitch).toBeChecked({ checked: on });
  }

  /** 一键重置为: the seed the presenter's reset key returns to, by its label (e.g. '新账号（未配置VPC）'). */
  async chooseResetSeed(seedLabel: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '一键重置为' }).click();
    await this.page.getByRole('option', { name: seedLabel }).click();
  }

  /** Presses the presenter's reset key (Shift+Alt+R) and waits for 实例列表 of the fresh world. */
  async pressPresenterReset(): Promise<void> {
    await this.page.keyboard.press('Shift+Alt+KeyR');
    await expect(this.page).toHaveURL(/\/cn-hangzhou\/instances$/, { timeout: 30_000 });
  }
}
