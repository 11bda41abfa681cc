/**
 * The account's VPCs and vSwitches, the same in every seed (they belong to the account, not to ACR). Every
 * region has its default VPC (172.16.0.0/12, one /20 vSwitch per zone, as the VPC product creates it); the
 * regions the demo uses most carry the networks a team would have built.
 */

export interface VSwitchSpec {
  key: string;
  name: string;
  zone: string;
  cidr: string;
}

export interface VpcSpec {
  key: string;
  name: string;
  cidr: string;
  isDefault: boolean;
  vswitches: VSwitchSpec[];
}

const defaultVpc = (region: string, zones: string[]): VpcSpec => ({
  key: 'default',
  name: `${region}-default-vpc`,
  cidr: '172.16.0.0/12',
  isDefault: true,
  vswitches: zones.map((zone, i) => ({
    key: `default-${zone}`,
    name: `${zone}-default-vsw`,
    zone,
    cidr: `172.16.${i * 16}.0/20`,
  })),
});

export const ACCOUNT_VPCS: Readonly<Record<string, VpcSpec[]>> = {
  'cn-hangzhou': [
    defaultVpc('cn-hangzhou', ['cn-hangzhou-h', 'cn-hangzhou-i']),
    {
      key: 'prod',
      name: 'prod-vpc',
      cidr: '192.168.0.0/16',
      isDefault: false,
      vswitches: [
        { key: 'prod-app-h', name: 'prod-app-h', zone: 'cn-hangzhou-h', cidr: '192.168.1.0/24' },
        { key: 'prod-app-i', name: 'prod-app-i', zone: 'cn-hangzhou-i', cidr: '192.168.2.0/24' },
        { key: 'prod-db-j', name: 'prod-db-j', zone: 'cn-hangzhou-j', cidr: '192.168.10.0/24' },
      ],
    },
    {
      key: 'dev',
      name: 'dev-vpc',
      cidr: '10.10.0.0/16',
      isDefault: false,
      vswitches: [
        { key: 'dev-h', name: 'dev-h', zone: 'cn-hangzhou-h', cidr: '10.10.1.0/24' },
        { key: 'dev-k', name: 'dev-k', zone: 'cn-hangzhou-k', cidr: '10.10.2.0/24' },
      ],
    },
    {
      key: 'k8s',
      name: 'ack-cluster-vpc',
      cidr: '10.20.0.0/16',
      isDefault: false,
      vswitches: [
        { key: 'k8s-nodes-i', name: 'ack-nodes-i', zone: 'cn-hangzhou-i', cidr: '10.20.0.0/20' },
        { key: 'k8s-nodes-j', name: 'ack-nodes-j', zone: 'cn-hangzhou-j', cidr: '10.20.16.0/20' },
      ],
    },
  ],
  'cn-shanghai': [
    defaultVpc('cn-shanghai', ['cn-shanghai-e', 'cn-shanghai-f']),
    {
      key: 'staging',
      name: 'staging-vpc',
      cidr: '192.168.0.0/16',
      isDefault: false,
      vswitches: [
        { key: 'staging-g', name: 'staging-g', zone: 'cn-shanghai-g', cidr: '192.168.16.0/20' },
        { key: 'staging-l', name: 'staging-l', zone: 'cn-shanghai-l', cidr: '192.168.32.0/20' },
      ],
    },
  ],
  'cn-qingdao': [defaultVpc('cn-qingdao', ['cn-qingdao-b', 'cn-qingdao-c'])],
  'cn-beijing': [
    defaultVpc('cn-beijing', ['cn-beijing-g', 'cn-beijing-h', 'cn-beijing-k']),
    {
      key: 'bigdata',
      name: 'bigdata-vpc',
      cidr: '10.30.0.0/16',
      isDefault: false,
      vswitches: [{ key: 'bigdata-i', name: 'bigdata-i', zone: 'cn-beijing-i', cidr: '10.30.0.0/20' }],
    },
  ],
  'cn-zhangjiakou': [defaultVpc('cn-zhangjiakou', ['cn-zhangjiakou-a', 'cn-zhangjiakou-b'])],
  'cn-shenzhen': [defaultVpc('cn-shenzhen', ['cn-shenzhen-d', 'cn-shenzhen-e', 'cn-shenzhen-f'])],
  'cn-hongkong': [defaultVpc('cn-hongkong', ['cn-hongkong-b', 'cn-hongkong-c'])],
  'ap-southeast-1': [
    defaultVpc('ap-southeast-1', ['ap-southeast-1a', 'ap-southeast-1b', 'ap-southeast-1c']),
    {
      key: 'global',
      name: 'global-edge-vpc',
      cidr: '192.168.0.0/16',
      isDefault: false,
      vswitches: [{ key: 'global-b', name: 'global-edge-b', zone: 'ap-southeast-1b', cidr: '192.168.100.0/24' }],
    },
  ],
  'ap-northeast-1': [defaultVpc('ap-northeast-1', ['ap-northeast-1a', 'ap-northeast-1b'])],
  'us-west-1': [defaultVpc('us-west-1', ['us-west-1a', 'us-west-1b'])],
  'eu-central-1': [defaultVpc('eu-central-1', ['eu-central-1a', 'eu-central-1b'])],
};
