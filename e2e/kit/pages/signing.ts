/**
 * 安全可信 > 镜像加签: 密钥管理 (创建密钥, 启用/禁用, 下载公钥, 使用记录), 证明者 (创建证明者) and 加签规则
 * (添加加签规则). Signing and verifying a tag happen in 镜像版本: see `TagsPage.sign` / `TagsPage.verify`.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { confirm, pick, rowWith } from './shared';

export type SigningTab = '加签规则' | '证明者' | '密钥管理';
export type KeySpec = 'RSA_2048' | 'EC_P256';

export interface NewSigningRule {
  name: string;
  namespace: string;
  /** 仓库正则 (default `.*`). */
  repoRegex?: string;
  /** Tag 正则 (default `.*`). */
  tagRegex?: string;
  witness: string;
  trigger: '自动加签（推送时）' | '手动加签';
}

export class SigningPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '镜像加签' });
  }

  async open(tab?: SigningTab): Promise<void> {
    await new InstancePage(this.page).menu('镜像加签');
    await expect(this.heading).toBeVisible();
    if (tab) await this.tab(tab);
  }

  async tab(tab: SigningTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
  }

  row(text: string): Locator {
    return rowWith(this.page, text);
  }

  /** 密钥管理 > 创建密钥: the dialog, left open (`createKey` then fills it). */
  async startCreateKey(): Promise<Locator> {
    await this.tab('密钥管理');
    await this.page.getByRole('button', { name: '创建密钥' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: '创建密钥' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 密钥管理 > 创建密钥 (or the dialog `startCreateKey` left open) → 确定; returns the new key's id (`key-…`). */
  async createKey(spec: KeySpec, description: string): Promise<string> {
    const dialog = this.page.getByRole('dialog', { name: '创建密钥' });
    if (!(await dialog.isVisible())) await this.startCreateKey();
    await dialog.getByRole('radio', { name: new RegExp(spec) }).check();
    await dialog.getByLabel('描述').fill(description);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    const row = this.row(description);
    await expect(row).toContainText(spec);
    const keyId = (await row.getByRole('cell').first().textContent())?.trim() ?? '';
    expect(keyId).toMatch(/^key-[0-9a-z]+$/);
    return keyId;
  }

  /** 密钥管理: 禁用 or 启用 a key → 确定. */
  async toggleKey(keyId: string, action: '禁用' | '启用'): Promise<void> {
    await this.tab('密钥管理');
    await this.row(keyId).getByRole('button', { name: action, exact: true }).click();
    await confirm(this.page);
  }

  /** 证明者 > 创建证明者 with a key. */
  async createWitness(name: string, keyId: string): Promise<void> {
    await this.tab('证明者');
    await this.page.getByRole('button', { name: '创建证明者' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: '创建证明者' });
    await dialog.getByLabel('名称').fill(name);
    await pick(this.page, dialog, '密钥', new RegExp(keyId));
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(name)).toContainText(keyId);
  }

  /** 加签规则 > 添加加签规则: the dialog, left open (`createRule` then fills it). */
  async startRule(): Promise<Locator> {
    await this.tab('加签规则');
    await this.page.getByRole('button', { name: '添加加签规则' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: '添加加签规则' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 加签规则 > 添加加签规则 (or the dialog `startRule` left open) → 确定; waits for the rule's row. */
  async createRule(rule: NewSigningRule): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: '添加加签规则' });
    if (!(await dialog.isVisible())) await this.startRule();
    await dialog.getByLabel('规则名称').fill(rule.name);
    await pick(this.page, dialog, '命名空间', rule.namespace);
    if (rule.repoRegex) await dialog.getByLabel('仓库正则').fill(rule.repoRegex);
    if (rule.tagRegex) await dialog.getByLabel('Tag 正则').fill(rule.tagRegex);
    await pick(this.page, dialog, '证明者', new RegExp(`^${rule.witness}`));
    await dialog.getByRole('radio', { name: new RegExp(rule.trigger.replace(/[（）]/g, '.')) }).check();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(rule.name)).toContainText(rule.witness);
  }

  /** 密钥管理: 使用记录 of a key → its drawer (rows: 加签 / 禁用密钥 / 启用密钥, 成功). */
  async openUsage(keyId: string): Promise<Locator> {
    await this.tab('密钥管理');
    await this.row(keyId).getByRole('button', { name: '使用记录' }).click();
    const drawer = this.page.getByRole('dialog').filter({ hasText: `使用记录：${keyId}` });
    await expect(drawer).toBeVisible();
    return drawer;
  }
}
