import type { enums as zh } from '../zh-CN/enums';

export const enums: Record<keyof typeof zh, string> = {
  'enum.spec.basic': 'Basic',
  'enum.spec.standard': 'Standard',
  'enum.spec.advanced': 'Advanced',
  'enum.instance-status.pending': 'Initializing',
  'enum.instance-status.init-error': 'Initialization failed',
  'enum.instance-status.starting': 'Starting',
  'enum.instance-status.running': 'Running',
  'enum.instance-status.stopping': 'Stopping',
  'enum.instance-status.stopped': 'Stopped',
  'enum.instance-status.deleting': 'Deleting',
  'enum.instance-status.deleted': 'Deleted',
  'enum.repo-type.public': 'Public',
  'enum.repo-type.private': 'Private',
  'enum.namespace-status.normal': 'Normal',
  'enum.namespace-status.deleting': 'Deleting',
  'enum.vpc-status.creating': 'Creating',
  'enum.vpc-status.running': 'Running',
  'enum.demo-seed.default': 'Demo environment',
  'enum.demo-seed.minimal': 'Minimal environment',
  'enum.demo-seed.empty': 'Empty account',
  'enum.demo-seed.default.description':
    'Basic, Standard and Advanced instances in several regions, with namespaces, repositories, tags and VPCs.',
  'enum.demo-seed.minimal.description': 'One instance, one namespace and a few images: good for a demo from scratch.',
  'enum.demo-seed.empty.description': 'No instances at all: what a new account sees on its first visit.',
  'enum.demo-seed.scale': 'Scale test',
  'enum.demo-seed.scale.description':
    'The standard demo plus 2,000 tags, 10,000 scan tasks and 50,000 findings, to try lists at size.',
  'enum.demo-speed.realistic': 'Realistic',
  'enum.demo-speed.instant': 'Instant',
};
