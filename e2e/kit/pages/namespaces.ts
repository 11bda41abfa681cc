/** 命名空间: create (with the name checked as typed) and delete. */
import { expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { confirm, rowWith } from './shared';

export class NamespacesPage {
  /** The 创建命名空间 dialog (open it with `startCreate`). */
  readonly createDialog: Locator;
  /** 创建命名空间 (disabled, with RAM's reason, for an identity without cr:CreateNamespace). */
  readonly createButton: Locator;

  constructor(private readonly page: Page) {
    this.createDialog = page.getByRole('dialog', { name: '创建命名空间' });
    this.createButton = page.getByRole('button', { name: /创建命名空间/ });
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('命名空间');
  }

  row(name: string): Locator {
    return rowWith(this.page, name);
  }

  /** 创建命名空间 → types the name; leaves the dialog open (for checking validation messages). */
  async startCreate(name?: string): Promise<void> {
    await this.createButton.click();
    if (name !== undefined) await this.createDialog.getByLabel('命名空间').fill(name);
  }

  /** 创建命名空间 → name → 确定, and waits for its row. */
  async create(name: string): Promise<void> {
    await this.startCreate(name);
    await this.createDialog.getByRole('button', { name: '确定' }).click();
    await expect(this.createDialog).toBeHidden();
    await expect(this.row(name)).toBeVisible();
  }

  /** 删除命名空间 <name> → 确定. */
  async delete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除命名空间 ${name}` }).click();
    await confirm(this.page);
  }
}
