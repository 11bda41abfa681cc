/** 任务详情 of a rule task: one row per image with its status and counts, 查看详情, 重试. */
import { expect, type Locator, type Page } from '@playwright/test';
import { confirm } from './shared';

export class TaskDetailPage {
  readonly heading: Locator;
  /** One row per image (each has 查看详情). */
  readonly images: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '任务详情' });
    this.images = page.getByRole('row').filter({ has: page.getByRole('link', { name: '查看详情' }) });
  }

  /** The row of an image, by `namespace/repo:tag`. */
  image(reference: string): Locator {
    return this.images.filter({ hasText: reference });
  }

  /** 查看详情 of an image → its 安全扫描 page. */
  async openDetails(reference: string): Promise<void> {
    await this.image(reference).getByRole('link', { name: '查看详情' }).click();
    await expect(this.page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  }

  /** 重试 → 重新扫描 → 确定 (the failed or stopped images are scanned again). */
  async retry(): Promise<void> {
    await this.page.getByRole('button', { name: '重试' }).click();
    await confirm(this.page, '重新扫描');
  }
}
