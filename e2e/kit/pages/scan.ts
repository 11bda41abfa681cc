/**
 * 安全可信 > 镜像扫描 of an instance: the engine (扫描引擎 group, 切换扫描引擎, 升级云安全引擎), 扫描规则
 * (创建规则, 立即扫描 + 确定, 编辑, 删除) and 任务列表 (rows with status, 查看任务, 停止).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { type NewScanRule, RuleWizard } from './rule-wizard';
import { confirm, rowWith } from './shared';

export type ScanEngine = 'Trivy扫描引擎' | '云安全扫描引擎';

export class ScanPage {
  readonly heading: Locator;
  /** Names the engine in use (`toContainText('Trivy扫描引擎')`). */
  readonly engine: Locator;
  readonly createRuleButton: Locator;
  /** Shown (and 创建规则 disabled) while the instance has no VPC. */
  readonly vpcRequired: Locator;
  readonly wizard: RuleWizard;
  /** The wizard of 编辑. */
  readonly editWizard: RuleWizard;
  /** Rows of 任务列表 (each has 查看任务). */
  readonly tasks: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '镜像扫描' });
    this.engine = page.getByRole('group', { name: '扫描引擎' });
    this.createRuleButton = page.getByRole('button', { name: /创建规则/ });
    this.vpcRequired = page.getByText('批量扫描镜像需要实例已配置专有网络');
    this.wizard = new RuleWizard(page);
    this.editWizard = new RuleWizard(page, '编辑规则');
    this.tasks = page.getByRole('row').filter({ has: page.getByRole('link', { name: '查看任务' }) });
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('镜像扫描');
    await expect(this.heading).toBeVisible();
  }

  /** 切换扫描引擎 → engine; returns the dialog it opens (提示 to confirm, or the offer to buy), left open. */
  async chooseEngine(engine: ScanEngine): Promise<Locator> {
    await this.page.getByRole('button', { name: '切换扫描引擎' }).click();
    await this.page.getByRole('menuitem', { name: engine }).click();
    const dialog = this.page.getByRole('dialog').last();
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 切换扫描引擎 → engine → 提示 → 确定 (an engine already bought). */
  async switchEngine(engine: ScanEngine): Promise<void> {
    await this.chooseEngine(engine);
    await this.page.getByRole('dialog').filter({ hasText: '提示' }).getByRole('button', { name: '确定' }).click();
    await expect(this.engine).toContainText(engine);
  }

  /** 扫描信息 > 设置 (the cloud engine's sync to Security Center): the 提示 dialog with 同步, left open. */
  async openSyncSettings(): Promise<Locator> {
    await this.page.getByRole('button', { name: '设置' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '提示' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** (设置, unless its dialog is open) → 同步 on → 确定; waits for 已启用同步. */
  async enableSync(): Promise<void> {
    const open = this.page.getByRole('dialog').filter({ hasText: '提示' });
    const dialog = (await open.isVisible()) ? open : await this.openSyncSettings();
    await dialog.getByRole('checkbox', { name: '同步' }).check();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(this.page.getByText('已启用同步')).toBeVisible();
  }

  /** 同步记录 → the 同步记录（云安全中心） dialog (rows: image, operation, 已同步). */
  async openSyncLog(): Promise<Locator> {
    await this.page.getByRole('button', { name: '同步记录' }).click();
    const dialog = this.page.getByRole('dialog', { name: '同步记录（云安全中心）' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 扫描信息 > 升级云安全引擎 (leads to the purchase; `buyCloudEngine` in ../cloud-engine.ts does all of it). */
  async upgradeCloudEngine(): Promise<void> {
    await this.page.getByRole('button', { name: '升级云安全引擎' }).click();
  }

  /** 创建规则 → the wizard, left open. */
  async startRule(): Promise<RuleWizard> {
    await this.createRuleButton.click();
    await expect(this.wizard.dialog).toBeVisible();
    return this.wizard;
  }

  /** 创建规则 → the whole wizard → the rule's row (手动触发). */
  async createRule(rule: NewScanRule): Promise<Locator> {
    await (await this.startRule()).complete(rule);
    const row = this.ruleRow(rule.name);
    await expect(row).toHaveCount(1);
    return row;
  }

  /** The rule's row in 扫描规则 (not its tasks). */
  ruleRow(name: string): Locator {
    return rowWith(this.page, name).filter({ has: this.page.getByRole('button', { name: '立即扫描' }) });
  }

  /** 立即扫描 of a rule → 确定; returns the new task's row in 任务列表. */
  async scanNow(ruleName: string): Promise<Locator> {
    await this.ruleRow(ruleName).getByRole('button', { name: '立即扫描' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    return this.taskRow(ruleName);
  }

  /** 编辑 of a rule → the 编辑规则 wizard, left open. */
  async editRule(ruleName: string): Promise<RuleWizard> {
    await this.ruleRow(ruleName).getByRole('button', { name: '编辑' }).click();
    await expect(this.editWizard.dialog).toBeVisible();
    return this.editWizard;
  }

  /** 删除扫描规则 <name> → 确定. */
  async deleteRule(ruleName: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除扫描规则 ${ruleName}` }).click();
    await confirm(this.page);
    await expect(this.ruleRow(ruleName)).toHaveCount(0);
  }

  /** The task rows of a rule in 任务列表 (newest first). */
  taskRow(ruleName: string): Locator {
    return this.tasks.filter({ hasText: ruleName });
  }

  /** Waits for the task's row to say 扫描完成. */
  async expectTaskComplete(task: Locator): Promise<void> {
    await expect(task).toContainText('扫描完成', { timeout: 30_000 });
  }

  /** 查看任务 → 任务详情. */
  async openTask(task: Locator): Promise<void> {
    await task.getByRole('link', { name: '查看任务' }).click();
    await expect(this.page.getByRole('heading', { name: '任务详情' })).toBeVisible();
  }

  /** 停止 of a running task → 确定. */
  async stopTask(task: Locator): Promise<void> {
    await task.getByRole('button', { name: '停止' }).click();
    await confirm(this.page, '确定停止扫描任务');
  }
}
