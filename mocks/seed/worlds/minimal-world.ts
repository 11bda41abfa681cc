import type { WorldSpec } from '../world-spec';

/** One instance with one namespace, one repository and one tag, no VPC: the smallest world to script against. */
export const MINIMAL_WORLD: WorldSpec = {
  name: 'minimal',
  instances: [
    {
      key: 'demo',
      name: 'acr-demo',
      region: 'cn-hangzhou',
      specification: 'Enterprise_Basic',
      status: 'RUNNING',
      createdDaysAgo: 30,
      internet: { enable: false, aclEnable: false, aclEntries: [] },
      linkedVpcs: [],
      namespaces: [
        {
          name: 'demo',
          autoCreateRepo: true,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 30,
          repositories: [
            {
              name: 'hello',
              type: 'PRIVATE',
              summary: 'Hello-world service image',
              createdDaysAgo: 29,
              tags: [{ tag: '1.0', image: { recipe: 'alpine:3.18', variant: 'vulnerable' }, pushedDaysAgo: 29 }],
            },
          ],
        },
      ],
    },
  ],
};
