import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reason } from '@/api/contract/reasons';
import type { ScanVulnerability } from '@/api/contract/scans';
import { backend } from '../node';
import { fixImageBlobs } from '../scan-worker/fix-image';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { buyCloudEngine, setImageQuota } from '../testing/cloud-engine';
import { createScanHost } from './context';
import { STALE_AFTER_MS } from './scan-tasks';

type Tag = { InstanceId: string; RepoId: string; Tag: string };

const originalHost = backend.scans;
afterEach(() => {
  backend.scans = originalHost;
  delete backend.fixer;
});

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
});

async function tagOf(instance: string, namespace: string, repo: string, tag: string, region?: string) {
  const { InstanceId } = await instanceByName(instance, region);
  return { InstanceId, RepoId: await repoIdOf(InstanceId, namespace, repo), Tag: tag };
}

async function scan(tag: Tag, ScanService: 'SAS_SCAN_SERVICE' | 'ACR_SCAN_SERVICE' = 'SAS_SCAN_SERVICE') {
  await callAction('CreateRepoTagScanTask', { ...tag, ScanService });
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
    .toBe('COMPLETE');
  return callAction('GetRepoTagScanStatus', tag);
}

async function allRows(tag: Tag & { ScanTaskId?: string }): Promise<ScanVulnerability[]> {
  const rows: ScanVulnerability[] = [];
  for (let PageNo = 1; ; PageNo++) {
    const page = await callAction('ListRepoTagScanResult', { ...tag, PageNo, PageSize: 100 });
    rows.push(...page.Vulnerabilities);
    if (rows.length >= page.TotalCount || page.Vulnerabilities.length === 0) return rows;
  }
}

const key = (row: ScanVulnerability) => `${row.CveName} ${row.Feature}`;
const cveKeys = (rows: ScanVulnerability[]) => [...new Set(rows.filter((r) => r.ScanType === 'cve').map(key))].sort();

async function waitFix(tag: Tag, FixTaskId: string) {
  await expect
    .poll(
      async () => (await callAction('ListRepoTagFixTask', tag)).FixTasks.find((t) => t.FixTaskId === FixTaskId)?.Status,
      { timeout: 30_000, interval: 50 },
    )
    .not.toBe('FIXING');
  const task = (await callAction('ListRepoTagFixTask', tag)).FixTasks.find((t) => t.FixTaskId === FixTaskId);
  if (!task) throw new Error('fix task missing');
  return task;
}

/** Fixes a tag end to end and checks the new tag against the original. */
async function fixAndCheck(tag: Tag, CveNames?: string[]) {
  await buyCloudEngine(100);
  const source = await scan(tag);
  const before = await allRows(tag);
  const plan = await callAction('PlanRepoTagFix', { ...tag, ...(CveNames ? { CveNames } : {}) });
  expect(plan.ScanTaskId).toBe(source.ScanTaskId);
  expect(plan.Packages.length).toBeGreaterThan(0);
  expect(plan.Dockerfile).toContain(`RUN ${plan.Command}`);
  const started = Date.now();
  const { FixTaskId, NewTag } = await callAction('CreateRepoTagFixTask', { ...tag, ...(CveNames ? { CveNames } : {}) });
  expect(NewTag).toMatch(new RegExp(`^${tag.Tag.replace(/\./g, '\\.')}_fix_\\d{13}$`));
  expect(Number(NewTag.slice(-13))).toBeGreaterThanOrEqual(started);
  const fix = await waitFix(tag, FixTaskId);
  expect(fix).toMatchObject({ Status: 'SUCCESS', NewTag, SourceTag: tag.Tag, SourceDigest: source.Digest });
  expect(fix.Packages).toEqual(plan.Packages);
  expect(fix.Command).toBe(plan.Command);

  // The original tag is untouched; the new tag lives in the same repository.
  const original = await callAction('GetRepoTag', tag);
  expect(original.Digest).toBe(source.Digest);
  const fixedTag = { ...tag, Tag: NewTag };
  const pushed = await callAction('GetRepoTag', fixedTag);
  expect(pushed.Digest).not.toBe(source.Digest);

  // The new tag is scanned by the cloud engine.
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', fixedTag)).Status, { timeout: 20_000, interval: 50 })
    .toBe('COMPLETE');
  expect((await callAction('GetRepoTagScanStatus', fixedTag)).ScanService).toBe('SAS_SCAN_SERVICE');
  const after = await allRows(fixedTag);
  const fixed = new Set(plan.Packages.flatMap((p) => p.CveNames.map((cve) => `${cve} ${p.Name}`)));
  // Exactly the fixed findings are gone (plus, for a partial selection, lower fixes of the same packages).
  const upgraded = new Set(plan.Packages.map((p) => p.Name));
  for (const k of fixed) expect(cveKeys(after)).not.toContain(k);
  const untouched = (rows: ScanVulnerability[]) => cveKeys(rows.filter((r) => !upgraded.has(r.Feature)));
  expect(untouched(after)).toEqual(untouched(before));
  if (!CveNames) {
    expect(cveKeys(after)).toEqual(cveKeys(before.filter((r) => !r.VersionFixed)));
  }
  // Application findings are not a package-manager fix: they stay.
  const sca = (rows: ScanVulnerability[]) =>
    rows
      .filter((r) => r.ScanType === 'sca')
      .map(key)
      .sort();
  expect(sca(after)).toEqual(sca(before));
  // The source rows now say 修复成功 for what was fixed.
  const statuses = await allRows({ ...tag, ScanTaskId: source.ScanTaskId });
  for (const row of statuses.filter((r) => r.ScanType === 'cve')) {
    expect(row.FixStatus).toBe(fixed.has(key(row)) ? 'FIXED' : 'UNFIXED');
  }
  // The original still has what was fixed.
  expect(cveKeys(await allRows(tag)).filter((k) => fixed.has(k)).length).toBe(fixed.size);
  return { plan, fix, before, after };
}

describe('one-click fix (一键修复)', () => {
  it('fixes every fixable system vulnerability of an Alpine image into a new tag', async () => {
    const { plan } = await fixAndCheck(await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine'));
    expect(plan.PackageManager).toBe('apk');
    // The OS as the scan found it, release included.
    expect(plan.Os).toBe('alpine 3.18.0');
    expect(plan.Command).toMatch(/^apk add --no-cache --upgrade /);
  });

  it('fixes one selected vulnerability of a Debian image', async () => {
    const tag = await tagOf('acr-prod-hz', 'dev', 'python-worker', '0.9.0');
    await buyCloudEngine(100);
    await scan(tag);
    const target = (await allRows(tag)).find((r) => r.ScanType === 'cve' && r.VersionFixed);
    if (!target) throw new Error('no fixable vulnerability');
    // A fresh world for the checked run: the purchase is done again there.
    await callAction('ResetDemoWorld', { SeedName: 'default' });
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const fresh = await tagOf('acr-prod-hz', 'dev', 'python-worker', '0.9.0');
    const { plan } = await fixAndCheck(fresh, [target.CveName]);
    expect(plan.PackageManager).toBe('apt-get');
    expect(plan.Packages.flatMap((p) => p.CveNames)).toContain(target.CveName);
  });

  it('fixes a Rocky Linux image (rpm, SQLite database)', async () => {
    const { plan } = await fixAndCheck(await tagOf('acr-global-sg', 'base', 'rockylinux', '9', 'ap-southeast-1'));
    expect(plan.PackageManager).toBe('dnf');
  });

  it('fixes the Alpine image that carries malware samples', async () => {
    await fixAndCheck(await tagOf('acr-prod-hz', 'prod', 'legacy-portal', '1.0'));
  });

  it('shows 修复中 while the fix runs, then 修复成功', async () => {
    const tag = await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine');
    await buyCloudEngine(100);
    await scan(tag);
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    backend.fixer = { fixImage: async (job) => gate.then(() => fixImageBlobs(job)) };
    const { FixTaskId } = await callAction('CreateRepoTagFixTask', tag);
    const fixing = await allRows(tag);
    const fixable = fixing.filter((r) => r.ScanType === 'cve' && r.VersionFixed);
    expect(new Set(fixable.map((r) => r.FixStatus))).toEqual(new Set(['FIXING']));
    expect((await callAction('ListRepoTagFixTask', tag)).FixTasks[0]).toMatchObject({ FixTaskId, Status: 'FIXING' });
    release();
    expect((await waitFix(tag, FixTaskId)).Status).toBe('SUCCESS');
    const fixed = (await allRows(tag)).filter((r) => r.ScanType === 'cve' && r.VersionFixed);
    expect(new Set(fixed.map((r) => r.FixStatus))).toEqual(new Set(['FIXED']));
  });

  it('refuses a Trivy result: one-click fix is a cloud-security engine capability', async () => {
    const tag = await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine');
    await buyCloudEngine(100);
    await scan(tag, 'ACR_SCAN_SERVICE');
    await expectBusinessError('PlanRepoTagFix', tag, 'FIX_ENGINE_NOT_SAS');
    await expectBusinessError('CreateRepoTagFixTask', tag, 'FIX_ENGINE_NOT_SAS');
    // Trivy rows carry no fix status.
    expect((await allRows(tag)).every((r) => r.FixStatus === undefined)).toBe(true);
  });

  it('answers FIX_NOTHING_TO_FIX when nothing selected has a fixed version', async () => {
    await buyCloudEngine(100);
    const clean = await tagOf('acr-global-sg', 'global', 'hello', '1.0', 'ap-southeast-1');
    await scan(clean);
    await expectBusinessError('CreateRepoTagFixTask', clean, 'FIX_NOTHING_TO_FIX');
    const tag = await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine');
    await scan(tag);
    await expectBusinessError('PlanRepoTagFix', { ...tag, CveNames: ['CVE-0000-0000'] }, 'FIX_NOTHING_TO_FIX');
    const unfixed = (await allRows(tag)).find((r) => r.ScanType === 'cve' && !r.VersionFixed);
    if (unfixed) {
      await expectBusinessError('CreateRepoTagFixTask', { ...tag, CveNames: [unfixed.CveName] }, 'FIX_NOTHING_TO_FIX');
    }
    expect((await callAction('ListRepoTagFixTask', tag)).TotalCount).toBe(0);
  });

  it('answers SAS_NOT_PURCHASED when the engine has expired', async () => {
    const tag = await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine');
    await buyCloudEngine(100);
    await scan(tag);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 400 * 24 * 3600 * 1000);
      await expectBusinessError('PlanRepoTagFix', tag, 'SAS_NOT_PURCHASED');
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails a fix left 修复中 by a page that was reloaded', async () => {
    const tag = await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine');
    await buyCloudEngine(100);
    await scan(tag);
    backend.fixer = { fixImage: () => new Promise(() => {}) };
    const { FixTaskId } = await callAction('CreateRepoTagFixTask', tag);
    // The page reloads: a new backend instance, whose runner knows nothing of the old fix.
    backend.scans = createScanHost(originalHost.runner);
    expect((await callAction('ListRepoTagFixTask', tag)).FixTasks[0]?.Status).toBe('FIXING');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + STALE_AFTER_MS + 1000);
      const [task] = (await callAction('ListRepoTagFixTask', tag)).FixTasks;
      expect(task).toMatchObject({ FixTaskId, Status: 'FAILED', FailReason: reason('fix-interrupted') });
    } finally {
      vi.useRealTimers();
    }
    const rows = (await allRows(tag)).filter((r) => r.ScanType === 'cve');
    expect(new Set(rows.map((r) => r.FixStatus))).toEqual(new Set(['UNFIXED']));
  });

  it('ends FAILED with a readable reason when the image cannot be fixed', async () => {
    const tag = await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine');
    await buyCloudEngine(100);
    await scan(tag);
    backend.fixer = {
      fixImage: async () => ({ ok: false, reason: 'PLAN_MISMATCH', message: 'package musl is not installed' }),
    };
    const { FixTaskId, NewTag } = await callAction('CreateRepoTagFixTask', tag);
    const fix = await waitFix(tag, FixTaskId);
    expect(fix.Status).toBe('FAILED');
    expect(fix.FailReason).toMatch(/^The fix failed: a package to upgrade is not installed/);
    await expectBusinessError('GetRepoTag', { ...tag, Tag: NewTag }, 'TAG_NOT_EXIST');
  });

  it('succeeds once the fixed tag is pushed, noting a scan refused for used-up image authorisations', async () => {
    const tag = await tagOf('acr-prod-hz', 'prod', 'nginx', '1.25-alpine');
    await buyCloudEngine(100);
    await scan(tag);
    await setImageQuota(backend, 1); // the source image took the only authorisation
    const { FixTaskId, NewTag } = await callAction('CreateRepoTagFixTask', tag);
    const fix = await waitFix(tag, FixTaskId);
    expect(fix).toMatchObject({
      Status: 'SUCCESS',
      ScanRefusedReason: reason('quota-exceeded', { used: 1, quota: 1 }),
    });
    expect(fix.FailReason).toBeUndefined();
    const fixedTag = { ...tag, Tag: NewTag };
    expect((await callAction('GetRepoTag', fixedTag)).Digest).not.toBe((await callAction('GetRepoTag', tag)).Digest);
    await expectBusinessError('GetRepoTagScanStatus', fixedTag, 'SCAN_TASK_NOT_EXIST');
  });

  it('lists fix tasks by instance, repository and tag, and checks its parameters', async () => {
    const { InstanceId } = await instanceByName('acr-prod-hz');
    expect(await callAction('ListRepoTagFixTask', { InstanceId })).toMatchObject({ FixTasks: [], TotalCount: 0 });
    await expectBusinessError('ListRepoTagFixTask', { InstanceId: 'cri-nope' }, 'INSTANCE_NOT_EXIST');
  });
});
