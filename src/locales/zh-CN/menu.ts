/** Route and navigation names (the route table's `nameKey`s and menu groups). */
export const menu = {
  'menu.instances': '实例列表',
  'menu.overview': '概览',
  'menu.group.repo': '仓库管理',
  'menu.repositories': '镜像仓库',
  'menu.namespaces': '命名空间',
  'menu.group.access': '访问控制',
  'menu.vpc': '专有网络',
  'menu.group.security': '安全可信',
  'menu.scan': '镜像扫描',
  'menu.scan-task': '任务详情',
  'menu.repo-info': '基本信息',
  'menu.repo-tags': '镜像版本',
  'menu.settings': '设置',
  'menu.not-found': '页面不存在',
};
