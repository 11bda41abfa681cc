/**
 * 镜像版本 of a repository: one row per tag with its scan status and counts (扫描状态), 签名, the 安全扫描 link,
 * 扫描 and 删除 buttons, and the 更多 menu (加签, 验证签名, 导出签名, 模拟篡改, 模拟部署, 扫描对比).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { pick, rowWithCell } from './shared';

export type TagAction = '加签' | '验证签名' | '导出签名' | '模拟篡改' | '模拟部署' | '扫描对比';

export class TagsPage {
  readonly signatureColumn: Locator;
  /** 上传镜像 (disabled, with RAM's reason, for an identity that may not push). */
  readonly uploadButton: Locator;

  constructor(private readonly page: Page) {
    this.signatureColumn = page.getByRole('columnheader', { name: '签名' });
    this.uploadButton = page.getByRole('button', { name: '上传镜像' });
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
    await this.openMore(tag);
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  /** Opens the tag's 更多 menu and leaves it open (its menuitems are on the page; Escape closes it). */
  async openMore(tag: string): Promise<void> {
    await this.row(tag).getByRole('button', { name: /更多/ }).click();
  }

  /**
   * 上传镜像 → chooses `file` in the 上传镜像 dialog (through the file chooser of its drop zone); returns the dialog,
   * left open: it then shows the inspection's outcome (文件已上传… or an alert), 镜像版本, 确定 and 取消.
   */
  async startUpload(file: { name: string; buffer: Buffer }): Promise<Locator> {
    await this.uploadButton.click();
    const dialog = this.page.getByRole('dialog', { name: '上传镜像' });
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: /点击或将镜像文件拖拽到此处上传/ }).click();
    await (await chooser).setFiles({ name: file.name, mimeType: 'application/x-tar', buffer: file.buffer });
    return dialog;
  }

  /** (更多 → 加签, unless `startSign` left it open) → (the 证明者 when no rule picks one) → 加签; waits for 已加签. */
  async sign(tag: string, witness?: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: `为“${tag}”加签` });
    if (!(await dialog.isVisible())) await this.startSign(tag);
    if (witness) await pick(this.page, dialog, '证明者', new RegExp(`^${witness}`));
    await dialog.getByRole('button', { name: '加签' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(tag)).toContainText('已加签');
  }

  /** 更多 → 加签: the dialog (it says which rule picked the 证明者, or asks for one), left open for `sign`. */
  async startSign(tag: string): Promise<Locator> {
    await this.action(tag, '加签');
    const dialog = this.page.getByRole('dialog', { name: `为“${tag}”加签` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 更多 → 模拟篡改: the dialog (its warning, the two modes), left open for `tamper`. */
  async startTamper(tag: string): Promise<Locator> {
    await this.action(tag, '模拟篡改');
    const dialog = this.page.getByRole('dialog', { name: `模拟篡改“${tag}”` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** (更多 → 模拟篡改, unless `startTamper` left it open) → the mode → 确认篡改. */
  async tamper(tag: string, mode: '篡改签名内容' | '篡改镜像内容'): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: `模拟篡改“${tag}”` });
    if (!(await dialog.isVisible())) await this.startTamper(tag);
    await dialog.getByRole('radio', { name: new RegExp(mode) }).check();
    await dialog.getByRole('button', { name: '确认篡改' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 更多 → 导出签名: the dialog (下载 payload.json, 下载签名 signature.sig, 下载公钥 pub.pem). Close it with `closeDialog`. */
  async openExport(tag: string): Promise<Locator> {
    await this.action(tag, '导出签名');
    const dialog = this.page.getByRole('dialog', { name: `导出签名：${tag}` });
    await expect(dialog).toBeVisible();
    return dialog;
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

  /** 从演示目录推送 → picks the catalog image (镜像版本 is then prefilled); returns the dialog, left open. */
  async startPushFromCatalog(image: RegExp): Promise<Locator> {
    await this.page.getByRole('button', { name: '从演示目录推送' }).click();
    const dialog = this.page.getByRole('dialog', { name: '从演示目录推送' });
    await pick(this.page, dialog, '演示镜像', image);
    return dialog;
  }

  /** 从演示目录推送: pushes a catalog image (`/^nginx:1\.25-alpine/`) as `tag`. */
  async pushFromCatalog(image: RegExp, tag: string): Promise<void> {
    const dialog = await this.startPushFromCatalog(image);
    await dialog.getByLabel('镜像版本').fill(tag);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
  }
}
