/**
 * A clean fleet: every image is a patched build that the scan core finds no High or Critical vulnerability
 * in (`build-world.test.ts` scans them all to keep it so). Only recipes whose `patched` variant scans clean are
 * used: the Alpine 3.18-based patched images (nginx, node, python, java, alpine 3.18) still carry a couple of
 * High findings and are left out. VPC linked. Data table (exempt from the file-size rule).
 */
import type { ImageRef } from '../images';
import type { WorldSpec } from '../world-spec';

const patched = (recipe: string): ImageRef => ({ recipe, variant: 'patched' });

export const CLEAN_FLEET_WORLD: WorldSpec = {
  name: 'clean-fleet',
  instances: [
    {
      key: 'fleet',
      name: 'acr-fleet-hz',
      region: 'cn-hangzhou',
      specification: 'Enterprise_Advanced',
      status: 'RUNNING',
      createdDaysAgo: 300,
      tags: [{ TagKey: 'env', TagValue: 'prod' }],
      internet: { enable: false, aclEnable: false, aclEntries: [] },
      linkedVpcs: [{ vpc: 'prod', vswitch: 'prod-app-h', linkedDaysAgo: 290 }],
      namespaces: [
        {
          name: 'base',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 290,
          repositories: [
            {
              name: 'alpine',
              type: 'PRIVATE',
              summary: 'Alpine 3.19 base image, rebuilt on every security release',
              createdDaysAgo: 280,
              tags: [{ tag: '3.19', image: patched('alpine:3.19'), pushedDaysAgo: 3 }],
            },
            {
              name: 'debian',
              type: 'PRIVATE',
              summary: 'Debian base images with the latest point releases',
              createdDaysAgo: 280,
              tags: [
                { tag: '11', image: patched('debian:11'), pushedDaysAgo: 4 },
                { tag: '12-slim', image: patched('debian:12-slim'), pushedDaysAgo: 4 },
              ],
            },
            {
              name: 'ubuntu',
              type: 'PRIVATE',
              summary: 'Ubuntu 22.04 LTS base image, patched',
              createdDaysAgo: 270,
              tags: [{ tag: '22.04', image: patched('ubuntu:22.04'), pushedDaysAgo: 5 }],
            },
            {
              name: 'rockylinux',
              type: 'PRIVATE',
              summary: 'Rocky Linux 9.4 with errata applied',
              createdDaysAgo: 260,
              tags: [{ tag: '9', image: patched('rockylinux:9'), pushedDaysAgo: 6 }],
            },
            {
              name: 'busybox',
              type: 'PRIVATE',
              summary: 'BusyBox for init containers',
              createdDaysAgo: 250,
              tags: [{ tag: '1.36', image: patched('busybox:1.36'), pushedDaysAgo: 7 }],
            },
          ],
        },
        {
          name: 'services',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 240,
          repositories: [
            {
              name: 'inventory-api',
              type: 'PRIVATE',
              summary: 'Inventory API (Go, distroless), current modules',
              createdDaysAgo: 230,
              tags: [{ tag: 'v1.0.1', image: patched('go-api:1.0'), pushedDaysAgo: 2 }],
            },
            {
              name: 'hello',
              type: 'PRIVATE',
              summary: 'Hello service (Go, distroless)',
              createdDaysAgo: 100,
              tags: [{ tag: '1.0', image: patched('hello:1.0'), pushedDaysAgo: 1 }],
            },
          ],
        },
      ],
    },
  ],
};
