/** 设置: demo control for presenters and scripts. */
export const settings = {
  'settings.title': '设置',
  'settings.appearance.title': '外观',
  'settings.appearance.mode': '主题',
  'settings.appearance.help': '“跟随系统”按操作系统的深色/浅色设置显示；选择会在刷新后保留。',
  'settings.demo.title': '演示环境',
  'settings.demo.current': '当前环境',
  'settings.demo.seeded-at': '初始化时间',
  'settings.demo.speed': '运行速度',
  'settings.demo.speed.help': '“真实速度”模拟真实服务的耗时（如专有网络创建中）；“立即完成”适合自动化脚本。',
  'settings.demo.speed.updated': '运行速度已切换为“{speed}”',
  'settings.demo.seed': '重置为',
  'settings.demo.reset': '重置演示环境',
  'settings.demo.reset.title': '确定重置演示环境？',
  'settings.demo.reset.warning':
    '当前的所有演示数据（包括您创建的命名空间、仓库和专有网络）都将被清除，恢复为“{seed}”。',
  'settings.demo.reset.done': '演示环境已重置为“{seed}”',
  'settings.demo.url-hint':
    '也可以在地址后加上 ?demoSeed=default|minimal|empty 或 ?demoSpeed=realistic|instant，打开页面时自动设置。',
};
