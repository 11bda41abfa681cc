import type { presenter as zh } from '../zh-CN/presenter';

export const presenter: Record<keyof typeof zh, string> = {
  'presenter.badge': 'Presenter mode',
  'presenter.badge.tooltip': 'Press {keys} to reset to "{seed}" and return to the instance list',
  'presenter.resetting': 'Resetting to "{seed}"…',
  'presenter.reset.done': 'Reset to "{seed}"',
};
