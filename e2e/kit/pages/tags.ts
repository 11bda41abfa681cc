/**
 * 镜像版本 of a repository: one row per tag with its scan status and counts (扫描状态), 签名, the 安全扫描 link,
 * 扫描 and 删除 buttons, and the 更多 menu (加签, 验证签名, 导出签名, 模拟篡改, 模拟部署, 扫描对比).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { pick, rowWithCell } from './shared';

export type TagAction = '加签' | '验证签名' | '导出签名' | '模拟篡改' | '模拟部署' | '扫描对比';

export class TagsPage {
  readonly signatureColumn: Locator;

  constructor(private readonly page: Page) {
    this.signatureColumn = page.getByRole('columnheader', { name: '签名' });
  }

  /** From a repository's pages: its 镜像版本 menu item. */
  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '镜像版本' }).click();
    await expect(this.page.getByRole('columnheader', { name: '镜像大小' })).toBeVisible();
  }

  /** The row of `tag` (matched on the whole cell, so `1.0` is not `1.0.1`). It contains 未扫描 / 扫描完成, 高危 N, 已加签… */
  row(tag: string): Locator {
    return rowWithCell(this.page, this.page, tag);
  }

  /** 安全扫描 of a tag → its scan page. */
  async openScan(tag: string): Promise<void> {
    await this.row(tag).getByRole('link', { name: '安全扫描' }).click();
    await expect(this.page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  }

  /** The row's 扫描 button (`扫描镜像版本 <tag>`), which starts a scan without leaving the list. */
  scanButton(tag: string): Locator {
    return this.row(tag).getByRole('button', { name: `扫描镜像版本 ${tag}` });
  }

  deleteButton(tag: string): Locator {
    return this.row(tag).getByRole('button', { name: `删除镜像版本 ${tag}` });
  }

  /** 复制 <tag> 的拉取命令. */
  async copyPullCommand(tag: string): Promise<void> {
    await this.row(tag)
      .getByRole('button', { name: `复制 ${tag} 的拉取命令` })
      .click();
  }

  /** 更多 → an action of the tag. */
  async action(tag: string, action: TagAction): Promise<void> {
    await this.row(tag).getByRole('button', { name: /更多/ }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  /** 更多 → 加签 → (the 证明者 when no rule picks one) → 加签; waits for 已加签. */
  async sign(tag: string, witness?: string): Promise<void> {
    await this.action(tag, '加签');
    const dialog = this.page.getByRole('dialog', { name: `为“${tag}”加签` });
    if (witness) await pick(this.page, dialog, '证明者', new RegExp(`^${witness}`));
    await dialog.getByRole('button', { name: '加签' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(tag)).toContainText('已加签');
  }

  /** 更多 → 验证签名: the result dialog (rows per signature: 证明者, 密钥, 有效/无效). Close it with `closeDialog`. */
  async verify(tag: string): Promise<Locator> {
    await this.action(tag, '验证签名');
    const dialog = this.page.getByRole('dialog', { name: `验证签名：${tag}` });
    await expect(dialog.getByText('验证结果')).toBeVisible();
    return dialog;
  }

  async closeDialog(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: '关闭' }).last().click();
    await expect(dialog).toBeHidden();
  }

  /** 从演示目录推送: pushes a catalog image (`/^nginx:1\.25-alpine/`) as `tag`. */
  async pushFromCatalog(image: RegExp, tag: string): Promise<void> {
    await this.page.getByRole('button', { name: '从演示目录推送' }).click();
    const dialog = this.page.getByRole('dialog', { name: '从演示目录推送' });
    await pick(this.page, dialog, '演示镜像', image);
    await dialog.getByLabel('镜像版本').fill(tag);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
  }
}
