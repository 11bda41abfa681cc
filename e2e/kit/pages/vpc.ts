/** 专有网络 of an instance: 添加专有网络 (专有网络 + 交换机 → 确定), the linked rows, 删除. */
import { expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { confirm } from './shared';

export class VpcPage {
  /** Rows of linked VPCs (`vpc-…`, 运行中). */
  readonly linked: Locator;

  constructor(private readonly page: Page) {
    this.linked = page.getByRole('row').filter({ hasText: /vpc-[0-9a-z]+/ });
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('专有网络');
  }

  /** 添加专有网络 with the first VPC and vSwitch offered (or those matching). */
  async link(vpc: RegExp = /vpc-/, vswitch: RegExp = /vsw-/): Promise<void> {
    await this.page.getByRole('button', { name: '添加专有网络' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: '添加专有网络' });
    await dialog.getByLabel('专有网络').click();
    await this.page.getByRole('option', { name: vpc }).first().click();
    await dialog.getByLabel('交换机').click();
    await this.page.getByRole('option', { name: vswitch }).first().click();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 删除 of a linked row → 确定. */
  async unlink(row: Locator = this.linked.first()): Promise<void> {
    await row.getByRole('button', { name: /删除/ }).click();
    await confirm(this.page);
  }
}
