/**
 * 安全报告 (cards as links, 地域内全部实例, 近 N 天, 导出, 定时报告), 漏洞检索 (filters in the URL, rows, 导出) and
 * 扫描对比 (基准版本 / 对比版本 → 开始对比).
 */
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { InstancePage } from './instance';
import { confirm, dataRows, pick, SEVERITY_LABEL, type Severity } from './shared';

export type ReportExport = 'JSON' | 'CSV' | 'HTML' | 'SARIF';

/** 导出 → a format, as 安全报告 and 漏洞检索 both offer it; the browser's download. */
async function exportAs(page: Page, format: ReportExport): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('menuitem', { name: `导出 ${format}` }).click();
  return download;
}

export class ReportsPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '安全报告' });
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('安全报告');
    await expect(this.heading).toBeVisible();
  }

  /** A card's link: `漏洞总数：N 个，…` or `高危：N 个，…` (each leads to 漏洞检索 filtered by it). */
  levelLink(level: Severity | 'Total'): Locator {
    const label = level === 'Total' ? '漏洞总数' : SEVERITY_LABEL[level];
    return this.page.getByRole('link', { name: new RegExp(`^${label}：`) });
  }

  /** The card of a level → 漏洞检索 filtered to it. */
  async openLevel(level: Severity): Promise<void> {
    await this.levelLink(level).click();
    await expect(this.page.getByRole('heading', { name: '漏洞检索' })).toBeVisible();
  }

  /** 地域内全部实例 instead of this instance (`scope=region`). */
  async coverRegion(): Promise<void> {
    await this.page.getByText('地域内全部实例', { exact: true }).click();
  }

  async window(days: 7 | 30 | 90): Promise<void> {
    await this.page.getByText(`近 ${days} 天`, { exact: true }).click();
  }

  export(format: ReportExport): Promise<Download> {
    return exportAs(this.page, format);
  }

  /** The 定时报告 tab (`tab=schedules`). */
  async openSchedules(): Promise<void> {
    await this.page.getByRole('tab', { name: '定时报告' }).click();
  }

  /** The 创建定时报告 dialog. */
  get scheduleDialog(): Locator {
    return this.page.getByRole('dialog', { name: '创建定时报告' });
  }

  /** 创建定时报告 → 名称, frequency, HTTPS, 地址; leaves the dialog open (for validation; 确定 is `saveSchedule`). */
  async fillSchedule(name: string, url: string, frequency: '每天' | '每周' | '每月' = '每周'): Promise<Locator> {
    await this.page.getByRole('button', { name: '创建定时报告' }).click();
    const dialog = this.scheduleDialog;
    await dialog.getByLabel('名称').fill(name);
    await dialog.getByText(frequency, { exact: true }).click();
    await dialog.getByText('HTTPS', { exact: true }).click();
    await dialog.getByLabel('地址', { exact: true }).fill(url);
    return dialog;
  }

  /** 确定 of the open 创建定时报告 dialog; does not wait (a validation error keeps it open). */
  async saveSchedule(): Promise<void> {
    await this.scheduleDialog.getByRole('button', { name: '确定' }).click();
  }

  /** 定时报告 tab → 创建定时报告 with an HTTPS address; returns its row (立即发送, 删除定时报告 <name>). */
  async createSchedule(name: string, url: string, frequency: '每天' | '每周' | '每月' = '每周'): Promise<Locator> {
    await this.openSchedules();
    await this.fillSchedule(name, url, frequency);
    await this.saveSchedule();
    await expect(this.scheduleDialog).toBeHidden();
    return this.scheduleRow(name);
  }

  scheduleRow(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  /** 立即发送 of a scheduled report (the page then says 已发送“<name>”，结果：…). */
  async sendScheduleNow(name: string): Promise<void> {
    await this.scheduleRow(name).getByRole('button', { name: '立即发送' }).click();
  }

  /** 删除定时报告 <name> → 确定; waits for the row to go. */
  async deleteSchedule(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除定时报告 ${name}` }).click();
    await confirm(this.page);
    await expect(this.scheduleRow(name)).toHaveCount(0);
  }
}

/** A text filter of 漏洞检索, by its label. */
export type SearchField = 'CVE 编号' | '包名' | '命名空间' | '仓库' | 'Tag' | '生态';

export class VulnSearchPage {
  readonly heading: Locator;
  /** The results (the table with a 漏洞编号 column). */
  readonly table: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '漏洞检索' });
    this.table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '漏洞编号' }) });
    this.rows = dataRows(page, this.table);
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('漏洞检索');
    await expect(this.heading).toBeVisible();
  }

  /** Types into a text filter and presses Enter (the URL gains the parameter). */
  async filter(field: SearchField, value: string): Promise<void> {
    const box = this.page.getByLabel(field, { exact: true });
    await box.fill(value);
    await box.press('Enter');
  }

  /** 等级 (multi-select) → one more level. */
  async filterSeverity(level: Severity): Promise<void> {
    await pick(this.page, this.page, '等级', SEVERITY_LABEL[level]);
    await this.page.keyboard.press('Escape');
  }

  /** `共 N 条` under the table. */
  total(count: number): Locator {
    return this.page.getByText(`共 ${count} 条`);
  }

  export(format: Exclude<ReportExport, 'HTML'>): Promise<Download> {
    return exportAs(this.page, format);
  }
}

export interface DiffSide {
  /** `namespace/repository`. */
  repository: string;
  tag: string;
}

export class ScanDiffPage {
  readonly heading: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '扫描对比' });
  }

  async open(): Promise<void> {
    await new InstancePage(this.page).menu('扫描对比');
    await expect(this.heading).toBeVisible();
  }

  /** Picks 基准版本 and 对比版本, then 开始对比. */
  async compare(base: DiffSide, target: DiffSide): Promise<void> {
    for (const [side, pickIt] of [
      ['基准版本', base],
      ['对比版本', target],
    ] as const) {
      await pick(this.page, this.page, `${side} 仓库`, pickIt.repository);
      await pick(this.page, this.page, `${side} 版本`, pickIt.tag);
    }
    await this.page.getByRole('button', { name: '开始对比' }).click();
  }

  /** The tabs `已修复漏洞 (N)`, `新增漏洞 (N)`, `软件包变化 (N)`. */
  tab(name: '已修复漏洞' | '新增漏洞' | '软件包变化'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }
}
