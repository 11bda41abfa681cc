/** An open instance: its side menu (the pages under it) and its 概览. */
import { expect, type Locator, type Page } from '@playwright/test';

/** The instance's side-menu items, as the menu names them (zh-CN). */
export type InstanceMenuItem =
  | '概览'
  | '镜像仓库'
  | '命名空间'
  | '专有网络'
  | '镜像扫描'
  | '镜像加签'
  | '部署策略'
  | '安全报告'
  | '漏洞检索'
  | '扫描对比'
  | '事件规则'
  | '事件记录'
  | '演示接收器';

export class InstancePage {
  readonly info: Locator;
  readonly usage: Locator;

  constructor(private readonly page: Page) {
    this.info = page.getByText('实例信息');
    this.usage = page.getByText('资源使用');
  }

  /** Clicks an item of the instance's side menu (from a repository's pages, through 返回镜像仓库 first). */
  async menu(item: InstanceMenuItem): Promise<void> {
    const entry = this.page.getByRole('menuitem', { name: item });
    const back = this.page.getByRole('link', { name: '返回镜像仓库' });
    await expect(entry.or(back).first()).toBeVisible();
    if (!(await entry.isVisible())) await back.click();
    await entry.click();
  }

  /** The instance id in the current URL (`cri-…`). */
  instanceId(): string {
    const id = /\/instances\/(cri-[^/?]+)/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`not on an instance page: ${this.page.url()}`);
    return id;
  }

  /** The breadcrumb link back to the instance (from a repository's pages). */
  async backToInstance(instance: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: instance }).click();
    await expect(this.page.getByRole('menuitem', { name: '概览' })).toBeVisible();
  }
}
