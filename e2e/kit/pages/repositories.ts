/** 镜像仓库: search (kept in the URL), create, delete, and 管理 of a repository. */
import { expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { confirm, rowWith } from './shared';

export interface NewRepository {
  namespace: string;
  name: string;
  summary: string;
  visibility?: '公开' | '私有';
}

export class RepositoriesPage {
  readonly searchBox: Locator;
  /** The 创建镜像仓库 dialog. */
  readonly createDialog: Locator;
  /** 创建镜像仓库 (disabled, with RAM's reason, for an identity that may not create one). */
  readonly createButton: Locator;

  constructor(private readonly page: Page) {
    this.searchBox = page.getByPlaceholder('按仓库名称搜索');
    this.createDialog = page.getByRole('dialog', { name: '创建镜像仓库' });
    this.createButton = page.getByRole('button', { name: /创建镜像仓库/ });
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('镜像仓库');
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }

  /** The row of a repository (narrowed to a namespace when given). */
  row(name: string, namespace?: string): Locator {
    const rows = rowWith(this.page, name);
    return namespace ? rows.filter({ hasText: namespace }) : rows;
  }

  /** 创建镜像仓库 with its fields filled; leaves the dialog open (for validation checks). */
  async fillCreate(repo: NewRepository): Promise<void> {
    await this.page.getByRole('button', { name: '创建镜像仓库' }).click();
    await this.createDialog.getByLabel('命名空间').click();
    await this.page.getByRole('option', { name: repo.namespace }).click();
    await this.createDialog.getByLabel('仓库名称').fill(repo.name);
    await this.createDialog.getByLabel('摘要').fill(repo.summary);
    if (repo.visibility) await this.createDialog.getByText(repo.visibility, { exact: true }).click();
  }

  async create(repo: NewRepository): Promise<void> {
    await this.fillCreate(repo);
    await this.createDialog.getByRole('button', { name: '确定' }).click();
    await expect(this.createDialog).toBeHidden();
    await expect(this.row(repo.name)).toBeVisible();
  }

  async delete(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除镜像仓库 ${name}` }).click();
    await confirm(this.page);
  }

  /** 管理 of a repository (as listed, no search): lands on its 基本信息. */
  async manage(name: string, namespace?: string): Promise<void> {
    await this.row(name, namespace).getByRole('link', { name: /管理/ }).first().click();
    await expect(this.page).toHaveURL(/\/repositories\/[^/]+\/info$/);
  }

  /** Searches for the repository, then 管理 → its 镜像版本 (the tag list). */
  async openTags(name: string, namespace?: string): Promise<void> {
    await this.search(name);
    await this.row(name, namespace).getByRole('link', { name: /管理/ }).first().click();
    await this.page.getByRole('menuitem', { name: '镜像版本' }).click();
    await expect(this.page.getByRole('columnheader', { name: '镜像大小' })).toBeVisible();
  }
}
