/**
 * The default demo world: a platform team's ACR estate. Data table (exempt from the file-size rule).
 *
 * - cn-hangzhou has two instances. `acr-prod-hz` (Advanced, RUNNING) holds the rich content — public base
 *   images, private production and development repositories, vulnerable and patched tags — and has NO VPC
 *   linked, so the scan story that needs a VPC starts there. `acr-dev-hz` (Basic) already has a VPC linked.
 * - cn-shanghai, cn-beijing (STARTING), cn-shenzhen (STOPPED) and ap-southeast-1 have one instance each;
 *   the other regions (e.g. ap-northeast-1) have none. `acr-global-sg` (ap-southeast-1) also holds the RPM-based
 *   base image (`base/rockylinux`, Rocky 9.2 and 9.4) and the clean image (`global/hello:1.0`).
 * - `acr-prod-hz` `prod/legacy-portal:1.0` carries a sample of every risk the cloud-security engine reports
 *   (baseline, secrets, malware); `1.1` is its clean rebuild.
 */
import type { ImageRef } from '../images';
import type { WorldSpec } from '../world-spec';

const vulnerable = (recipe: string): ImageRef => ({ recipe, variant: 'vulnerable' });
const patched = (recipe: string): ImageRef => ({ recipe, variant: 'patched' });

// Recipes of the core's image factory. Their `vulnerable` variants pin the package versions the upstream
// images first shipped (e.g. nginx 1.25.1, Alpine 3.18.0); `patched` pins later releases that fix them.
const ALPINE = 'alpine:3.18';
const ALPINE_319 = 'alpine:3.19';
const DEBIAN = 'debian:12-slim';
const DEBIAN_11 = 'debian:11';
const UBUNTU = 'ubuntu:22.04';
const BUSYBOX = 'busybox:1.36';
const NGINX = 'nginx:1.25-alpine';
const NODE = 'node:18-alpine';
const PYTHON = 'python:3.11-slim';
const JAVA = 'java-app:1.0';
const GO = 'go-api:1.0';
const ROCKY = 'rockylinux:9';
/** An old PHP portal carrying what the cloud-security engine finds: EICAR, shells, keys, weak accounts. */
const LEGACY_PORTAL = 'legacy-portal:1.0';
/** The clean image: both variants are the same image, which the scan core finds nothing in. */
const HELLO = 'hello:1.0';

export const DEFAULT_WORLD: WorldSpec = {
  name: 'default',
  instances: [
    {
      key: 'prod-hz',
      name: 'acr-prod-hz',
      region: 'cn-hangzhou',
      specification: 'Enterprise_Advanced',
      status: 'RUNNING',
      createdDaysAgo: 420,
      tags: [
        { TagKey: 'env', TagValue: 'prod' },
        { TagKey: 'team', TagValue: 'platform' },
      ],
      internet: {
        enable: true,
        aclEnable: true,
        aclEntries: [
          { Entry: '203.0.113.0/24', Comment: 'office egress' },
          { Entry: '198.51.100.10/32', Comment: 'CI runner' },
        ],
      },
      linkedVpcs: [],
      namespaces: [
        {
          name: 'base',
          autoCreateRepo: false,
          defaultRepoType: 'PUBLIC',
          createdDaysAgo: 410,
          repositories: [
            {
              name: 'alpine',
              type: 'PUBLIC',
              summary: 'Alpine Linux base image for internal builds',
              detail: 'Mirrors the upstream alpine image; rebuilt when upstream publishes security fixes.',
              createdDaysAgo: 405,
              tags: [
                { tag: '3.18.0', image: vulnerable(ALPINE), pushedDaysAgo: 200 },
                { tag: '3.19.1', image: vulnerable(ALPINE_319), pushedDaysAgo: 150 },
                { tag: '3.18.8', image: patched(ALPINE), pushedDaysAgo: 40 },
              ],
            },
            {
              name: 'debian',
              type: 'PUBLIC',
              summary: 'Debian base images (bookworm slim, bullseye)',
              createdDaysAgo: 400,
              tags: [
                { tag: '11', image: vulnerable(DEBIAN_11), pushedDaysAgo: 300 },
                { tag: '12.0-slim', image: vulnerable(DEBIAN), pushedDaysAgo: 140 },
                { tag: '12.6-slim', image: patched(DEBIAN), pushedDaysAgo: 20 },
              ],
            },
            {
              name: 'ubuntu',
              type: 'PUBLIC',
              summary: 'Ubuntu 22.04 LTS base image',
              createdDaysAgo: 390,
              tags: [{ tag: '22.04', image: vulnerable(UBUNTU), pushedDaysAgo: 180 }],
            },
            {
              name: 'busybox',
              type: 'PUBLIC',
              summary: 'BusyBox for init containers and debugging',
              createdDaysAgo: 388,
              tags: [{ tag: '1.36', image: vulnerable(BUSYBOX), pushedDaysAgo: 250 }],
            },
          ],
        },
        {
          name: 'prod',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 400,
          repositories: [
            {
              name: 'nginx',
              type: 'PRIVATE',
              summary: 'Edge gateway (nginx) in front of the web services',
              detail: 'Built from base/alpine with our nginx.conf. Deployed by the edge-gateway pipeline.',
              createdDaysAgo: 380,
              tags: [
                { tag: '1.25-alpine', image: vulnerable(NGINX), pushedDaysAgo: 45 },
                { tag: '1.25.3-alpine', image: patched(NGINX), pushedDaysAgo: 6 },
              ],
            },
            {
              name: 'web-api',
              type: 'PRIVATE',
              summary: 'Order service REST API (Node.js 18)',
              detail: 'Release tags are immutable: promote a build by pushing a new version.',
              immutable: true,
              createdDaysAgo: 300,
              tags: [
                { tag: '1.4.2', image: vulnerable(NODE), pushedDaysAgo: 28 },
                { tag: '1.4.3', image: patched(NODE), pushedDaysAgo: 4 },
              ],
            },
            {
              name: 'payment-gateway',
              type: 'PRIVATE',
              summary: 'Payment callback gateway (Java 17)',
              createdDaysAgo: 260,
              tags: [{ tag: '2.0.1', image: vulnerable(JAVA), pushedDaysAgo: 35 }],
            },
            {
              name: 'inventory-api',
              type: 'PRIVATE',
              summary: 'Inventory API (Go, distroless)',
              createdDaysAgo: 150,
              tags: [
                { tag: 'v1.0.0', image: vulnerable(GO), pushedDaysAgo: 50 },
                { tag: 'v1.0.1', image: patched(GO), pushedDaysAgo: 8 },
              ],
            },
            {
              name: 'legacy-portal',
              type: 'PRIVATE',
              summary: 'Legacy customer portal (PHP on Alpine), scheduled for retirement',
              detail: 'Inherited from the previous vendor. 1.0 still runs; 1.1 is the cleaned-up rebuild.',
              createdDaysAgo: 500,
              tags: [
                { tag: '1.0', image: vulnerable(LEGACY_PORTAL), pushedDaysAgo: 480 },
                { tag: '1.1', image: patched(LEGACY_PORTAL), pushedDaysAgo: 2 },
              ],
            },
          ],
        },
        {
          name: 'dev',
          autoCreateRepo: true,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 395,
          repositories: [
            {
              name: 'python-worker',
              type: 'PRIVATE',
              summary: 'Asynchronous job worker (Python 3.11)',
              createdDaysAgo: 90,
              tags: [
                { tag: '0.9.0', image: vulnerable(PYTHON), pushedDaysAgo: 60 },
                { tag: '0.9.1', image: patched(PYTHON), pushedDaysAgo: 5 },
                { tag: 'latest', image: patched(PYTHON), pushedDaysAgo: 5 },
              ],
            },
            {
              name: 'web-api',
              type: 'PRIVATE',
              summary: 'Order service REST API, development builds',
              createdDaysAgo: 70,
              tags: [
                { tag: 'dev-20261020', image: vulnerable(NODE), pushedDaysAgo: 12 },
                { tag: 'dev-20261029', image: patched(NODE), pushedDaysAgo: 3 },
              ],
            },
            {
              name: 'sandbox',
              type: 'PRIVATE',
              summary: 'Automatically created repository',
              buildType: 'AUTO',
              createdDaysAgo: 20,
              tags: [{ tag: 'try-bullseye', image: vulnerable(DEBIAN_11), pushedDaysAgo: 20 }],
            },
          ],
        },
        {
          name: 'ops',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 200,
          repositories: [
            {
              name: 'log-agent',
              type: 'PRIVATE',
              summary: 'Log shipping sidecar (no image pushed yet)',
              createdDaysAgo: 2,
              tags: [],
            },
          ],
        },
      ],
    },
    {
      key: 'dev-hz',
      name: 'acr-dev-hz',
      region: 'cn-hangzhou',
      specification: 'Enterprise_Basic',
      status: 'RUNNING',
      createdDaysAgo: 180,
      tags: [{ TagKey: 'env', TagValue: 'dev' }],
      internet: { enable: false, aclEnable: false, aclEntries: [] },
      linkedVpcs: [{ vpc: 'dev', vswitch: 'dev-h', linkedDaysAgo: 170 }],
      namespaces: [
        {
          name: 'team-a',
          autoCreateRepo: true,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 175,
          repositories: [
            {
              name: 'demo-app',
              type: 'PRIVATE',
              summary: 'Team A demo application',
              createdDaysAgo: 150,
              tags: [{ tag: 'v1', image: patched(ALPINE), pushedDaysAgo: 150 }],
            },
          ],
        },
        { name: 'sandbox', autoCreateRepo: true, defaultRepoType: 'PRIVATE', createdDaysAgo: 100, repositories: [] },
      ],
    },
    {
      key: 'staging-sh',
      name: 'acr-staging-sh',
      region: 'cn-shanghai',
      specification: 'Enterprise_Standard',
      status: 'RUNNING',
      createdDaysAgo: 250,
      tags: [{ TagKey: 'env', TagValue: 'staging' }],
      internet: { enable: true, aclEnable: false, aclEntries: [] },
      linkedVpcs: [{ vpc: 'staging', vswitch: 'staging-g', linkedDaysAgo: 240 }],
      namespaces: [
        {
          name: 'staging',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 245,
          repositories: [
            {
              name: 'nginx',
              type: 'PRIVATE',
              summary: 'Edge gateway, staging',
              createdDaysAgo: 240,
              tags: [{ tag: '1.25-alpine', image: vulnerable(NGINX), pushedDaysAgo: 46 }],
            },
            {
              name: 'web-api',
              type: 'PRIVATE',
              summary: 'Order service REST API, staging',
              createdDaysAgo: 230,
              tags: [{ tag: '1.4.2', image: vulnerable(NODE), pushedDaysAgo: 29 }],
            },
          ],
        },
      ],
    },
    {
      key: 'analytics-bj',
      name: 'acr-analytics-bj',
      region: 'cn-beijing',
      specification: 'Enterprise_Basic',
      status: 'STARTING',
      createdDaysAgo: 0,
      internet: { enable: false, aclEnable: false, aclEntries: [] },
      linkedVpcs: [],
      namespaces: [],
    },
    {
      key: 'archive-sz',
      name: 'acr-archive-sz',
      region: 'cn-shenzhen',
      specification: 'Enterprise_Standard',
      status: 'STOPPED',
      createdDaysAgo: 700,
      tags: [{ TagKey: 'env', TagValue: 'legacy' }],
      internet: { enable: false, aclEnable: false, aclEntries: [] },
      linkedVpcs: [],
      namespaces: [
        {
          name: 'archive',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 690,
          repositories: [
            {
              name: 'legacy-api',
              type: 'PRIVATE',
              summary: 'Retired API kept for audits',
              createdDaysAgo: 680,
              tags: [{ tag: '2023.12', image: vulnerable(DEBIAN_11), pushedDaysAgo: 330 }],
            },
          ],
        },
      ],
    },
    {
      key: 'global-sg',
      name: 'acr-global-sg',
      region: 'ap-southeast-1',
      specification: 'Enterprise_Advanced',
      status: 'RUNNING',
      createdDaysAgo: 365,
      tags: [{ TagKey: 'env', TagValue: 'prod' }],
      internet: { enable: true, aclEnable: true, aclEntries: [{ Entry: '0.0.0.0/0', Comment: 'public pulls' }] },
      linkedVpcs: [{ vpc: 'global', vswitch: 'global-b', linkedDaysAgo: 360 }],
      namespaces: [
        {
          name: 'global',
          autoCreateRepo: false,
          defaultRepoType: 'PRIVATE',
          createdDaysAgo: 360,
          repositories: [
            {
              name: 'edge-proxy',
              type: 'PRIVATE',
              summary: 'Edge proxy for overseas traffic',
              createdDaysAgo: 350,
              tags: [{ tag: '1.25.3-alpine', image: patched(NGINX), pushedDaysAgo: 7 }],
            },
            {
              name: 'hello',
              type: 'PRIVATE',
              summary: 'Hello service (Go, distroless): the reference clean image',
              detail:
                'Kept on current releases of Go, its modules and distroless static; scans report no vulnerabilities.',
              createdDaysAgo: 40,
              tags: [{ tag: '1.0', image: patched(HELLO), pushedDaysAgo: 2 }],
            },
          ],
        },
        {
          name: 'base',
          autoCreateRepo: false,
          defaultRepoType: 'PUBLIC',
          createdDaysAgo: 340,
          repositories: [
            {
              name: 'rockylinux',
              type: 'PUBLIC',
              summary: 'Rocky Linux 9 base image for RHEL-compatible workloads',
              detail: 'Mirrors rockylinux:9. `9` is the Rocky 9.2 build; `9-patched` is the 9.4 rebuild with errata.',
              createdDaysAgo: 330,
              tags: [
                { tag: '9', image: vulnerable(ROCKY), pushedDaysAgo: 160 },
                { tag: '9-patched', image: patched(ROCKY), pushedDaysAgo: 15 },
              ],
            },
          ],
        },
      ],
    },
  ],
};
