/** Recipes for the official base images: alpine, debian, ubuntu and busybox. */
import type { ImageFileSpec } from '../image/image-spec';
import { ALPINE_318, ALPINE_319, ALPINE_BASE_PACKAGES, type AlpineRelease } from './alpine-data';
import { ALPINE_CONFIG, alpineBaseLayer, alpineCmdStep, apkDemoPackages, pick } from './alpine-images';
import { BOOKWORM, BULLSEYE, type DebRelease, JAMMY } from './debian-data';
import type { DebianOsRelease } from './debian-files';
import { debianBaseLayer, dpkgDemoPackages } from './debian-images';
import type { DemoImageRecipe, DemoRecipeOptions, DemoVariant } from './types';

const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The variant an options object selects (vulnerable unless asked otherwise). */
export const variantOf = (options?: DemoRecipeOptions): DemoVariant => options?.variant ?? 'vulnerable';

function alpineRecipe(
  name: string,
  releases: Record<DemoVariant, AlpineRelease>,
  description: string,
): DemoImageRecipe {
  return {
    name,
    description,
    spec: (options) => {
      const release = releases[variantOf(options)];
      return {
        created: release.created,
        config: ALPINE_CONFIG,
        layers: [alpineBaseLayer(release), alpineCmdStep(release.created)],
      };
    },
    packages: (options) => {
      const release = releases[variantOf(options)];
      return apkDemoPackages(pick(release.versions, ALPINE_BASE_PACKAGES), release.created);
    },
  };
}

interface DebianImage {
  os: (variant: DemoVariant) => DebianOsRelease;
  releases: Record<DemoVariant, DebRelease>;
  created: Record<DemoVariant, string>;
  mergedUsr: boolean;
  cmd: string[];
  /** Steps before the rootfs is added (Ubuntu's ARG/LABEL lines). */
  preamble?: string[];
  labels?: Record<string, string>;
}

function debianRecipe(name: string, image: DebianImage, description: string): DemoImageRecipe {
  return {
    name,
    description,
    spec: (options) => {
      const variant = variantOf(options);
      const created = image.created[variant];
      const meta = (createdBy: string) => ({ createdBy, created, emptyLayer: true, files: [] });
      return {
        created,
        config: { Env: [PATH_ENV], Cmd: image.cmd, Labels: image.labels },
        layers: [
          ...(image.preamble ?? []).map(meta),
          debianBaseLayer(image.os(variant), image.releases[variant], created, image.mergedUsr),
          meta(`/bin/sh -c #(nop)  CMD ${JSON.stringify(image.cmd)}`),
        ],
      };
    },
    packages: (options) => dpkgDemoPackages(image.releases[variantOf(options)]),
  };
}

/** Bookworm as the debian:12-slim image; the python image builds on it. */
export const BOOKWORM_IMAGE: DebianImage = {
  os: (variant) => ({
    id: 'debian',
    versionId: '12',
    codename: 'bookworm',
    debianVersion: variant === 'vulnerable' ? '12.0' : '12.6',
  }),
  releases: BOOKWORM,
  created: { vulnerable: '2023-07-04T01:19:58Z', patched: '2024-08-13T00:20:20Z' },
  mergedUsr: true,
  cmd: ['bash'],
};

const BULLSEYE_IMAGE: DebianImage = {
  os: (variant) => ({
    id: 'debian',
    versionId: '11',
    codename: 'bullseye',
    debianVersion: variant === 'vulnerable' ? '11.7' : '11.11',
  }),
  releases: BULLSEYE,
  created: { vulnerable: '2023-05-23T01:20:14Z', patched: '2024-09-04T00:22:33Z' },
  mergedUsr: false,
  cmd: ['bash'],
};

const JAMMY_IMAGE: DebianImage = {
  os: (variant) => ({
    id: 'ubuntu',
    versionId: '22.04',
    codename: 'jammy',
    debianVersion: 'bookworm/sid',
    pointRelease: variant === 'vulnerable' ? '22.04.2' : '22.04.5',
  }),
  releases: JAMMY,
  created: { vulnerable: '2023-06-05T17:00:39Z', patched: '2025-04-07T07:24:18Z' },
  mergedUsr: true,
  cmd: ['/bin/bash'],
  preamble: [
    '/bin/sh -c #(nop)  ARG RELEASE',
    '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
    '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
    '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=22.04',
  ],
  labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '22.04' },
};

const BUSYBOX_APPLETS = [
  '[',
  'cat',
  'chmod',
  'cp',
  'date',
  'echo',
  'env',
  'grep',
  'hostname',
  'id',
  'ls',
  'mkdir',
  'mv',
  'ping',
  'ps',
  'rm',
  'sed',
  'sh',
  'sleep',
  'tar',
  'vi',
  'wget',
];
const BUSYBOX = {
  vulnerable: { version: '1.36.0', built: '2023-01-10 00:00:00 UTC', created: '2023-01-11T01:20:07Z' },
  patched: { version: '1.36.1', built: '2023-05-18 22:34:17 UTC', created: '2023-05-19T20:19:37Z' },
};

const busyboxRecipe: DemoImageRecipe = {
  name: 'busybox:1.36',
  description: 'BusyBox (glibc build) with no package manager: one multi-call binary and hardlinked applets.',
  spec: (options) => {
    const bb = BUSYBOX[variantOf(options)];
    const files: ImageFileSpec[] = [
      {
        path: 'bin/busybox',
        mode: 0o755,
        content: `demo placeholder for /bin/busybox\nBusyBox v${bb.version} (${bb.built}) multi-call binary.\n`,
      },
      // The official image installs applets as hardlinks to the one binary, not symlinks.
      ...BUSYBOX_APPLETS.map(
        (applet): ImageFileSpec => ({ path: `bin/${applet}`, type: 'hardlink', linkTarget: 'bin/busybox' }),
      ),
      {
        path: 'etc/passwd',
        content:
          'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
      },
      {
        path: 'etc/group',
        content:
          'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nwheel:x:10:root\nmail:x:8:\nwww-data:x:33:\nusers:x:100:\nnogroup:x:65534:\n',
      },
      { path: 'root', type: 'dir', mode: 0o700 },
      { path: 'tmp', type: 'dir', mode: 0o1777 },
      { path: 'home', type: 'dir' },
      { path: 'var/www', type: 'dir' },
    ];
    return {
      created: bb.created,
      config: { Env: [PATH_ENV], Cmd: ['sh'] },
      layers: [
        { createdBy: `/bin/sh -c #(nop) ADD file:busybox-${bb.version}-glibc.tar in / `, created: bb.created, files },
        { createdBy: '/bin/sh -c #(nop)  CMD ["sh"]', created: bb.created, emptyLayer: true, files: [] },
      ],
    };
  },
  packages: () => [],
};

/** Recipes of the base OS images. */
export const osImageRecipes: DemoImageRecipe[] = [
  alpineRecipe(
    'alpine:3.18',
    ALPINE_318,
    'Alpine Linux 3.18 base image: musl, busybox, OpenSSL 3.1 and apk-tools, with its apk database.',
  ),
  alpineRecipe(
    'alpine:3.19',
    ALPINE_319,
    'Alpine Linux 3.19 base image: musl, busybox, OpenSSL 3.1 and apk-tools, with its apk database.',
  ),
  debianRecipe('debian:12-slim', BOOKWORM_IMAGE, 'Debian 12 (bookworm) slim base image with its dpkg status database.'),
  debianRecipe(
    'debian:11',
    BULLSEYE_IMAGE,
    'Debian 11 (bullseye) base image with OpenSSL 1.1 and its dpkg status database.',
  ),
  debianRecipe('ubuntu:22.04', JAMMY_IMAGE, 'Ubuntu 22.04 LTS (jammy) base image with its dpkg status database.'),
  busyboxRecipe,
];
