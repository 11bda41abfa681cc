/** Application images on Alpine 3.18: nginx and a Node.js app. */
import { ALPINE_318, ALPINE_BASE_PACKAGES, NGINX_ALPINE_EXTRAS, NODE_ALPINE_EXTRAS } from './alpine-data';
import { alpineAccounts } from './alpine-files';
import { alpineBaseLayer, alpineCmdStep, apkAddLayer, apkDemoPackages, pick } from './alpine-images';
import { NODE_PROJECT } from './app-data';
import { NGINX_CONF, NGINX_DEFAULT_SITE, NGINX_ENTRYPOINT, NODE_ENTRYPOINT, NODE_SERVER_JS } from './app-files';
import { later, meta, PATH_ENV, run } from './build-steps';
import { formatInstalledPackageJson, formatPackageLock, formatRootPackageJson } from './formats/language-files';
import { stub } from './os-files';
import { variantOf } from './os-recipes';
import type { DemoImageRecipe, DemoPackage } from './types';

const NGINX_VERSION = { vulnerable: '1.25.1', patched: '1.25.3' };

/** nginx:1.25-alpine. */
export const nginxRecipe: DemoImageRecipe = {
  name: 'nginx:1.25-alpine',
  description: 'nginx 1.25 from nginx.org on Alpine 3.18, with curl and the official entrypoint scripts.',
  spec: (options) => {
    const variant = variantOf(options);
    const base = ALPINE_318[variant];
    const created = later(base.created, 30);
    const version = NGINX_VERSION[variant];
    const extras = NGINX_ALPINE_EXTRAS[variant];
    const nginxUser = {
      name: 'nginx',
      uid: 101,
      gid: 101,
      home: '/var/cache/nginx',
      shell: '/sbin/nologin',
      gecos: 'nginx',
    };
    return {
      created,
      config: {
        Env: [PATH_ENV, `NGINX_VERSION=${version}`, 'PKG_RELEASE=1'],
        Entrypoint: ['/docker-entrypoint.sh'],
        Cmd: ['nginx', '-g', 'daemon off;'],
        ExposedPorts: { '80/tcp': {} },
        StopSignal: 'SIGQUIT',
        Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
      },
      layers: [
        alpineBaseLayer(base),
        alpineCmdStep(base.created),
        meta(created, '/bin/sh -c #(nop)  LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>'),
        meta(created, `/bin/sh -c #(nop)  ENV NGINX_VERSION=${version}`),
        apkAddLayer(
          base,
          extras,
          '/bin/sh -c set -x && addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && apk add --no-cache nginx curl tzdata',
          created,
          [
            ...alpineAccounts(base.created, [nginxUser]),
            { path: 'etc/nginx/nginx.conf', content: NGINX_CONF },
            { path: 'etc/nginx/conf.d/default.conf', content: NGINX_DEFAULT_SITE },
            {
              path: 'etc/nginx/mime.types',
              content:
                'types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n    application/javascript                           js;\n    image/png                                        png;\n}\n',
            },
            stub('usr/sbin/nginx', `nginx version: nginx/${version}`),
            {
              path: 'usr/share/nginx/html/index.html',
              content:
                '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n',
            },
            { path: 'var/cache/nginx', type: 'dir', uid: 101, gid: 101 },
            // The official image sends logs to the container's stdout/stderr.
            { path: 'var/log/nginx/access.log', type: 'symlink', linkTarget: '/dev/stdout' },
            { path: 'var/log/nginx/error.log', type: 'symlink', linkTarget: '/dev/stderr' },
          ],
        ),
        run(created, 'COPY docker-entrypoint.sh / # buildkit', [
          { path: 'docker-entrypoint.sh', content: NGINX_ENTRYPOINT, mode: 0o755 },
        ]),
        meta(created, '/bin/sh -c #(nop)  ENTRYPOINT ["/docker-entrypoint.sh"]'),
        meta(created, '/bin/sh -c #(nop)  EXPOSE 80'),
        meta(created, '/bin/sh -c #(nop)  STOPSIGNAL SIGQUIT'),
        meta(created, '/bin/sh -c #(nop)  CMD ["nginx" "-g" "daemon off;"]'),
      ],
    };
  },
  packages: (options) => {
    const variant = variantOf(options);
    const base = ALPINE_318[variant];
    return apkDemoPackages(
      { ...pick(base.versions, ALPINE_BASE_PACKAGES), ...NGINX_ALPINE_EXTRAS[variant] },
      later(base.created, 30),
    );
  },
};

const NODE_APP = 'usr/src/app';
const NODE_VERSION = { vulnerable: '18.17.1', patched: '18.20.8' };

/** A Node.js 18 app on node:18-alpine. */
export const nodeRecipe: DemoImageRecipe = {
  name: 'node:18-alpine',
  description:
    'A Node.js 18 web shop on Alpine 3.18: package-lock.json (v3) and node_modules with express, lodash, axios and minimist.',
  spec: (options) => {
    const variant = variantOf(options);
    const base = ALPINE_318[variant];
    const created = later(base.created, 48);
    const project = NODE_PROJECT[variant];
    const nodeUser = {
      name: 'node',
      uid: 1000,
      gid: 1000,
      home: '/home/node',
      shell: '/bin/sh',
      gecos: 'Linux User,,,',
    };
    return {
      created,
      config: {
        Env: [PATH_ENV, `NODE_VERSION=${NODE_VERSION[variant]}`, 'YARN_VERSION=1.22.19', 'NODE_ENV=production'],
        Entrypoint: ['docker-entrypoint.sh'],
        Cmd: ['node', 'server.js'],
        WorkingDir: `/${NODE_APP}`,
        User: 'node',
        ExposedPorts: { '3000/tcp': {} },
        Healthcheck: {
          Test: ['CMD-SHELL', 'wget -qO- http://127.0.0.1:3000/healthz || exit 1'],
          Interval: 30_000_000_000,
          Timeout: 5_000_000_000,
          Retries: 3,
        },
      },
      layers: [
        alpineBaseLayer(base),
        alpineCmdStep(base.created),
        meta(created, `/bin/sh -c #(nop)  ENV NODE_VERSION=${NODE_VERSION[variant]}`),
        apkAddLayer(
          base,
          NODE_ALPINE_EXTRAS,
          '/bin/sh -c addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ && tar -xJf node.tar.xz -C /usr/local',
          created,
          [
            ...alpineAccounts(base.created, [nodeUser]),
            { path: 'home/node', type: 'dir', uid: 1000, gid: 1000 },
            stub('usr/local/bin/node', `node v${NODE_VERSION[variant]} (linux-x64-musl)`),
            { path: 'usr/local/bin/docker-entrypoint.sh', content: NODE_ENTRYPOINT, mode: 0o755 },
          ],
        ),
        meta(created, `WORKDIR /${NODE_APP}`),
        run(created, 'COPY package.json package-lock.json ./ # buildkit', [
          { path: `${NODE_APP}/package.json`, content: formatRootPackageJson(project, { start: 'node server.js' }) },
          { path: `${NODE_APP}/package-lock.json`, content: formatPackageLock(project) },
        ]),
        run(
          created,
          'RUN /bin/sh -c npm ci --omit=dev # buildkit',
          project.installed.map((pkg) => ({
            path: `${NODE_APP}/node_modules/${pkg.name}/package.json`,
            content: formatInstalledPackageJson(pkg),
          })),
        ),
        run(created, 'COPY server.js ./ # buildkit', [{ path: `${NODE_APP}/server.js`, content: NODE_SERVER_JS }]),
        meta(created, 'USER node'),
        meta(created, 'EXPOSE map[3000/tcp:{}]'),
        meta(created, 'CMD ["node" "server.js"]'),
      ],
    };
  },
  packages: (options) => {
    const variant = variantOf(options);
    const base = ALPINE_318[variant];
    const apk = apkDemoPackages(
      { ...pick(base.versions, ALPINE_BASE_PACKAGES), ...NODE_ALPINE_EXTRAS },
      later(base.created, 48),
    );
    const npm = NODE_PROJECT[variant].installed.map(
      (pkg): DemoPackage => ({
        type: 'npm',
        name: pkg.name,
        version: pkg.version,
        path: `${NODE_APP}/package-lock.json`,
      }),
    );
    return [...apk, ...npm];
  },
};
