/** 单镜像扫描: instance → 镜像仓库 → 镜像版本 → 安全扫描 → 立即扫描 → the result. */
import { when } from '../conditions';
import type { TourStep } from '../engine';
import { go, instanceStep, mainTable, menuItem, page, regionStep, resultStep } from './shared';

export const single: TourStep[] = [
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
