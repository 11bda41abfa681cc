/**
 * The 创建规则 / 编辑规则 wizard of 镜像扫描: step 1 扫描规则 (规则名称, 扫描范围 命名空间 / 仓库, 命名空间, 仓库,
 * 镜像版本过滤) → 下一步 → step 2 事件通知 (钉钉: Webhook 地址 + 加签密钥; HTTP / HTTPS: 地址) → 创建 (or 保存).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface RuleScope {
  /** The namespace; with `repository`, the rule is 按照仓库扫描. */
  namespace: string;
  repository?: string;
  /** 镜像版本过滤 (a regular expression; the form's default is `.*`). */
  tagRegex?: string;
}

export type RuleNotify =
  | { dingtalk: { webhook: string; secret?: string } }
  | { http: { url: string } }
  | { https: { url: string } };

export interface NewScanRule {
  name: string;
  scope: RuleScope;
  /** 触发方式: 手动触发 (the default) or 自动触发 (scans each pushed tag in scope). */
  trigger?: '手动触发' | '自动触发';
  notify?: RuleNotify;
}

export class RuleWizard {
  /** The dialog; `dialog.getByText(…)` finds its validation messages. */
  readonly dialog: Locator;
  readonly nameInput: Locator;
  readonly tagRegexInput: Locator;
  /** 共匹配 N 个镜像版本 and the matched tags, under the scope. */
  readonly matchPreview: Locator;

  constructor(
    private readonly page: Page,
    title: '创建规则' | '编辑规则' = '创建规则',
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
    this.nameInput = this.dialog.getByLabel('规则名称');
    this.tagRegexInput = this.dialog.getByLabel('镜像版本过滤');
    this.matchPreview = this.dialog.getByText(/共匹配 \d+ 个镜像版本/);
  }

  /** Step 1: name and scope (命名空间, or 按照仓库扫描 with a repository), the tag filter and the trigger. */
  async fillRule({ name, scope, trigger }: Pick<NewScanRule, 'name' | 'scope' | 'trigger'>): Promise<void> {
    await this.nameInput.fill(name);
    if (scope.repository) await this.dialog.getByText('按照仓库扫描').click();
    await this.dialog.getByRole('combobox', { name: '命名空间' }).click();
    await this.page.getByRole('option', { name: scope.namespace, exact: true }).click();
    if (scope.repository) {
      await this.dialog.getByRole('combobox', { name: '仓库' }).click();
      await this.page.getByRole('option', { name: scope.repository, exact: true }).click();
    }
    await this.nameInput.click(); // closes the dropdown, which would cover the fields below
    if (scope.tagRegex !== undefined) await this.tagRegexInput.fill(scope.tagRegex);
    if (trigger) await this.dialog.getByText(trigger, { exact: true }).click();
  }

  async next(): Promise<void> {
    await this.dialog.getByRole('button', { name: '下一步' }).click();
  }

  /** Step 2: 事件通知. */
  async fillNotify(notify: RuleNotify): Promise<void> {
    if ('dingtalk' in notify) {
      await this.dialog.getByText('钉钉', { exact: true }).click();
      await this.dialog.getByLabel('Webhook 地址').fill(notify.dingtalk.webhook);
      if (notify.dingtalk.secret) await this.dialog.getByLabel('加签密钥').fill(notify.dingtalk.secret);
    } else {
      const [method, url] = 'http' in notify ? ['HTTP', notify.http.url] : ['HTTPS', notify.https.url];
      await this.dialog.getByText(method, { exact: true }).click();
      await this.dialog.getByLabel('地址', { exact: true }).fill(url);
    }
  }

  /** 创建 (or 保存 when editing); does not wait (a backend error keeps the dialog open). */
  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(创建|保存)$/ }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: '取消' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The whole wizard: step 1, 下一步, step 2 (when notifying), 创建; waits for the dialog to close. */
  async complete(rule: NewScanRule): Promise<void> {
    await this.fillRule(rule);
    await this.next();
    if (rule.notify) await this.fillNotify(rule.notify);
    await this.submit();
    await expect(this.dialog).toBeHidden();
  }
}
