/**
 * 安全扫描 of one tag: 立即扫描, the status (未扫描 / 扫描中 / 扫描完成 / 扫描失败), the summary, the tabs
 * (系统漏洞, 应用漏洞, 基线检查, 恶意样本), the findings table, the 漏洞等级 filter and search (both in the URL),
 * a finding's details drawer, 忽略, and 导出.
 */
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { dataRows, pick, SEVERITY_LABEL, type Severity } from './shared';

export type ScanExport = 'CSV' | 'JSON' | 'SARIF' | 'CycloneDX SBOM' | 'SPDX SBOM' | 'HTML 报告';

export class TagScanPage {
  readonly heading: Locator;
  readonly scanNowButton: Locator;
  readonly searchBox: Locator;
  /** The findings table (the one with a 漏洞编号 column). */
  readonly findings: Locator;
  /** Its data rows. */
  readonly rows: Locator;
  /** The 基线检查 table (the one with a 检查项 column). */
  readonly checks: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '安全扫描' });
    this.scanNowButton = page.getByRole('button', { name: '立即扫描' });
    this.searchBox = page.getByPlaceholder('按漏洞编号或软件包搜索');
    this.findings = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '漏洞编号' }) });
    this.rows = dataRows(page, this.findings);
    this.checks = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '检查项' }) });
  }

  /** 立即扫描, then waits until the page shows 扫描完成 (instant speed makes this quick). */
  async scanNow(): Promise<void> {
    await this.scanNowButton.click();
    await this.expectComplete();
  }

  async expectComplete(): Promise<void> {
    await expect(this.page.getByText('扫描完成').first()).toBeVisible({ timeout: 30_000 });
  }

  tab(name: '系统漏洞' | '应用漏洞' | '基线检查' | '恶意样本'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** 漏洞等级 → one level (the URL gains `severity=`). */
  async filterSeverity(level: Severity): Promise<void> {
    await this.page.getByLabel('漏洞等级').click();
    await this.page.getByRole('option', { name: SEVERITY_LABEL[level] }).click();
    await expect(this.page).toHaveURL(new RegExp(`severity=${level}`));
  }

  /** 基线检查 → 类型 → 全部 / 敏感信息 / 基线风险. */
  async filterCheckType(type: '全部' | '敏感信息' | '基线风险'): Promise<void> {
    await pick(this.page, this.page, '类型', type);
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }

  /** Rows of one level (by the level's label in the row). */
  rowsOf(level: Severity): Locator {
    return this.rows.filter({ has: this.page.getByText(SEVERITY_LABEL[level], { exact: true }) });
  }

  /** The row(s) of a finding, by its 漏洞编号 (one per affected package; name the 软件包 to get one). */
  findingRow(cve: string, pkg?: string): Locator {
    const rows = this.rows.filter({ has: this.page.getByRole('button', { name: cve, exact: true }) });
    return pkg ? rows.filter({ has: this.page.getByRole('cell', { name: pkg, exact: true }) }) : rows;
  }

  /** The rows of a package (the 软件包 cell, exact). */
  packageRow(pkg: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: pkg, exact: true }) });
  }

  /** Clicks a finding's 漏洞编号 (in `row`, or anywhere when `cve` is given) → the details drawer. */
  async openFinding(target: Locator | string): Promise<Locator> {
    const button =
      typeof target === 'string'
        ? this.findings.getByRole('button', { name: target, exact: true }).first()
        : target.getByRole('cell').first().getByRole('button').first();
    await button.click();
    const drawer = this.page.getByRole('dialog');
    await expect(drawer).toBeVisible();
    return drawer;
  }

  /** Opens the first finding of a level (e.g. the first 高危) and returns the drawer. */
  async openFirst(level: Severity): Promise<Locator> {
    const row = this.rowsOf(level).first();
    await expect(row).toBeVisible();
    return this.openFinding(row);
  }

  /** 忽略 of a row → 忽略漏洞 (仅此 Tag by default) → 原因 → 确定; the row then says 已忽略. */
  async ignore(row: Locator, reason: string): Promise<void> {
    const dialog = await this.startIgnore(row);
    await dialog.getByLabel('原因').fill(reason);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
  }

  /** 忽略 of a row → the 忽略漏洞 dialog (漏洞编号, 仅此 Tag / 整个仓库, 原因, 到期时间, 创建人), left open. */
  async startIgnore(row: Locator): Promise<Locator> {
    await row.getByRole('button', { name: '忽略', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: '忽略漏洞' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 一键修复 (cloud engine; selected rows with a fixed version) → the plan dialog (升级的软件包), left open. */
  async startOneClickFix(): Promise<Locator> {
    await this.page.getByRole('button', { name: /一键修复/ }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '升级的软件包' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** 导出 → a format; the browser's download. */
  async export(format: ScanExport): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出' }).click();
    await this.page.getByRole('menuitem', { name: `导出 ${format}` }).click();
    return download;
  }
}
