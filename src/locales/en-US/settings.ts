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
    'You can also append ?demoSeed=default|fresh-no-vpc|vulnerable|clean-fleet|cloud-engine-bought|minimal|empty or ?demoSpeed=realistic|instant to the address to set them when the page opens.',
  'enum.demo-seed.fresh-no-vpc': 'New account (no VPC)',
  'enum.demo-seed.fresh-no-vpc.description':
    'One newly bought Enterprise Edition instance with a few pushed images; no VPC configured, no scan rules, nothing scanned: the state before step 1 of batch scanning.',
  'enum.demo-seed.vulnerable': 'Vulnerable images',
  'enum.demo-seed.vulnerable.description':
    'One instance with a VPC configured, its namespaces and repositories full of Alpine, Debian, Node.js, Python and Java images with many High vulnerabilities, ready for a scan rule.',
  'enum.demo-seed.clean-fleet': 'Clean fleet',
  'enum.demo-seed.clean-fleet.description':
    'One instance with a VPC configured whose images are all patched: scans find no High or Critical vulnerability.',
  'enum.demo-seed.cloud-engine-bought': 'Cloud engine bought',
  'enum.demo-seed.cloud-engine-bought.description':
    'The demo environment with the Cloud Security scan engine authorized and bought; acr-prod-hz uses it and syncs to Security Center.',
  'settings.presenter.title': 'Presenter Mode',
  'settings.presenter.switch': 'Presenter mode',
  'settings.presenter.on': 'On',
  'settings.presenter.off': 'Off',
  'settings.presenter.help':
    'When on, scans and event notifications run at the real service\'s pace (queued, reading the manifest, extracting layers, analyzing packages, matching vulnerabilities: each phase takes seconds) and the speed stays "Realistic"; controls that exist only in the simulation (simulated tampering, push from the demo catalog, the demo receiver switch) are hidden and remain available on this page.',
  'settings.presenter.enabled': 'Presenter mode on',
  'settings.presenter.disabled': 'Presenter mode off',
  'settings.presenter.reset-seed': 'One-key reset to',
  'settings.presenter.shortcut': 'Shortcut',
  'settings.presenter.shortcut.help':
    'Press {keys} on any page to reset to the chosen environment without confirmation and return to the instance list.',
  'settings.presenter.url-hint':
    'You can also append ?presenter=1 to the address to turn presenter mode on, ?presenter=0 to turn it off.',
  'settings.presenter.speed-locked': 'The speed stays "Realistic" while presenter mode is on.',
  'settings.demo.receiver': 'Demo receiver',
  'settings.demo.receiver.help':
    'DingTalk robot addresses and addresses under the demo host are answered inside the console.',
};
