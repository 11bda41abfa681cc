/**
 * The tours as data, following the seed's procedures: 单镜像扫描 (instance → 镜像仓库 → 镜像版本 → 安全扫描
 * → 立即扫描 → result), 批量镜像扫描 (instance → 安全可信 > 镜像扫描 → [VPC prerequisite] → engine → 创建规则
 * wizard → 立即扫描 → 任务列表 → 查看任务 → 查看详情 → result) and 设置扫描引擎为云安全扫描引擎 (镜像扫描 →
 * [云资源访问授权 → 同意授权] → [升级云安全引擎 → 服务关联角色 → 立即购买 → 支付 → 返回镜像扫描] → the engine
 * in use). Targets are `data-tour` attributes on the real controls, or selectors as stable as the console's own
 * routes (menu links by their href).
 */
import { paths } from '@/hooks/use-route-params';
import { DEFAULT_REGION_ID } from '@/stores/ui-store';
import { when } from './conditions';
import type { TourContext, TourId, TourStep } from './engine';

const page = {
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

const go = {
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
const menuItem = (suffix: string) => `nav .ant-menu-item:has(a[href$="/${suffix}"])`;
const mainTable = 'main .ant-table-wrapper';
const ruleRows = '[data-tour="rule-section"] tr.ant-table-row';
const taskRows = '[data-tour="task-section"] tr.ant-table-row';
const wizardOpen = '[data-tour="rule-form"]';
/** The dialog holding a `data-tour` part (highlighted whole, with the card below it). */
const dialogOf = (part: string) => `.ant-modal-container:has([data-tour="${part}"])`;
const confirmOk = '.ant-modal-confirm .ant-modal-confirm-btns .ant-btn-primary';

const regionStep: TourStep = {
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

const instanceStep: TourStep = {
  id: 'instance',
  title: 'tour.step.instance.title',
  description: 'tour.step.instance.description',
  page: page.instanceList,
  goTo: go.instances,
  place: 'tour.place.instances',
  target: ['[data-tour="instance-list"]'],
  done: when.route(page.instance),
};

const resultStep: TourStep = {
  id: 'result',
  title: 'tour.step.result.title',
  description: 'tour.step.result.description',
  page: page.tagScan,
  goTo: go.tagScan,
  place: 'tour.place.tag-scan',
  target: ['[data-tour="scan-summary"]'],
  done: when.manual,
};

const single: TourStep[] = [
  regionStep,
  instanceStep,
  {
    id: 'repositories',
    title: 'tour.single.repositories.title',
    description: 'tour.single.repositories.description',
    page: page.instance,
    goTo: (c) => go.instance(c),
    place: 'tour.place.instance',
    target: [menuItem('repositories')],
    done: when.route(page.repositoryList),
  },
  {
    id: 'repository',
    title: 'tour.single.repository.title',
    description: 'tour.single.repository.description',
    page: page.repositoryList,
    goTo: (c) => go.instance(c, 'repositories'),
    place: 'tour.place.repositories',
    target: [mainTable],
    done: when.route(page.repository),
  },
  {
    id: 'tags',
    title: 'tour.single.tags.title',
    description: 'tour.single.tags.description',
    page: page.repository,
    goTo: (c) => go.repository(c, 'info'),
    place: 'tour.place.repository',
    target: [menuItem('tags')],
    done: when.route(page.tagList),
  },
  {
    id: 'tag-scan',
    title: 'tour.single.tag-scan.title',
    description: 'tour.single.tag-scan.description',
    page: page.tagList,
    goTo: (c) => go.repository(c, 'tags'),
    place: 'tour.place.tags',
    target: [`${mainTable} a[href$="/scan"]`, mainTable],
    done: when.route(page.tagScan),
  },
  {
    id: 'scan-now',
    title: 'tour.single.scan-now.title',
    description: 'tour.single.scan-now.description',
    page: page.tagScan,
    goTo: go.tagScan,
    place: 'tour.place.tag-scan',
    target: ['[data-tour="scan-now"]'],
    // A new scan task replaces the latest one (the button knows which is latest once loaded).
    done: when.attrChanges('[data-tour="scan-now"]', 'data-scan-task', '[data-tour="scan-now"][data-scan-task]'),
  },
  resultStep,
];

const scanStep: TourStep = {
  id: 'scan',
  title: 'tour.batch.scan.title',
  description: 'tour.batch.scan.description',
  page: page.instance,
  goTo: (c) => go.instance(c),
  place: 'tour.place.instance',
  target: [menuItem('scan')],
  done: when.route(page.scan),
};

const batch: TourStep[] = [
  regionStep,
  instanceStep,
  scanStep,
  {
    id: 'vpc-needed',
    title: 'tour.batch.vpc-needed.title',
    description: 'tour.batch.vpc-needed.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: ['[data-tour="vpc-alert"]'],
    done: when.route(page.vpc),
    // A VPC is linked: 创建规则 is enabled, the prerequisite is met.
    skip: when.visible('[data-tour="create-rule"]:not([disabled])'),
    branch: 'vpc',
  },
  {
    id: 'vpc-add',
    title: 'tour.batch.vpc-add.title',
    description: 'tour.batch.vpc-add.description',
    page: page.vpc,
    goTo: (c) => go.instance(c, 'vpc'),
    place: 'tour.place.vpc',
    target: ['[data-tour="vpc-add"]'],
    done: when.visible('[data-tour="vpc-form"]'),
    branch: 'vpc',
  },
  {
    id: 'vpc-form',
    title: 'tour.batch.vpc-form.title',
    description: 'tour.batch.vpc-form.description',
    page: page.vpc,
    goTo: (c) => go.instance(c, 'vpc'),
    place: 'tour.place.vpc',
    target: [dialogOf('vpc-form'), '[data-tour="vpc-add"]'],
    placement: 'bottom',
    done: when.all(when.not(when.visible('[data-tour="vpc-form"]')), when.visible('main tr.ant-table-row')),
    branch: 'vpc',
  },
  {
    id: 'vpc-back',
    title: 'tour.batch.vpc-back.title',
    description: 'tour.batch.vpc-back.description',
    page: page.instance,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: [menuItem('scan')],
    done: when.route(page.scan),
    branch: 'vpc',
  },
  {
    id: 'engine',
    title: 'tour.batch.engine.title',
    description: 'tour.batch.engine.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: ['[data-tour="scan-engine"]'],
    done: when.manual,
    next: true,
  },
  {
    id: 'create-rule',
    title: 'tour.batch.create-rule.title',
    description: 'tour.batch.create-rule.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: ['[data-tour="create-rule"]'],
    done: when.visible(wizardOpen),
  },
  {
    id: 'rule-name',
    title: 'tour.batch.rule-name.title',
    description: 'tour.batch.rule-name.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: [`${wizardOpen} .ant-form-item:has(#RuleName)`, '[data-tour="create-rule"]'],
    placement: 'right',
    done: when.filled(`${wizardOpen} #RuleName`),
  },
  {
    id: 'rule-scope',
    title: 'tour.batch.rule-scope.title',
    description: 'tour.batch.rule-scope.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: [`${wizardOpen} .ant-form-item:has(#ScanScope)`, '[data-tour="create-rule"]'],
    placement: 'right',
    // Choosing the scope is optional (a namespace may already be enough); 下一步 of the wizard ends it too.
    done: when.visible('[data-tour="rule-notify"]'),
    next: true,
  },
  {
    id: 'rule-next',
    title: 'tour.batch.rule-next.title',
    description: 'tour.batch.rule-next.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: ['[data-tour="rule-next"]', '[data-tour="create-rule"]'],
    placement: 'right',
    done: when.visible('[data-tour="rule-notify"]'),
  },
  {
    id: 'rule-notify',
    title: 'tour.batch.rule-notify.title',
    description: 'tour.batch.rule-notify.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    // 创建 itself, with the card below the dialog: the notification fields above it stay uncovered.
    target: ['[data-tour="rule-create"]', '[data-tour="create-rule"]'],
    placement: 'bottom',
    // The newest rule is listed first: a new first row is the rule just created.
    done: when.attrChanges(ruleRows, 'data-row-key', '[data-tour="rule-section"][data-ready="true"]'),
  },
  {
    id: 'run',
    title: 'tour.batch.run.title',
    description: 'tour.batch.run.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    // The rule's 立即扫描, then the 确定 of the dialog it opens.
    target: [confirmOk, `${ruleRows} [data-tour="rule-run"]`],
    done: when.attrChanges(taskRows, 'data-row-key', '[data-tour="task-section"][data-ready="true"]'),
  },
  {
    id: 'task-status',
    title: 'tour.batch.task-status.title',
    description: 'tour.batch.task-status.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: [`${taskRows} [data-tour="task-status"]`],
    done: when.attrIs(`${taskRows} [data-tour="task-status"]`, 'data-status', 'COMPLETE'),
  },
  {
    id: 'view-task',
    title: 'tour.batch.view-task.title',
    description: 'tour.batch.view-task.description',
    page: page.scan,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: [`${taskRows} a[href*="/scan/tasks/"]`],
    done: when.route(page.task),
  },
  {
    id: 'view-details',
    title: 'tour.batch.view-details.title',
    description: 'tour.batch.view-details.description',
    page: page.task,
    goTo: (c) => go.instance(c, 'scan'),
    place: 'tour.place.scan',
    target: [`${mainTable} a[href$="/scan"]`],
    done: when.route(page.tagScan),
  },
  resultStep,
];

/** What 扫描信息 says of the account, once loaded (see scan-info-card.tsx). */
const scanInfo = '[data-tour="scan-info"]';
const scanPage = (c: TourContext) => go.instance(c, 'scan');

const cloud: TourStep[] = [
  regionStep,
  instanceStep,
  scanStep,
  {
    id: 'engines',
    title: 'tour.cloud.engines.title',
    description: 'tour.cloud.engines.description',
    page: page.scan,
    goTo: scanPage,
    place: 'tour.place.scan',
    target: [scanInfo],
    done: when.manual,
    next: true,
  },
  {
    id: 'authorize-link',
    title: 'tour.cloud.authorize-link.title',
    description: 'tour.cloud.authorize-link.description',
    page: page.scan,
    goTo: scanPage,
    place: 'tour.place.scan',
    target: ['[data-tour="sas-authorize-link"]'],
    done: when.route(page.authorize),
    skip: when.attrIs(scanInfo, 'data-sas-authorized', 'true'),
    branch: 'authorize',
  },
  {
    id: 'authorize-agree',
    title: 'tour.cloud.authorize-agree.title',
    description: 'tour.cloud.authorize-agree.description',
    page: page.authorize,
    goTo: (c) => paths.ramAuthorize(scanPage(c)),
    place: 'tour.place.authorize',
    target: ['[data-tour="sas-agree"]'],
    // Back where the authorization was asked from: 镜像扫描 (its link), or the purchase (升级云安全引擎).
    done: when.route(new RegExp(`${page.scan.source}|${page.sasBuy.source}`)),
    branch: 'authorize',
  },
  {
    id: 'upgrade',
    title: 'tour.cloud.upgrade.title',
    description: 'tour.cloud.upgrade.description',
    page: page.scan,
    goTo: scanPage,
    place: 'tour.place.scan',
    target: ['[data-tour="engine-upgrade"]'],
    done: when.route(page.sasBuy),
    // Already bought: the page uses the cloud-security engine, nothing to buy.
    skip: when.attrIs(scanInfo, 'data-sas-bought', 'true'),
    branch: 'purchase',
  },
  {
    id: 'service-role',
    title: 'tour.cloud.service-role.title',
    description: 'tour.cloud.service-role.description',
    page: page.sasBuy,
    goTo: (c) => paths.sasBuy(scanPage(c)),
    place: 'tour.place.sas-buy',
    target: [dialogOf('sas-slr')],
    placement: 'bottom',
    // The role exists (created now or before): the order form is enabled.
    done: when.attrIs('[data-tour="sas-buy-form"]', 'data-sas-role', 'true'),
    branch: 'purchase',
  },
  {
    id: 'buy',
    title: 'tour.cloud.buy.title',
    description: 'tour.cloud.buy.description',
    page: page.sasBuy,
    goTo: (c) => paths.sasBuy(scanPage(c)),
    place: 'tour.place.sas-buy',
    target: ['[data-tour="sas-buy-form"]'],
    placement: 'top',
    done: when.route(page.sasOrder),
    branch: 'purchase',
  },
  {
    id: 'pay',
    title: 'tour.cloud.pay.title',
    description: 'tour.cloud.pay.description',
    page: page.sasOrder,
    goTo: scanPage,
    place: 'tour.place.scan',
    target: ['[data-tour="sas-pay"]'],
    done: when.visible('[data-tour="sas-paid"]'),
    branch: 'purchase',
  },
  {
    id: 'back',
    title: 'tour.cloud.back.title',
    description: 'tour.cloud.back.description',
    page: page.sasOrder,
    goTo: scanPage,
    place: 'tour.place.scan',
    target: ['[data-tour="sas-back"]'],
    done: when.route(page.scan),
    branch: 'purchase',
  },
  {
    id: 'engine-in-use',
    title: 'tour.cloud.engine-in-use.title',
    description: 'tour.cloud.engine-in-use.description',
    page: page.scan,
    goTo: scanPage,
    place: 'tour.place.scan',
    target: ['[data-tour="scan-engine"]'],
    done: when.manual,
  },
];

export const tours: Record<TourId, readonly TourStep[]> = { single, batch, cloud };
