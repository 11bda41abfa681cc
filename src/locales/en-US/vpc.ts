import type { vpc as zh } from '../zh-CN/vpc';

export const vpc: Record<keyof typeof zh, string> = {
  'vpc.col.vpc': 'VPC ID',
  'vpc.col.vswitch': 'vSwitch',
  'vpc.col.ip': 'IP Address',
  'vpc.add': 'Add VPC',
  'vpc.field.vpc': 'VPC',
  'vpc.field.vpc.required': 'Select a VPC',
  'vpc.field.vpc.placeholder': 'Select a VPC',
  'vpc.field.vswitch': 'vSwitch',
  'vpc.field.vswitch.required': 'Select a vSwitch',
  'vpc.field.vswitch.placeholder': 'Select a vSwitch',
  'vpc.field.vswitch.pick-vpc': 'Select a VPC first',
  'vpc.field.linked': 'linked',
  'vpc.region-hint': 'Only VPCs in the instance region ({region}) can be added.',
  'vpc.no-vpcs': 'There is no VPC in this region.',
  'vpc.domain': 'VPC domain',
  'vpc.quota-reached': 'The VPC quota ({quota}) is used up. Remove VPCs you no longer need to add new ones.',
  'vpc.added': 'VPC "{id}" added; its endpoint is being created',
  'vpc.deleted': 'VPC "{id}" removed',
  'vpc.delete.title': 'Remove VPC "{id}"?',
  'vpc.delete.warning': 'Resources such as ECS instances in this VPC will no longer reach the instance privately.',
  'vpc.delete.aria': 'Remove VPC {id}',
  'vpc.empty.title': 'No VPC linked yet',
  'vpc.empty.description':
    'Once a VPC is linked, ECS instances and container clusters in it reach the instance over the private network.',
  'vpc.creating-hint': 'The endpoint is being created; the status refreshes by itself.',
};
