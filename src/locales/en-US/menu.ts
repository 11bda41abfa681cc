import type { menu as zh } from '../zh-CN/menu';

export const menu: Record<keyof typeof zh, string> = {
  'menu.instances': 'Instances',
  'menu.overview': 'Overview',
  'menu.group.repo': 'Repository',
  'menu.repositories': 'Repositories',
  'menu.namespaces': 'Namespaces',
  'menu.group.access': 'Access Control',
  'menu.vpc': 'VPC',
  'menu.group.security': 'Security',
  'menu.scan': 'Image scanning',
  'menu.scan-task': 'Task details',
  'menu.repo-info': 'Details',
  'menu.repo-tags': 'Tags',
  'menu.settings': 'Settings',
  'menu.not-found': 'Page not found',
};
