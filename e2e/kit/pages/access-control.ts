/**
 * 访问控制 (RAM): 用户, 用户组, 权限策略, 操作审计, reached from the top bar; and the top bar's 切换身份 (see also
 * ../identity.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { pick } from './shared';

export type RamSection = '用户' | '用户组' | '权限策略' | '操作审计';

export class AccessControlPage {
  readonly identitySwitcher: Locator;

  constructor(private readonly page: Page) {
    this.identitySwitcher = page.getByRole('button', { name: '切换身份' });
  }

  /** 访问控制 in the top bar (lands on 用户), then a section of its navigation. */
  async open(section: RamSection = '用户'): Promise<void> {
    await this.page.getByRole('link', { name: '访问控制' }).click();
    if (section !== '用户') await this.section(section);
    await expect(this.page.getByRole('heading', { name: section, exact: true })).toBeVisible();
  }

  async section(section: RamSection): Promise<void> {
    const navigation = this.page.getByRole('navigation', { name: '导航' });
    // Exact: 用户 would also match 用户组.
    await navigation.getByRole('link', { name: section, exact: true }).click();
  }

  /** 切换身份 → the identity whose menu text matches → waits until the switcher shows `shown`. */
  async switchIdentity(item: RegExp, shown: string): Promise<void> {
    await this.identitySwitcher.click();
    await this.page.getByRole('menuitem', { name: item }).click();
    await expect(this.identitySwitcher).toContainText(shown);
  }

  /** 操作审计: filter 结果 (允许 / 拒绝). */
  async filterAuditResult(result: '允许' | '拒绝'): Promise<void> {
    await pick(this.page, this.page, '结果', result);
  }

  /** 权限策略 > 创建权限策略: the dialog, left open (label 策略名称, textbox 策略内容, its problems as alerts, 保存). */
  async startCreatePolicy(): Promise<Locator> {
    await this.page.getByRole('button', { name: /创建权限策略/ }).click();
    const dialog = this.page.getByRole('dialog', { name: '创建权限策略' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 用户 > 创建用户 → 用户名, 显示名称 → 确定; returns the user's row. */
  async createUser(userName: string, displayName: string): Promise<Locator> {
    await this.page.getByRole('button', { name: /创建用户/ }).click();
    const dialog = this.page.getByRole('dialog', { name: '创建用户' });
    await dialog.getByLabel('用户名').fill(userName);
    await dialog.getByLabel('显示名称').fill(displayName);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    return this.page.getByRole('row').filter({ hasText: userName });
  }

  /** 用户: 添加权限 of a user → 为用户 {user} 添加权限 → 权限策略 → 确定. */
  async attachPolicy(userName: string, policy: string | RegExp): Promise<void> {
    await this.page.getByRole('row').filter({ hasText: userName }).getByRole('button', { name: '添加权限' }).click();
    const dialog = this.page.getByRole('dialog', { name: `为用户 ${userName} 添加权限` });
    await pick(this.page, dialog, '权限策略', policy);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
  }
}
