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
    await this.page.getByRole('navigation', { name: '导航' }).getByRole('link', { name: section }).click();
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
}
