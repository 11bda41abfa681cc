/**
 * A fresh account: one 企业版 instance bought a day ago, a first namespace with the team's first pushes, and
 * nothing else — no VPC linked to the instance, no scan rules, nothing scanned. What a new customer sees before
 * step 1 of the batch-scan procedure (为企业版实例配置VPC网络).
 */
import type { ImageRef } from '../images';
import type { WorldSpec } from '../world-spec';

const vulnerable = (recipe: string): ImageRef => ({ recipe, variant: 'vulnerable' });

export const FRESH_NO_VPC_WORLD: WorldSpec = {
  name: 'fresh-no-vpc',
  instances: [
    {
      key: 'first',
      name: 'acr-first-hz',
      region: 'cn-hangzhou',
      specification: 'Enterprise_Standard',
      status: 'RUNNING',
      createdDaysAgo: 1,
      internet: { enable: false, aclEnable: false, aclEntries: [] },
      linkedVpcs: [],
      namespaces: [
        {
          name: 'app',
          autoCreateRepo: true,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 1,
          repositories: [
            {
              name: 'web',
              type: 'PRIVATE',
              summary: 'Storefront web server (nginx), first push',
              buildType: 'AUTO',
              createdDaysAgo: 1,
              tags: [{ tag: '1.0.0', image: vulnerable('nginx:1.25-alpine'), pushedDaysAgo: 1 }],
            },
            {
              name: 'api',
              type: 'PRIVATE',
              summary: 'Order API (Node.js 18), first push',
              buildType: 'AUTO',
              createdDaysAgo: 1,
              tags: [{ tag: '0.1.0', image: vulnerable('node:18-alpine'), pushedDaysAgo: 1 }],
            },
          ],
        },
      ],
    },
  ],
};
