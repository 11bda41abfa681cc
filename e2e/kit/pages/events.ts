/** 事件中心: 事件规则 (创建规则, 编辑, 测试发送, 删除) and 事件记录 (rows, 查看 → 事件记录详情, 重新发送). */
import { expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { confirm, rowWith } from './shared';

export interface NewEventRule {
  name: string;
  method: '钉钉' | 'HTTP' | 'HTTPS';
  url: string;
  /** 加签密钥 (钉钉 only). */
  secret?: string;
  retries?: number;
}

export class EventsPage {
  readonly rulesHeading: Locator;
  readonly recordsHeading: Locator;
  /** The 创建规则 dialog. */
  readonly ruleDialog: Locator;

  constructor(private readonly page: Page) {
    this.rulesHeading = page.getByRole('heading', { name: '事件规则' });
    this.recordsHeading = page.getByRole('heading', { name: '事件记录' });
    this.ruleDialog = page.getByRole('dialog', { name: '创建规则' });
  }

  async openRules(): Promise<void> {
    await new InstancePage(this.page).menu('事件规则');
    await expect(this.rulesHeading).toBeVisible();
  }

  async openRecords(): Promise<void> {
    await new InstancePage(this.page).menu('事件记录');
    await expect(this.recordsHeading).toBeVisible();
  }

  /** 创建规则 → fills the form (event type 镜像扫描完成, scope 实例 are the defaults); leaves the dialog open. */
  async startRule(rule: NewEventRule): Promise<Locator> {
    await this.page.getByRole('button', { name: '创建规则' }).click();
    const dialog = this.ruleDialog;
    await dialog.getByLabel('规则名称').fill(rule.name);
    await dialog.getByText(rule.method, { exact: true }).click();
    await dialog.getByLabel(rule.method === '钉钉' ? 'Webhook 地址' : '地址', { exact: true }).fill(rule.url);
    if (rule.secret) await dialog.getByLabel('加签密钥').fill(rule.secret);
    if (rule.retries !== undefined) await dialog.getByLabel('重试次数').fill(String(rule.retries));
    return dialog;
  }

  /** 创建 of the open 创建规则 dialog; does not wait (a validation error keeps the dialog open). */
  async submitRule(): Promise<void> {
    await this.ruleDialog.getByRole('button', { name: '创建' }).click();
  }

  /** 取消 of the open 创建规则 dialog. */
  async cancelRule(): Promise<void> {
    await this.ruleDialog.getByRole('button', { name: '取消' }).click();
    await expect(this.ruleDialog).toBeHidden();
  }

  /** 创建规则 with its delivery → 创建; waits for the row. */
  async createRule(rule: NewEventRule): Promise<Locator> {
    await this.startRule(rule);
    await this.submitRule();
    await expect(this.ruleDialog).toBeHidden();
    return this.ruleRow(rule.name);
  }

  /** 编辑 of a rule → the 编辑规则 dialog (filled from the stored rule), left open. */
  async editRule(name: string): Promise<Locator> {
    await this.ruleRow(name).getByRole('button', { name: '编辑' }).click();
    const dialog = this.page.getByRole('dialog', { name: '编辑规则' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  ruleRow(name: string): Locator {
    return rowWith(this.page, name);
  }

  /** 测试发送 of a rule. */
  async sendTest(name: string): Promise<void> {
    await this.ruleRow(name).getByRole('button', { name: '测试发送' }).click();
  }

  async deleteRule(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除事件规则 ${name}` }).click();
    await confirm(this.page);
  }

  /** Rows of 事件记录 from a rule (成功 / 失败 / 等待中, the target, the HTTP status). */
  recordRow(ruleName: string): Locator {
    return rowWith(this.page, ruleName);
  }

  /** 状态 filter of 事件记录 (kept in the URL as `status=`). */
  async filterRecords(status: '成功' | '失败' | '发送中'): Promise<void> {
    await this.page.getByRole('combobox', { name: '状态' }).click();
    await this.page.getByRole('option', { name: status }).click();
  }

  /** 重新发送 of a record (one more attempt, at once). */
  async resend(record: Locator): Promise<void> {
    await record.getByRole('button', { name: '重新发送' }).click();
  }

  /** 查看 of a record → 事件记录详情 (regions 第 N 次尝试 with the exact request and response). */
  async openRecord(record: Locator): Promise<Locator> {
    await record.getByRole('button', { name: '查看' }).click();
    const drawer = this.page.getByRole('dialog', { name: '事件记录详情' });
    await expect(drawer).toBeVisible();
    return drawer;
  }
}
