import { describe, expect, it } from 'vitest';
import { opaque, whiteout } from '../../image/image-spec';
import type { LayerFile } from '../../types/image';
import type { BaselineFinding, ImageFacts } from '../inspector';
import { compareFindings } from '../run-inspectors';
import { baselineInspector } from './baseline-inspector';
import { baselineCompliance, CIS_ITEMS } from './compliance';
import { BASELINE_CHECKS } from './registry';
import { scanTestImage } from './test-image';

const layer = { index: 0, digest: `sha256:${'0'.repeat(64)}`, diffId: `sha256:${'1'.repeat(64)}` };
const HAN = /[\u4e00-\u9fff]/;

describe('BASELINE_CHECKS', () => {
  it('has at least 40 checks with unique rule ids', () => {
    const ids = BASELINE_CHECKS.map((c) => c.ruleId);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
  });

  it('gives every check texts in both languages, a detector and a known CIS item', () => {
    for (const check of BASELINE_CHECKS) {
      for (const text of [check.title, check.category, check.description, check.remediation]) {
        expect(text['zh-CN'].trim(), check.ruleId).not.toBe('');
        expect(text['en-US'].trim(), check.ruleId).not.toBe('');
        expect(text['zh-CN'], check.ruleId).toMatch(HAN);
        expect(text['en-US'], check.ruleId).not.toMatch(HAN);
      }
      expect(['high', 'medium', 'low']).toContain(check.level);
      expect(Boolean(check.file) || Boolean(check.image), check.ruleId).toBe(true);
      if (check.cis) expect(Object.keys(CIS_ITEMS)).toContain(check.cis);
    }
  });
});

describe('baselineInspector', () => {
  it('never throws on hostile files and keeps evidence short', () => {
    const inspector = baselineInspector();
    const garbage = [
      new Uint8Array(0),
      Uint8Array.from({ length: 70000 }, (_, i) => (i * 7919) % 256),
      new TextEncoder().encode(`${':'.repeat(100000)}\n${'a'.repeat(200000)}\n\r\n\u0000`),
      new TextEncoder().encode(`PermitRootLogin ${'yes '.repeat(50000)}\n${'NOPASSWD:'.repeat(20000)} ALL\n`),
      new TextEncoder().encode(`${'x:'.repeat(50000)}\n:::::::\n\n#\nroot:${'$'.repeat(10000)}\n`),
    ];
    const paths = ['etc/passwd', 'etc/shadow', 'etc/sudoers', 'etc/sudoers.d/x', 'etc/ssh/sshd_config'];
    const started = Date.now();
    for (const path of paths) {
      for (const content of garbage) {
        const file: LayerFile = { path, type: 'file', size: content.length, mode: 0o7777, layer };
        expect(inspector.wants(path, file)).toBe('content');
        const found = inspector.inspect({ path, file, content }) as BaselineFinding[];
        for (const f of found) expect(f.evidence?.length ?? 0).toBeLessThanOrEqual(120);
      }
    }
    expect(Date.now() - started).toBeLessThan(5000);
    const facts: ImageFacts = {
      config: {
        architecture: 'amd64',
        os: 'linux',
        created: '',
        config: {
          Env: ['=', 'PASSWORD', `TOKEN=${'a'.repeat(100000)}`, 42 as unknown as string],
          ExposedPorts: { '': {}, 'x/tcp': {}, '99999999/udp': {} },
          Cmd: [null as unknown as string, 'sshd'],
          Labels: { 'org.opencontainers.image.base.name': '::::' },
        },
        rootfs: { type: 'layers', diff_ids: [] },
        history: [
          { created: '', created_by: `RUN ${'curl '.repeat(20000)}| sh` },
          { created: '', created_by: `${'A=b '.repeat(20000)}` },
          null as unknown as { created: string; created_by: string },
          { created: '', created_by: 42 as unknown as string },
        ],
      },
      osPackages: [],
      layers: [layer],
      finalFiles: new Map(),
    };
    for (const f of inspector.finish?.(facts) ?? []) expect(f.evidence?.length ?? 0).toBeLessThanOrEqual(120);
  });

  it('skips content checks of a file that arrives without content (over the size limit)', () => {
    const inspector = baselineInspector();
    const file: LayerFile = { path: 'etc/shadow', type: 'file', size: 10, mode: 0o644, layer };
    expect(inspector.inspect({ path: 'etc/shadow', file })).toEqual([
      expect.objectContaining({ ruleId: 'perm-shadow-world-readable' }),
    ]);
  });

  it('is asked about directories and symlinks too, and ignores symlink modes', () => {
    const inspector = baselineInspector();
    expect(inspector.wants('data', { path: 'data', type: 'dir', size: 0, mode: 0o777, layer })).toBe('meta');
    expect(inspector.wants('tmp', { path: 'tmp', type: 'dir', size: 0, mode: 0o1777, layer })).toBe(false);
    expect(inspector.wants('bin/sh', { path: 'bin/sh', type: 'symlink', size: 0, mode: 0o777, layer })).toBe(false);
  });
});

describe('scanImage with the baseline inspector', () => {
  it('reports what the final filesystem holds: files fixed or deleted in later layers are not reported', async () => {
    const report = await scanTestImage(
      {
        config: { User: 'app', Healthcheck: { Test: ['CMD', 'true'] } },
        files: [
          { path: 'etc/shadow', content: 'root:::0:::::\n', mode: 0o644 },
          { path: 'etc/ssh/sshd_config', content: '# defaults\nPermitRootLogin yes\n' },
          { path: 'etc/ssh/ssh_host_rsa_key', content: 'PRIVATE', mode: 0o600 },
          { path: 'var/cache/apk/APKINDEX.0.tar.gz', content: 'index' },
          { path: 'usr/bin/su', content: 'ELF', mode: 0o4755 },
          { path: 'data', type: 'dir', mode: 0o777 },
        ],
        layers: [
          {
            createdBy:
              'RUN /bin/sh -c passwd -l root && rm -f /etc/ssh/ssh_host_* && rm -rf /var/cache/apk/* # buildkit',
            files: [
              { path: 'etc/shadow', content: 'root:!::0:::::\n', mode: 0o640 },
              whiteout('etc/ssh/ssh_host_rsa_key'),
              opaque('var/cache/apk'),
              { path: 'data', type: 'dir', mode: 0o750 },
            ],
          },
        ],
      },
      [baselineInspector()],
    );
    const baseline = report.inspection?.baseline ?? [];
    const ids = baseline.map((f) => f.ruleId);
    for (const fixed of [
      'account-empty-password',
      'perm-shadow-world-readable',
      'ssh-host-private-key',
      'pkg-apk-cache-left',
      'perm-world-writable-dir-no-sticky',
      'cis-4.1-no-user',
      'cis-4.6-no-healthcheck',
    ]) {
      expect(ids).not.toContain(fixed);
    }
    expect(baseline.find((f) => f.ruleId === 'ssh-permit-root-login')?.location).toMatchObject({
      path: 'etc/ssh/sshd_config',
      line: 2,
      layer: { index: 1 },
    });
    expect(baseline.find((f) => f.ruleId === 'cis-4.8-setuid-file')).toMatchObject({
      cis: '4.8',
      location: { path: 'usr/bin/su', layer: { index: 1 } },
      evidence: 'mode 4755, uid 0, gid 0',
    });
    expect(report.inspection?.secrets).toEqual([]);
    expect(report.inspection?.malware).toEqual([]);
    expect([...baseline].sort(compareFindings)).toEqual(baseline);

    const compliance = baselineCompliance(baseline);
    expect(compliance.map((c) => c.cis)).toEqual(['4.1', '4.2', '4.3', '4.6', '4.7', '4.8', '4.9', '4.10']);
    expect(compliance.find((c) => c.cis === '4.8')).toMatchObject({
      status: 'fail',
      failedRuleIds: ['cis-4.8-setuid-file'],
      findings: 1,
    });
    expect(compliance.find((c) => c.cis === '4.1')).toMatchObject({ status: 'pass', failedRuleIds: [], findings: 0 });
    expect(compliance.find((c) => c.cis === '4.1')?.ruleIds).toEqual(['cis-4.1-no-user', 'cis-4.1-root-user']);
  });

  it('reports a file with a finding in the layer that last wrote it, once', async () => {
    const sshd = { path: 'etc/ssh/sshd_config', content: 'PermitRootLogin yes\n' };
    const report = await scanTestImage(
      { files: [sshd], layers: [{ createdBy: 'RUN touch', files: [{ ...sshd, content: '\nPermitRootLogin yes\n' }] }] },
      [baselineInspector()],
    );
    const found = report.inspection?.baseline.filter((f) => f.ruleId === 'ssh-permit-root-login');
    expect(found?.map((f) => [f.location.layer?.index, f.location.line])).toEqual([[2, 2]]);
  });
});
