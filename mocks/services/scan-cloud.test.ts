import { beforeEach, describe, expect, it } from 'vitest';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { buyCloudEngine } from '../testing/cloud-engine';

let tag: { InstanceId: string; RepoId: string; Tag: string };

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  const InstanceId = (await instanceByName('acr-prod-hz')).InstanceId;
  tag = { InstanceId, RepoId: await repoIdOf(InstanceId, 'prod', 'nginx'), Tag: '1.25-alpine' };
});

async function scanWith(ScanService: 'ACR_SCAN_SERVICE' | 'SAS_SCAN_SERVICE') {
  await callAction('CreateRepoTagScanTask', { ...tag, ScanService });
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
    .toBe('COMPLETE');
  return callAction('GetRepoTagScanStatus', tag);
}

describe('cloud-security findings of a scan', () => {
  it('are not there for a Trivy scan: the reads say to scan with the cloud engine first', async () => {
    await scanWith('ACR_SCAN_SERVICE');
    await expectBusinessError('ListScanBaselineByTask', tag, 'SCAN_TASK_NOT_SAS');
    await expectBusinessError('ListScanMaliciousFileByTask', tag, 'SCAN_TASK_NOT_SAS');
  });

  it('lists the baseline risks the engine found in the image, one row per check, with where', async () => {
    await buyCloudEngine(50, 1);
    const { ScanTaskId } = await scanWith('SAS_SCAN_SERVICE');
    const { ScanBaselines, TotalCount } = await callAction('ListScanBaselineByTask', tag);
    expect(TotalCount).toBe(ScanBaselines.length);
    // The nginx demo image sets no USER and no HEALTHCHECK, and runs on an Alpine release past its end of life.
    const byKey = new Map(ScanBaselines.map((row) => [row.BaselineNameKey, row]));
    const noUser = byKey.get('cis-4.1-no-user');
    expect(noUser).toMatchObject({ ScanTaskId, Cis: '4.1', Kind: 'baseline', BaselineItemCount: 1 });
    expect(noUser?.Locations[0]?.ConfigKey).toMatch(/^config\.User/);
    expect(noUser?.BaselineNameAlias).toMatch(/[\u4e00-\u9fff]/);
    expect(byKey.has('cis-4.6-no-healthcheck')).toBe(true);
    expect(byKey.has('os-end-of-life')).toBe(true);

    const english = await callAction('ListScanBaselineByTask', { ...tag, Lang: 'en-US' });
    expect(english.ScanBaselines.find((row) => row.BaselineNameKey === 'cis-4.1-no-user')?.BaselineNameAlias).toMatch(
      /^[\x20-\x7e]+$/,
    );
    const levels = new Set(ScanBaselines.map((row) => row.BaselineNameLevel));
    for (const level of levels) {
      const filtered = await callAction('ListScanBaselineByTask', { ...tag, Level: level.toUpperCase() as 'high' });
      expect(filtered.ScanBaselines.every((row) => row.BaselineNameLevel === level)).toBe(true);
      expect(filtered.TotalCount).toBe(ScanBaselines.filter((row) => row.BaselineNameLevel === level).length);
    }
    const secrets = await callAction('ListScanBaselineByTask', { ...tag, Kind: 'secret' });
    expect(secrets.TotalCount).toBe(0);
  });

  it('groups the baseline results by CIS Docker Benchmark item', async () => {
    await buyCloudEngine(50, 1);
    await scanWith('SAS_SCAN_SERVICE');
    const { Items, PassRate } = await callAction('ListScanComplianceByTask', tag);
    const byItem = new Map(Items.map((item) => [item.Cis, item]));
    expect(byItem.get('4.1')).toMatchObject({ Status: 'FAIL', FindingCount: 1 });
    expect(byItem.get('4.1')?.FailedChecks.map((check) => check.Key)).toEqual(['cis-4.1-no-user']);
    expect(byItem.get('4.6')?.Status).toBe('FAIL');
    expect(byItem.get('4.9')).toMatchObject({ Status: 'PASS', FailedChecks: [], FindingCount: 0 });
    const passed = Items.filter((item) => item.Status === 'PASS').length;
    expect(PassRate).toBe(Math.round((100 * passed) / Items.length));
    expect(Items.map((item) => item.Cis)).toEqual(
      [...Items.map((item) => item.Cis)].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])),
    );
  });

  it('has no malicious samples in a clean demo image', async () => {
    await buyCloudEngine(50, 1);
    await scanWith('SAS_SCAN_SERVICE');
    const malicious = await callAction('ListScanMaliciousFileByTask', tag);
    expect(malicious).toMatchObject({ ScanMaliciousFiles: [], TotalCount: 0, Code: 0 });
  });
});
