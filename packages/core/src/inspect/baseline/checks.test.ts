import { describe, expect, it } from 'vitest';
import type { ImageFileSpec } from '../../image/image-spec';
import { baselineInspector } from './baseline-inspector';
import { BASELINE_CHECKS } from './registry';
import { scanTestImage, type TestImage } from './test-image';

const file = (path: string, content: string, mode?: number): ImageFileSpec => ({
  path,
  content,
  ...(mode !== undefined ? { mode } : {}),
});
const passwd = (...lines: string[]) => ({ files: [file('etc/passwd', `${lines.join('\n')}\n`)] });
const shadow = (...lines: string[]) => ({ files: [file('etc/shadow', `${lines.join('\n')}\n`, 0o640)] });
const sshd = (...lines: string[]) => ({ files: [file('etc/ssh/sshd_config', `${lines.join('\n')}\n`)] });
const mode = (path: string, bits: number) => ({ files: [file(path, 'x\n', bits)] });
const ROOT = 'root:x:0:0:root:/root:/bin/sh';

/** For every check: an image that must trigger it and one that must not. */
const CASES: Record<string, { positive: TestImage; negative: TestImage }> = {
  'cis-4.1-no-user': { positive: { config: {} }, negative: { config: { User: 'app' } } },
  'cis-4.1-root-user': { positive: { config: { User: '0:0' } }, negative: { config: { User: '10001:10001' } } },
  'cis-4.6-no-healthcheck': {
    positive: { config: { Healthcheck: { Test: ['NONE'] } } },
    negative: { config: { Healthcheck: { Test: ['CMD-SHELL', 'wget -qO- http://localhost/ || exit 1'] } } },
  },
  'image-exposed-remote-login-port': {
    positive: { config: { ExposedPorts: { '22/tcp': {}, '80/tcp': {} } } },
    negative: { config: { ExposedPorts: { '8080/tcp': {} } } },
  },
  'image-exposed-daemon-api-port': {
    positive: { config: { ExposedPorts: { '2375/tcp': {} } } },
    negative: { config: { ExposedPorts: { '8443/tcp': {} } } },
  },
  'image-exposed-data-store-port': {
    positive: { config: { ExposedPorts: { '6379/tcp': {} } } },
    negative: { config: { ExposedPorts: { '80/tcp': {}, '443/tcp': {} } } },
  },
  'cis-4.10-secret-in-env': {
    positive: { config: { Env: ['PATH=/usr/bin', 'MYSQL_ROOT_PASSWORD=S3cr3tPassw0rd!'] } },
    negative: {
      config: { Env: ['MYSQL_ROOT_PASSWORD_FILE=/run/secrets/db', 'PWD=/app', 'API_TOKEN=', 'SECRET=$SECRET'] },
    },
  },
  'image-sshd-entrypoint': {
    positive: { config: { Cmd: ['/usr/sbin/sshd', '-D'] } },
    negative: { config: { Cmd: ['nginx', '-g', 'daemon off;'], Entrypoint: ['/docker-entrypoint.sh'] } },
  },
  'image-docker-socket-volume': {
    positive: { config: { Volumes: { '/var/run/docker.sock': {} } } },
    negative: { config: { Volumes: { '/data': {} } } },
  },
  'cis-4.9-add-remote-url': {
    positive: { history: ['ADD https://example.com/app.tar.gz /opt/ # buildkit'] },
    negative: { history: ['COPY app.tar.gz /opt/ # buildkit', '/bin/sh -c #(nop) ADD file:0123abcd in / '] },
  },
  'cis-4.7-update-alone': {
    positive: { history: ['/bin/sh -c apt-get update'] },
    negative: { history: ['RUN /bin/sh -c apt-get update && apt-get install -y curl=8.5.0-1 # buildkit'] },
  },
  'image-pipe-to-shell': {
    positive: { history: ['RUN /bin/sh -c curl -fsSL https://get.example.com/install.sh | sh # buildkit'] },
    negative: {
      history: ['RUN /bin/sh -c curl -fsSLo /tmp/i.sh https://get.example.com/i.sh && sha256sum -c i.sha256'],
    },
  },
  'image-chmod-world-writable': {
    positive: { history: ['RUN /bin/sh -c chmod -R 777 /app # buildkit'] },
    negative: { history: ['RUN /bin/sh -c chmod 755 /app # buildkit'] },
  },
  'cis-4.2-latest-base-image': {
    positive: { config: { Labels: { 'org.opencontainers.image.base.name': 'docker.io/library/alpine:latest' } } },
    negative: { config: { Labels: { 'org.opencontainers.image.base.name': 'registry.example.com:5000/alpine:3.20' } } },
  },
  'cis-4.10-secret-in-history': {
    positive: { history: ['|1 DB_PASSWORD=hunter2hunter2 /bin/sh -c ./setup.sh'] },
    negative: { history: ['ARG APP_VERSION=1.2.3', 'RUN /bin/sh -c ./setup.sh --password-file /run/secrets/db'] },
  },
  'account-uid0-non-root': {
    positive: passwd(ROOT, 'toor:x:0:0::/root:/bin/sh'),
    negative: passwd(ROOT, 'app:x:1000:1000::/home/app:/bin/sh'),
  },
  'account-duplicate-uid': {
    positive: passwd(ROOT, 'a:x:1000:1000::/home/a:/sbin/nologin', 'b:x:1000:1000::/home/b:/sbin/nologin'),
    negative: passwd(ROOT, 'a:x:1000:1000::/home/a:/sbin/nologin', 'b:x:1001:1001::/home/b:/sbin/nologin'),
  },
  'account-duplicate-name': {
    positive: passwd(ROOT, 'app:x:1000:1000::/app:/sbin/nologin', 'app:x:1001:1001::/app:/sbin/nologin'),
    negative: passwd(ROOT, 'app:x:1000:1000::/app:/sbin/nologin'),
  },
  'account-system-login-shell': {
    positive: passwd(ROOT, 'daemon:x:1:1:daemon:/usr/sbin:/bin/bash'),
    negative: passwd(ROOT, 'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin', 'sync:x:4:65534:sync:/bin:/bin/sync'),
  },
  'account-hash-in-passwd': {
    positive: passwd(ROOT, 'alice:$6$saltsalt$0123456789abcdef:1000:1000::/home/alice:/bin/sh'),
    negative: passwd(ROOT, 'alice:x:1000:1000::/home/alice:/bin/sh', 'bob:*:1001:1001::/home/bob:/bin/sh'),
  },
  'account-passwd-empty-password': {
    positive: passwd(ROOT, 'alice::1000:1000::/home/alice:/bin/sh'),
    negative: passwd(ROOT, 'alice:x:1000:1000::/home/alice:/bin/sh'),
  },
  'account-empty-password': {
    positive: shadow('root:::0:::::'),
    negative: shadow('root:!::0:::::', 'daemon:*:19000:0:99999:7:::'),
  },
  'account-des-password-hash': {
    positive: shadow('root:!::0:::::', 'alice:abJnggxhB/yWI:19000:0:99999:7:::'),
    negative: shadow('root:!::0:::::', 'alice:$6$saltsalt$0123456789abcdef:19000:0:99999:7:::'),
  },
  'account-md5-password-hash': {
    positive: shadow('root:!::0:::::', 'alice:$1$saltsalt$0123456789abcdef:19000:0:99999:7:::'),
    negative: shadow('root:!::0:::::', 'alice:$y$j9T$salt$hash:19000:0:99999:7:::'),
  },
  'account-root-password-set': {
    positive: shadow('root:$6$saltsalt$0123456789abcdef:19000:0:99999:7:::'),
    negative: shadow('root:*:19000:0:99999:7:::', 'alice:$6$saltsalt$0123456789abcdef:19000:0:99999:7:::'),
  },
  'sudo-nopasswd-all': {
    positive: { files: [file('etc/sudoers.d/app', 'Defaults env_reset\napp ALL=(ALL) NOPASSWD: ALL\n', 0o440)] },
    negative: {
      files: [
        file('etc/sudoers', '# %wheel ALL=(ALL) NOPASSWD: ALL\n%sudo ALL=(ALL:ALL) ALL\n', 0o440),
        file('etc/sudoers.d/app', 'app ALL=(root) NOPASSWD: /usr/bin/systemctl restart app\n', 0o440),
      ],
    },
  },
  'ssh-permit-root-login': {
    positive: sshd('# comment', 'PermitRootLogin yes'),
    negative: sshd('PermitRootLogin prohibit-password', 'Match Address 10.0.0.0/8', '  PermitRootLogin yes'),
  },
  'ssh-password-authentication': {
    positive: sshd('PasswordAuthentication yes'),
    negative: sshd('PasswordAuthentication no', 'PasswordAuthentication yes'),
  },
  'ssh-permit-empty-passwords': {
    positive: sshd('permitemptypasswords=yes'),
    negative: sshd('#PermitEmptyPasswords yes', 'PermitEmptyPasswords no'),
  },
  'ssh-protocol-1': { positive: sshd('Protocol 2,1'), negative: sshd('Protocol 2') },
  'ssh-x11-forwarding': { positive: sshd('X11Forwarding yes'), negative: sshd('X11Forwarding no') },
  'ssh-hostbased-authentication': {
    positive: sshd('HostbasedAuthentication yes'),
    negative: sshd('HostbasedAuthentication no'),
  },
  'ssh-host-private-key': {
    positive: { files: [file('etc/ssh/ssh_host_ed25519_key', '-----BEGIN OPENSSH PRIVATE KEY-----\n', 0o600)] },
    negative: { files: [file('etc/ssh/ssh_host_ed25519_key.pub', 'ssh-ed25519 AAAA host\n')] },
  },
  'ssh-authorized-keys': {
    positive: { files: [file('root/.ssh/authorized_keys', 'ssh-ed25519 AAAA ops\n', 0o600)] },
    negative: { files: [file('root/.ssh/known_hosts', 'github.com ssh-ed25519 AAAA\n')] },
  },
  'cis-4.8-setuid-file': { positive: mode('usr/bin/passwd', 0o4755), negative: mode('usr/bin/passwd', 0o755) },
  'cis-4.8-setgid-file': { positive: mode('usr/bin/wall', 0o2755), negative: mode('usr/bin/wall', 0o755) },
  'perm-world-writable-file': {
    positive: mode('app/config.yml', 0o666),
    negative: {
      files: [file('app/config.yml', 'a: 1\n', 0o644), { path: 'app/link', type: 'symlink', linkTarget: 'config.yml' }],
    },
  },
  'perm-world-writable-dir-no-sticky': {
    positive: { files: [{ path: 'data', type: 'dir', mode: 0o777 }] },
    negative: {
      files: [
        { path: 'tmp', type: 'dir', mode: 0o1777 },
        { path: 'data', type: 'dir', mode: 0o775 },
      ],
    },
  },
  'perm-passwd-writable': { positive: mode('etc/passwd', 0o664), negative: mode('etc/passwd', 0o644) },
  'perm-shadow-writable': { positive: mode('etc/shadow', 0o660), negative: mode('etc/shadow', 0o640) },
  'perm-shadow-world-readable': { positive: mode('etc/shadow', 0o644), negative: mode('etc/shadow', 0o000) },
  'perm-sudoers-writable': { positive: mode('etc/sudoers', 0o666), negative: mode('etc/sudoers', 0o440) },
  'cis-4.3-compiler-installed': {
    positive: { packages: ['gcc', 'make'] },
    negative: { packages: ['libgcc', 'gcc-doc'] },
  },
  'cis-4.3-debugger-installed': { positive: { packages: ['strace'] }, negative: { packages: ['gdbm'] } },
  'cis-4.3-network-tool-installed': {
    positive: { packages: ['nmap', 'tcpdump'] },
    negative: { packages: ['nmap-scripts', 'libpcap'] },
  },
  'cis-4.3-remote-access-server-installed': {
    positive: { packages: ['openssh-server'] },
    negative: { packages: ['openssh-client'] },
  },
  'cis-4.3-sudo-installed': { positive: { packages: ['sudo'] }, negative: { packages: ['su-exec'] } },
  'pkg-apt-cache-left': {
    positive: { files: [file('var/cache/apt/archives/curl_8.5.0-1_amd64.deb', '!<arch>\n')] },
    negative: {
      files: [file('var/lib/apt/lists/lock', ''), file('var/lib/apt/lists/partial/x', 'partial download')],
    },
  },
  'pkg-apk-cache-left': {
    positive: { files: [file('var/cache/apk/APKINDEX.abc123.tar.gz', 'index')] },
    negative: { files: [{ path: 'var/cache/apk', type: 'dir' }] },
  },
  'pkg-yum-cache-left': {
    positive: { files: [file('var/cache/dnf/baseos-0123/repodata/primary.xml.gz', 'xml')] },
    negative: { files: [file('var/lib/dnf/history.sqlite', 'db')] },
  },
  'pkg-pip-cache-left': {
    positive: { files: [file('root/.cache/pip/http-v2/a/b/c', 'wheel')] },
    negative: { files: [file('root/.cache/fontconfig/x', 'font')] },
  },
  'pkg-node-cache-left': {
    positive: { files: [file('home/node/.npm/_cacache/index-v5/aa/bb', 'entry')] },
    negative: { files: [file('root/.npm/_logs/debug.log', 'log')] },
  },
  'os-end-of-life': { positive: { alpine: '3.10.9' }, negative: { alpine: '3.22.1' } },
};

const inspectors = [baselineInspector()];

describe('baseline checks', () => {
  it('has a positive and a negative fixture for every check, and no fixture without a check', () => {
    expect(Object.keys(CASES).sort()).toEqual(BASELINE_CHECKS.map((c) => c.ruleId).sort());
  });

  describe.each(BASELINE_CHECKS.map((c) => [c.ruleId, c] as const))('%s', (ruleId, check) => {
    const cases = CASES[ruleId];
    it('reports the positive fixture with a location and safe evidence', async () => {
      if (!cases) throw new Error(`no fixture for ${ruleId}`);
      const report = await scanTestImage(cases.positive, inspectors);
      const found = report.inspection?.baseline.filter((f) => f.ruleId === ruleId) ?? [];
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f).toMatchObject({ kind: 'baseline', level: check.level, title: check.title });
        expect(f.cis).toBe(check.cis);
        expect(f.location.path !== undefined || f.location.configKey !== undefined).toBe(true);
        if (check.file) expect(f.location.layer?.index).toBe(1);
        if (
          check.file?.wants(f.location.path ?? '', {
            path: '',
            type: 'file',
            size: 1,
            mode: 0o644,
            layer: { index: 1, digest: '', diffId: '' },
          }) === 'content'
        ) {
          expect(f.location.line).toBeGreaterThan(0);
        }
        expect(f.evidence?.length ?? 0).toBeLessThanOrEqual(120);
        for (const secret of ['S3cr3tPassw0rd!', 'hunter2hunter2', '0123456789abcdef', 'abJnggxhB/yWI']) {
          expect(f.evidence ?? '').not.toContain(secret);
        }
      }
    });
    it('does not report the negative fixture', async () => {
      if (!cases) throw new Error(`no fixture for ${ruleId}`);
      const report = await scanTestImage(cases.negative, inspectors);
      expect(report.inspection?.baseline.filter((f) => f.ruleId === ruleId)).toEqual([]);
    });
  });
});
