/** 演示者模式: the top bar's presenter badge and its one-key reset. */
export const presenter = {
  'presenter.badge': '演示者模式',
  'presenter.badge.tooltip': '按 {keys} 重置为“{seed}”并回到实例列表',
  'presenter.resetting': '正在重置为“{seed}”…',
  'presenter.reset.done': '已重置为“{seed}”',
};
