/**
 * 设置扫描引擎为云安全扫描引擎: 镜像扫描 → [云资源访问授权 → 同意授权] → [升级云安全引擎 → 服务关联角色 → 立即购买 →
 * 支付 → 返回镜像扫描] → the engine in use; the bracketed parts are skipped when already done.
 */
import { paths } from '@/hooks/use-route-params';
import { when } from '../conditions';
import type { TourContext, TourStep } from '../engine';
import { dialogOf, go, instanceStep, page, regionStep, scanStep } from './shared';

/** What 扫描信息 says of the account, once loaded (see scan-info-card.tsx). */
const scanInfo = '[data-tour="scan-info"]';
const scanPage = (c: TourContext) => go.instance(c, 'scan');

export const cloud: TourStep[] = [
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
