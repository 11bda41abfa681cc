import type { settings as zh } from '../zh-CN/settings';

export const settings: Record<keyof typeof zh, string> = {
  'settings.title': 'Settings',
  'settings.appearance.title': 'Appearance',
  'settings.appearance.mode': 'Theme',
  'settings.appearance.help':
    '“System” follows the dark or light setting of your operating system; the choice survives reloads.',
  'settings.demo.title': 'Demo Environment',
  'settings.demo.current': 'Current environment',
  'settings.demo.seeded-at': 'Initialized at',
  'settings.demo.speed': 'Speed',
  'settings.demo.speed.help':
    '"Realistic" takes as long as the real service (e.g. a VPC endpoint being created); "Instant" suits automated scripts.',
  'settings.demo.speed.updated': 'Speed switched to "{speed}"',
  'settings.demo.seed': 'Reset to',
  'settings.demo.reset': 'Reset Demo Environment',
  'settings.demo.reset.title': 'Reset the demo environment?',
  'settings.demo.reset.warning':
    'All demo data (including namespaces, repositories and VPCs you created) is cleared and replaced by "{seed}".',
  'settings.demo.reset.done': 'Demo environment reset to "{seed}"',
  'settings.demo.url-hint':
    'You can also append ?demoSeed=default|minimal|empty or ?demoSpeed=realistic|instant to the address to set them when the page opens.',
};
