/**
 * `acr`: every page object of the console, on one page, plus navigation that (re)seeds. Use it through the
 * `acr` fixture of ./fixtures.ts, or build one yourself: `new Acr(page)`.
 */
import type { Page } from '@playwright/test';
import { type DemoSpeed, openConsole, type SeedName } from './console';
import { AccessControlPage } from './pages/access-control';
import { EventsPage } from './pages/events';
import { InstancePage } from './pages/instance';
import { InstanceListPage } from './pages/instance-list';
import { NamespacesPage } from './pages/namespaces';
import { DeployPoliciesPage } from './pages/policies';
import { ReportsPage, ScanDiffPage, VulnSearchPage } from './pages/reports';
import { RepositoriesPage } from './pages/repositories';
import { ScanPage } from './pages/scan';
import { SettingsPage } from './pages/settings';
import { SigningPage } from './pages/signing';
import { TagScanPage } from './pages/tag-scan';
import { TagsPage } from './pages/tags';
import { TaskDetailPage } from './pages/task-detail';
import { VpcPage } from './pages/vpc';

export class Acr {
  readonly instances: InstanceListPage;
  /** The open instance: its side menu (`acr.instance.menu('镜像扫描')`) and 概览. */
  readonly instance: InstancePage;
  readonly namespaces: NamespacesPage;
  readonly repositories: RepositoriesPage;
  readonly tags: TagsPage;
  readonly tagScan: TagScanPage;
  /** 镜像扫描, with its rule wizard as `acr.scan.wizard`. */
  readonly scan: ScanPage;
  readonly task: TaskDetailPage;
  readonly signing: SigningPage;
  readonly events: EventsPage;
  readonly reports: ReportsPage;
  readonly search: VulnSearchPage;
  readonly diff: ScanDiffPage;
  readonly policies: DeployPoliciesPage;
  readonly ram: AccessControlPage;
  readonly settings: SettingsPage;
  readonly vpc: VpcPage;

  constructor(readonly page: Page) {
    this.instances = new InstanceListPage(page);
    this.instance = new InstancePage(page);
    this.namespaces = new NamespacesPage(page);
    this.repositories = new RepositoriesPage(page);
    this.tags = new TagsPage(page);
    this.tagScan = new TagScanPage(page);
    this.scan = new ScanPage(page);
    this.task = new TaskDetailPage(page);
    this.signing = new SigningPage(page);
    this.events = new EventsPage(page);
    this.reports = new ReportsPage(page);
    this.search = new VulnSearchPage(page);
    this.diff = new ScanDiffPage(page);
    this.policies = new DeployPoliciesPage(page);
    this.ram = new AccessControlPage(page);
    this.settings = new SettingsPage(page);
    this.vpc = new VpcPage(page);
  }

  /** Resets the world to `seed` and opens `path` at `speed` (what the fixture does before the test). */
  async open(path: string, seed: SeedName = 'default', speed: DemoSpeed = 'instant'): Promise<void> {
    await openConsole(this.page, path, seed, speed);
  }

  /** 实例列表 of a region → 管理 of an instance (its 概览). */
  async openInstance(instance: string, regionId = 'cn-hangzhou'): Promise<void> {
    if (!new RegExp(`/${regionId}/instances$`).test(new URL(this.page.url()).pathname)) {
      await this.instances.goto(regionId);
    }
    await this.instances.manage(instance);
  }

  /** 实例 → 镜像仓库 → <repo> 管理 → 镜像版本 → <tag> 安全扫描. */
  async openTagScan(instance: string, repository: string, tag: string, regionId = 'cn-hangzhou'): Promise<void> {
    await this.openInstance(instance, regionId);
    await this.repositories.open();
    await this.repositories.openTags(repository);
    await this.tags.openScan(tag);
  }
}
