/** 部署策略: 创建策略 (with 预览), the policy rows, 模拟部署 (检查), 漏洞例外. */
import { expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { pick } from './shared';

export class DeployPoliciesPage {
  readonly heading: Locator;
  /** The 创建策略 dialog (its 预览 shows 将阻断 N 个镜像 / 共 M 个). */
  readonly createDialog: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '部署策略' });
    this.createDialog = page.getByRole('dialog', { name: '创建策略' });
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('部署策略');
    await expect(this.heading).toBeVisible();
  }

  /** 创建策略 → 命名空间; the dialog is left open with the defaults (高危 ≥ 1, OR, 阻断) to change or 预览. */
  async startCreate(namespace: string): Promise<Locator> {
    await this.page.getByRole('button', { name: '创建策略' }).click();
    await pick(this.page, this.createDialog, '命名空间', namespace);
    return this.createDialog;
  }

  /** 预览 of the open 创建策略 dialog (将阻断 N 个镜像 / 共 M 个, or the form's error). */
  async preview(): Promise<void> {
    await this.createDialog.getByRole('button', { name: '预览' }).click();
  }

  /** 创建 of the open 创建策略 dialog; waits for it to close. */
  async submitCreate(): Promise<void> {
    await this.createDialog.getByRole('button', { name: '创建', exact: true }).click();
    await expect(this.createDialog).toBeHidden();
  }

  /** 创建策略 for a namespace with the defaults (高危 ≥ 1, OR, 阻断); `preview` clicks 预览 first. */
  async create(namespace: string, { preview = false } = {}): Promise<void> {
    await this.startCreate(namespace);
    if (preview) await this.preview();
    await this.submitCreate();
  }

  /** The page's tabs: 部署策略 (the list), 模拟部署, 漏洞例外. */
  async tab(name: '部署策略' | '模拟部署' | '漏洞例外'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The switch of a namespace's policy (启用 / 停用). */
  async toggle(namespace: string): Promise<void> {
    await this.policyRow(namespace).getByRole('switch').click();
  }

  /** The row of a namespace's policy. */
  policyRow(namespace: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('cell', { name: namespace, exact: true }) });
  }

  /** 模拟部署 → 命名空间, 仓库, Tag → 检查; the page then says 允许部署 or 拒绝部署 (reasons in region 拒绝原因). */
  async checkDeployment(namespace: string, repository: string, tag: string): Promise<void> {
    await this.tab('模拟部署');
    await pick(this.page, this.page, '命名空间', namespace);
    await pick(this.page, this.page, '仓库', repository);
    await pick(this.page, this.page, 'Tag', tag);
    await this.page.getByRole('button', { name: '检查' }).click();
  }
}
