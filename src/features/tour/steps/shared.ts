/**
 * What the tours share: the console's routes as patterns, where each place's page is, the selectors of common
 * controls, and the steps more than one tour takes (region, instance, 镜像扫描, the result).
 */
import { DEFAULT_REGION_ID } from '@/stores/ui-store';
import { when } from '../conditions';
import type { TourContext, TourStep } from '../engine';

export const page = {
  instanceList: /^\/[^/]+\/instances\/?$/,
  instance: /^\/[^/]+\/instances\/[^/]+(\/|$)/,
  repositoryList: /^\/[^/]+\/instances\/[^/]+\/repositories\/?$/,
  repository: /^\/[^/]+\/instances\/[^/]+\/repositories\/[^/]+(\/|$)/,
  tagList: /^\/[^/]+\/instances\/[^/]+\/repositories\/[^/]+\/tags\/?$/,
  tagScan: /^\/[^/]+\/instances\/[^/]+\/repositories\/[^/]+\/tags\/[^/]+\/scan\/?$/,
  scan: /^\/[^/]+\/instances\/[^/]+\/scan\/?$/,
  vpc: /^\/[^/]+\/instances\/[^/]+\/vpc\/?$/,
  task: /^\/[^/]+\/instances\/[^/]+\/scan\/tasks\/[^/]+\/?$/,
  authorize: /^\/ram\/authorize\/?$/,
  sasBuy: /^\/sas\/buy\/?$/,
  sasOrder: /^\/sas\/orders\/[^/]+\/?$/,
};

export const go = {
  instances: (c: TourContext) => `/${c.regionId ?? DEFAULT_REGION_ID}/instances`,
  instance: (c: TourContext, sub = 'overview') =>
    c.instanceId ? `/${c.regionId ?? DEFAULT_REGION_ID}/instances/${c.instanceId}/${sub}` : go.instances(c),
  repository: (c: TourContext, sub: 'info' | 'tags') =>
    c.repoId ? go.instance(c, `repositories/${c.repoId}/${sub}`) : go.instance(c, 'repositories'),
  tagScan: (c: TourContext) =>
    c.repoId && c.tag
      ? go.instance(c, `repositories/${c.repoId}/tags/${encodeURIComponent(c.tag)}/scan`)
      : go.repository(c, 'tags'),
};

/** A menu entry of the left navigation, by the page it links to. */
export const menuItem = (suffix: string) => `nav .ant-menu-item:has(a[href$="/${suffix}"])`;
export const mainTable = 'main .ant-table-wrapper';
export const ruleRows = '[data-tour="rule-section"] tr.ant-table-row';
export const taskRows = '[data-tour="task-section"] tr.ant-table-row';
export const wizardOpen = '[data-tour="rule-form"]';
/** The dialog holding a `data-tour` part (highlighted whole, with the card below it). */
export const dialogOf = (part: string) => `.ant-modal-container:has([data-tour="${part}"])`;
export const confirmOk = '.ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary';

export const regionStep: TourStep = {
  id: 'region',
  title: 'tour.step.region.title',
  description: 'tour.step.region.description',
  page: /^\/[^/]+\/instances/,
  goTo: go.instances,
  place: 'tour.place.instances',
  target: ['[data-tour="region-select"]', 'header .ant-select'],
  done: when.regionChanges,
  next: true,
};

export const instanceStep: TourStep = {
  id: 'instance',
  title: 'tour.step.instance.title',
  description: 'tour.step.instance.description',
  page: page.instanceList,
  goTo: go.instances,
  place: 'tour.place.instances',
  target: ['[data-tour="instance-list"]'],
  done: when.route(page.instance),
};

export const resultStep: TourStep = {
  id: 'result',
  title: 'tour.step.result.title',
  description: 'tour.step.result.description',
  page: page.tagScan,
  goTo: go.tagScan,
  place: 'tour.place.tag-scan',
  target: ['[data-tour="scan-summary"]'],
  done: when.manual,
};

export const scanStep: TourStep = {
  id: 'scan',
  title: 'tour.batch.scan.title',
  description: 'tour.batch.scan.description',
  page: page.instance,
  goTo: (c) => go.instance(c),
  place: 'tour.place.instance',
  target: [menuItem('scan')],
  done: when.route(page.scan),
};
