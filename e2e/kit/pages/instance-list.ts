/** 实例列表: the 地域 selector in the top bar, the instances of a region, 管理. */
import { expect, type Locator, type Page } from '@playwright/test';
import { rowWith } from './shared';

export class InstanceListPage {
  readonly heading: Locator;
  readonly regionSelect: Locator;
  /** Shown when the region has no instance. */
  readonly emptyState: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: '实例列表' });
    this.regionSelect = page.getByRole('combobox', { name: '地域' });
    this.emptyState = page.getByText('该地域下暂无实例');
  }

  /** Navigates to a region's list (no reseed; use `acr.open` for that). */
  async goto(regionId = 'cn-hangzhou'): Promise<void> {
    await this.page.goto(`${regionId}/instances`);
    await expect(this.heading).toBeVisible();
  }

  /** 地域 in the top bar → the region whose label matches (`'华东2（上海）'` or `/杭州/`). */
  async selectRegion(region: string | RegExp): Promise<void> {
    await this.regionSelect.click();
    await this.page.getByRole('option', { name: region }).click();
  }

  row(instance: string): Locator {
    return rowWith(this.page, instance);
  }

  /** 管理 of an instance: lands on its 概览. */
  async manage(instance: string): Promise<void> {
    await this.row(instance).getByRole('link', { name: '管理' }).click();
    await expect(this.page).toHaveURL(/\/instances\/cri-[^/]+\/overview/);
  }

  /** Clicks the instance's name (the seed's step 4), which also opens it. */
  async openByName(instance: string): Promise<void> {
    await this.row(instance).getByRole('link', { name: instance }).click();
    await expect(this.page.getByRole('heading', { name: instance })).toBeVisible();
  }
}
