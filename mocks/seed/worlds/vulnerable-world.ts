/**
 * An instance full of vulnerable images: Alpine, Debian, Node.js, Python and Java images whose scans report
 * many High/Critical CVEs, spread over several namespaces and repositories, with a VPC already linked — ready
 * for 创建规则 and 立即扫描. Data table (exempt from the file-size rule).
 */
import type { ImageRef } from '../images';
import type { WorldSpec } from '../world-spec';

const vulnerable = (recipe: string): ImageRef => ({ recipe, variant: 'vulnerable' });

export const VULNERABLE_WORLD: WorldSpec = {
  name: 'vulnerable',
  instances: [
    {
      key: 'legacy',
      name: 'acr-legacy-hz',
      region: 'cn-hangzhou',
      specification: 'Enterprise_Advanced',
      status: 'RUNNING',
      createdDaysAgo: 600,
      tags: [{ TagKey: 'env', TagValue: 'prod' }],
      internet: { enable: false, aclEnable: false, aclEntries: [] },
      linkedVpcs: [{ vpc: 'prod', vswitch: 'prod-app-h', linkedDaysAgo: 590 }],
      namespaces: [
        {
          name: 'base',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 590,
          repositories: [
            {
              name: 'alpine',
              type: 'PRIVATE',
              summary: 'Alpine base images, never rebuilt since their first release',
              createdDaysAgo: 580,
              tags: [
                { tag: '3.18.0', image: vulnerable('alpine:3.18'), pushedDaysAgo: 500 },
                { tag: '3.19.0', image: vulnerable('alpine:3.19'), pushedDaysAgo: 320 },
              ],
            },
            {
              name: 'debian',
              type: 'PRIVATE',
              summary: 'Debian base images (bullseye, bookworm slim) at their first point release',
              createdDaysAgo: 575,
              tags: [
                { tag: '11', image: vulnerable('debian:11'), pushedDaysAgo: 560 },
                { tag: '12.0-slim', image: vulnerable('debian:12-slim'), pushedDaysAgo: 400 },
              ],
            },
          ],
        },
        {
          name: 'shop',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 550,
          repositories: [
            {
              name: 'storefront',
              type: 'PRIVATE',
              summary: 'Storefront server-side rendering (Node.js 18)',
              createdDaysAgo: 540,
              tags: [
                { tag: '2.3.0', image: vulnerable('node:18-alpine'), pushedDaysAgo: 300 },
                { tag: '2.3.1', image: vulnerable('node:18-alpine'), pushedDaysAgo: 200 },
              ],
            },
            {
              name: 'checkout',
              type: 'PRIVATE',
              summary: 'Checkout and payment callbacks (Java 17)',
              createdDaysAgo: 530,
              tags: [{ tag: '5.1.0', image: vulnerable('java-app:1.0'), pushedDaysAgo: 250 }],
            },
            {
              name: 'gateway',
              type: 'PRIVATE',
              summary: 'Edge gateway (nginx on Alpine)',
              createdDaysAgo: 520,
              tags: [{ tag: '1.25-alpine', image: vulnerable('nginx:1.25-alpine'), pushedDaysAgo: 210 }],
            },
          ],
        },
        {
          name: 'data',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 400,
          repositories: [
            {
              name: 'etl-worker',
              type: 'PRIVATE',
              summary: 'Nightly ETL jobs (Python 3.11)',
              createdDaysAgo: 390,
              tags: [{ tag: '0.8.0', image: vulnerable('python:3.11-slim'), pushedDaysAgo: 180 }],
            },
            {
              name: 'report-api',
              type: 'PRIVATE',
              summary: 'Reporting API (Java 17)',
              createdDaysAgo: 380,
              tags: [{ tag: '1.2.0', image: vulnerable('java-app:1.0'), pushedDaysAgo: 170 }],
            },
            {
              name: 'ml-serving',
              type: 'PRIVATE',
              summary: 'Model serving (Python 3.11)',
              createdDaysAgo: 200,
              tags: [{ tag: '0.3.0', image: vulnerable('python:3.11-slim'), pushedDaysAgo: 90 }],
            },
          ],
        },
      ],
    },
  ],
};
