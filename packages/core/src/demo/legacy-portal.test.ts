import { describe, expect, it } from 'vitest';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';
import { bytesBlob } from '../image/read/sources';
import { baselineInspector } from '../inspect/baseline';
import type { InspectionFinding } from '../inspect/inspector';
import { malwareInspector } from '../inspect/malware';
import { secretsInspector } from '../inspect/secrets';
import type { ScanReport } from '../report/scan-report';
import { scanImage } from '../scan/scan-image';
import {
  AWS_ACCESS_KEY_LINE,
  DB_PASSWORD,
  EMPTY_PASSWORD_ACCOUNT,
  FAKE_AWS_ACCESS_KEY_ID,
  FAKE_AWS_SECRET_ACCESS_KEY,
  LEGACY_PORTAL,
  legacyPortalRecipe,
  LEGACY_PORTAL_PATHS as P,
} from './legacy-portal';
import type { DemoVariant } from './types';

const now = () => new Date('2026-11-28T00:00:00Z');

const reports = new Map<DemoVariant, Promise<ScanReport>>();
function scan(variant: DemoVariant): Promise<ScanReport> {
  let report = reports.get(variant);
  if (!report) {
    report = (async () => {
      const built = await buildImage(legacyPortalRecipe.spec({ variant }));
      return scanImage(bytesBlob(writeDockerArchive(built, [LEGACY_PORTAL])), {
        now,
        inspectors: [baselineInspector(), secretsInspector(), malwareInspector()],
      });
    })();
    reports.set(variant, report);
  }
  return report;
}

const all = (r: ScanReport): InspectionFinding[] => [
  ...(r.inspection?.baseline ?? []),
  ...(r.inspection?.secrets ?? []),
  ...(r.inspection?.malware ?? []),
];
const at = (r: ScanReport, kind: InspectionFinding['kind'], path: string) =>
  all(r).filter((f) => f.kind === kind && f.location.path === path);
const byRule = (r: ScanReport, ruleId: string) => all(r).filter((f) => f.ruleId === ruleId);

/** The rule ids each sample must raise in the vulnerable variant, and must not raise in the patched one. */
const SAMPLE_RULES = [
  'eicar-test-file',
  'reverse-shell-dev-tcp',
  'webshell-php-eval-request',
  'private-key',
  'aws-access-key-id',
  'aws-secret-access-key',
  'cis-4.10-secret-in-env',
  'cis-4.10-secret-in-history',
  'cis-4.1-no-user',
  'image-exposed-remote-login-port',
  'image-sshd-entrypoint',
  'account-empty-password',
  'cis-4.8-setuid-file',
  'ssh-permit-root-login',
  'ssh-password-authentication',
];
/** Rules of the same risks the vulnerable variant happens not to raise (a hash match skips the EICAR content
 * rule; with no USER at all, `cis-4.1-no-user` applies rather than `cis-4.1-root-user`). */
const RELATED_RULES = ['eicar-test-string', 'cis-4.1-root-user', 'account-passwd-empty-password'];

describe(`${LEGACY_PORTAL} (vulnerable)`, () => {
  it('generated credentials have the right shape and are not documentation examples', () => {
    expect(FAKE_AWS_ACCESS_KEY_ID).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(FAKE_AWS_ACCESS_KEY_ID).not.toBe('AKIAIOSFODNN7EXAMPLE');
    expect(FAKE_AWS_ACCESS_KEY_ID).not.toContain('EXAMPLE');
    expect(FAKE_AWS_SECRET_ACCESS_KEY).toMatch(/^[A-Za-z0-9+/]{40}$/);
  });

  it('flags the EICAR test file as malware at its path', async () => {
    const found = at(await scan('vulnerable'), 'malware', P.eicar);
    expect(found.map((f) => f.ruleId).some((id) => id.startsWith('eicar'))).toBe(true);
    expect(found[0]?.level).toBe('serious');
  });

  it('flags the reverse-shell script run from cron as malware at its line', async () => {
    const found = at(await scan('vulnerable'), 'malware', P.reverseShell);
    expect(found.map((f) => [f.ruleId, f.location.line])).toContainEqual(['reverse-shell-dev-tcp', 5]);
  });

  it('flags the PHP web shell as malware', async () => {
    const found = at(await scan('vulnerable'), 'malware', P.webShell);
    expect(found.map((f) => f.ruleId)).toContain('webshell-php-eval-request');
  });

  it('flags root’s SSH private key as a secret', async () => {
    const found = at(await scan('vulnerable'), 'secret', P.privateKey);
    expect(found.map((f) => f.ruleId)).toContain('private-key');
    for (const f of found) expect(f.evidence ?? '').not.toContain('MIIEpAIBAAKCAQEA');
  });

  it('flags the AWS access key in the ini file at its line, masked', async () => {
    const found = at(await scan('vulnerable'), 'secret', P.awsConfig);
    const key = found.find((f) => f.ruleId === 'aws-access-key-id');
    expect(key?.location.line).toBe(AWS_ACCESS_KEY_LINE);
    expect(key?.evidence ?? '').not.toContain(FAKE_AWS_ACCESS_KEY_ID);
    expect(found.map((f) => f.ruleId)).toContain('aws-secret-access-key');
  });

  it('flags the password in Env with its config key, masked', async () => {
    const report = await scan('vulnerable');
    const env = report.imageConfig?.config?.Env ?? [];
    const index = env.indexOf(`DB_PASSWORD=${DB_PASSWORD}`);
    expect(index).toBeGreaterThanOrEqual(0);
    const found = byRule(report, 'cis-4.10-secret-in-env');
    expect(found.map((f) => f.location.configKey)).toEqual([`config.Env[${index}]`]);
    expect(found[0]?.evidence ?? '').not.toContain(DB_PASSWORD);
    expect(byRule(report, 'cis-4.10-secret-in-history')).not.toHaveLength(0);
  });

  it('flags running as root, port 22 and sshd in Cmd', async () => {
    const report = await scan('vulnerable');
    expect(byRule(report, 'cis-4.1-no-user').map((f) => f.location.configKey)).toEqual(['config.User']);
    expect(byRule(report, 'image-exposed-remote-login-port').map((f) => f.location.configKey)).toEqual([
      'config.ExposedPorts.22/tcp',
    ]);
    expect(byRule(report, 'image-sshd-entrypoint').map((f) => f.location.configKey)).toEqual(['config.Cmd']);
  });

  it('flags the empty-password account in etc/shadow', async () => {
    const found = byRule(await scan('vulnerable'), 'account-empty-password');
    expect(found.map((f) => [f.location.path, f.evidence])).toEqual([[P.shadow, `${EMPTY_PASSWORD_ACCOUNT}:(empty)`]]);
  });

  it('flags the setuid helper', async () => {
    const found = byRule(await scan('vulnerable'), 'cis-4.8-setuid-file');
    expect(found.map((f) => f.location.path)).toEqual([P.setuid]);
    expect(found[0]?.evidence).toContain('mode 4755');
  });

  it('flags sshd_config allowing root and password logins', async () => {
    const report = await scan('vulnerable');
    expect(byRule(report, 'ssh-permit-root-login').map((f) => f.location.path)).toEqual([P.sshdConfig]);
    expect(byRule(report, 'ssh-password-authentication').map((f) => f.location.path)).toEqual([P.sshdConfig]);
  });

  it('has vulnerable Alpine packages (系统漏洞)', async () => {
    const report = await scan('vulnerable');
    expect(report.os).toMatchObject({ family: 'alpine', name: '3.18.0' });
    const names = new Set(report.vulnerabilities.map((v) => v.pkgName));
    expect(names.has('curl') || names.has('libcurl')).toBe(true);
    expect(names.has('libcrypto3') || names.has('libssl3')).toBe(true);
  });

  it('declares every package the scan finds', async () => {
    const report = await scan('vulnerable');
    const found = new Set(report.inventory.osPackages.map((p) => `${p.name}@${p.version}`));
    expect(legacyPortalRecipe.packages().filter((p) => !found.has(`${p.name}@${p.version}`))).toEqual([]);
  });
});

describe(`${LEGACY_PORTAL} (patched)`, () => {
  it.each(SAMPLE_RULES)('raises no %s (which the vulnerable variant raises)', async (ruleId) => {
    expect(byRule(await scan('vulnerable'), ruleId)).not.toHaveLength(0);
    expect(byRule(await scan('patched'), ruleId)).toEqual([]);
  });

  it.each(RELATED_RULES)('raises no %s', async (ruleId) => {
    expect(byRule(await scan('patched'), ruleId)).toEqual([]);
  });

  it('has no secret or malware finding at all', async () => {
    const report = await scan('patched');
    expect(report.inspection?.secrets).toEqual([]);
    expect(report.inspection?.malware).toEqual([]);
  });

  it('runs as www-data with a health check and upgraded packages', async () => {
    const [vulnerable, patched] = await Promise.all([scan('vulnerable'), scan('patched')]);
    expect(patched.imageConfig?.config?.User).toBe('www-data');
    expect(byRule(patched, 'cis-4.6-no-healthcheck')).toEqual([]);
    expect(patched.os).toMatchObject({ family: 'alpine', name: '3.18.8' });
    expect(patched.vulnerabilities.length).toBeLessThan(vulnerable.vulnerabilities.length);
    const found = new Set(patched.inventory.osPackages.map((p) => `${p.name}@${p.version}`));
    expect(
      legacyPortalRecipe.packages({ variant: 'patched' }).filter((p) => !found.has(`${p.name}@${p.version}`)),
    ).toEqual([]);
  });
});
