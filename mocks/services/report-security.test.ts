import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanSeverity } from '@/api/contract/scans';
import { actionQuery, callAction, expectBusinessError, rawCall } from '../testing/api';
import { buyCloudEngine } from '../testing/cloud-engine';
import { instanceImages, prodTag, scanTag } from '../testing/reports';
import { shanghaiDate } from './report-data';

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
});

const LEVELS: ScanSeverity[] = ['High', 'Medium', 'Low', 'Unknown'];

function levelCounts(severities: ScanSeverity[]) {
  const counts = { Total: severities.length, High: 0, Medium: 0, Low: 0, Unknown: 0 };
  for (const s of severities) counts[s] += 1;
  return counts;
}

describe('GetSecurityReport', () => {
  it('sums exactly what the latest scans list, raw and after exceptions', async () => {
    const webApi = await prodTag('web-api', '1.4.2');
    const nginx = await prodTag('nginx', '1.25-alpine');
    const portal = await prodTag('legacy-portal', '1.0');
    await scanTag(webApi);
    await scanTag(nginx);
    await scanTag(portal);
    await scanTag(nginx); // a rescan: only the latest counts
    const { InstanceId } = webApi;
    await callAction('CreateVulnException', {
      InstanceId,
      CveId: 'CVE-2023-5363',
      ScopeType: 'NAMESPACE',
      NamespaceName: 'prod',
      Reason: 'accepted',
      Author: 'test',
    });

    const report = await callAction('GetSecurityReport', { InstanceId, RegionId: 'cn-hangzhou', Days: 7 });
    const images = await instanceImages(InstanceId);
    const scanned = images.filter((i) => i.status?.Status === 'COMPLETE');
    const rows = scanned.flatMap((i) => i.rows);

    expect(report.ArtifactsTotal).toBe(images.length);
    expect(report.ArtifactsScanned).toBe(scanned.length);
    expect(scanned).toHaveLength(3);
    expect(report.Levels.Raw).toEqual(levelCounts(rows.map((r) => r.Severity)));
    expect(report.Levels.Raw.Total).toBeGreaterThan(0);

    // After exceptions: the rows no exception in force covers.
    const effective = rows.filter((r) => r.CveName !== 'CVE-2023-5363').map((r) => r.Severity);
    expect(rows.some((r) => r.CveName === 'CVE-2023-5363')).toBe(true);
    expect(report.Levels.Effective).toEqual(levelCounts(effective));
    for (const image of scanned) {
      const ex = await callAction('GetRepoTagScanExceptions', image.tag);
      expect(ex.Raw.Total).toBe(image.rows.length);
    }

    // Ecosystems partition the findings.
    expect(report.Ecosystems.reduce((n, e) => n + e.Count, 0)).toBe(rows.length);
    expect(report.Ecosystems.map((e) => e.Ecosystem)).toContain('alpine');

    // Top images: each one's counts are its rows; sorted by High, Medium, Total.
    expect(report.TopImages.length).toBe(Math.min(5, scanned.filter((i) => i.rows.length > 0).length));
    for (const top of report.TopImages) {
      const image = scanned.find((i) => i.tag.RepoId === top.RepoId && i.tag.Tag === top.Tag);
      expect(image).toBeDefined();
      expect({ ...top }).toMatchObject(levelCounts(image?.rows.map((r) => r.Severity) ?? []));
      expect(`${top.Namespace}/${top.RepoName}`).toBe(`${image?.namespace}/${image?.repoName}`);
    }
    const keys = report.TopImages.map((t) => ({ High: t.High, Medium: t.Medium, Total: t.Total }));
    expect(keys).toEqual([...keys].sort((a, b) => b.High - a.High || b.Medium - a.Medium || b.Total - a.Total));

    // Top CVEs: affected images counted from the rows.
    for (const cve of report.TopCves) {
      const affected = scanned.filter((i) => i.rows.some((r) => r.CveName === cve.CveId));
      expect(cve.Images).toBe(affected.length);
      const packages = new Set(
        affected.flatMap((i) => i.rows.filter((r) => r.CveName === cve.CveId).map((r) => r.Feature)),
      );
      expect(cve.Packages).toEqual([...packages].sort());
    }
    const maxImages = Math.max(
      ...[...new Set(rows.map((r) => r.CveName))].map(
        (id) => scanned.filter((i) => i.rows.some((r) => r.CveName === id)).length,
      ),
    );
    expect(report.TopCves[0]?.Images).toBe(maxImages);

    // Trend: one row per day, ending today; today's counts are the latest scans'.
    expect(report.Trend).toHaveLength(7);
    const dates = report.Trend.map((p) => p.Date);
    expect(dates.at(-1)).toBe(shanghaiDate(Date.now()));
    for (let i = 1; i < dates.length; i++) {
      expect(Date.parse(`${dates[i]}T00:00:00Z`) - Date.parse(`${dates[i - 1]}T00:00:00Z`)).toBe(86_400_000);
    }
    const today = report.Trend.at(-1);
    expect(today).toMatchObject({ ...Object.fromEntries(LEVELS.map((l) => [l, report.Levels.Raw[l]])), Scans: 4 });
    expect(report.Trend.slice(0, -1).every((p) => p.High + p.Medium + p.Low + p.Unknown === 0)).toBe(true);

    // Fix progress today: every finding once; the excepted ones are 已忽略.
    const fix = report.FixProgress.at(-1);
    expect(fix && fix.Unfixed + fix.Fixing + fix.Fixed + fix.Ignored).toBe(rows.length);
    expect(fix?.Ignored).toBe(rows.length - effective.length);
    expect(report.FixProgress).toHaveLength(7);

    // No cloud-engine scan yet: no compliance rows.
    expect(report.Compliance).toEqual([]);
  }, 120_000);

  it('rates CIS compliance over the cloud-scanned images, as each scan’s compliance view says', async () => {
    await buyCloudEngine(50, 1);
    const portal = await prodTag('legacy-portal', '1.0');
    const clean = await prodTag('legacy-portal', '1.1');
    await scanTag(portal, 'SAS_SCAN_SERVICE');
    await scanTag(clean, 'SAS_SCAN_SERVICE');
    const report = await callAction('GetSecurityReport', { InstanceId: portal.InstanceId, RegionId: 'cn-hangzhou' });
    expect(report.Trend).toHaveLength(30);

    const views = [
      await callAction('ListScanComplianceByTask', portal),
      await callAction('ListScanComplianceByTask', clean),
    ];
    expect(report.Compliance.length).toBe(views[0]?.Items.length);
    for (const row of report.Compliance) {
      const failed = views.filter((v) => v.Items.find((i) => i.Cis === row.CisItem)?.Status === 'FAIL').length;
      expect({ item: row.CisItem, failed: row.Failed, passed: row.Passed }).toEqual({
        item: row.CisItem,
        failed,
        passed: 2 - failed,
      });
      expect(row.PassRate).toBe(Math.round((100 * (2 - failed)) / 2));
      expect(row.Title['zh-CN']).not.toBe('');
      // A failing item leads to a failing image's CIS view (the one failing most); a passed one to none.
      const sides = [portal, clean];
      const fails = views.map((v) => v.Items.filter((i) => i.Status === 'FAIL').length);
      const failing = sides.filter((_, k) => views[k]?.Items.find((i) => i.Cis === row.CisItem)?.Status === 'FAIL');
      const worst = failing.length === 2 && (fails[1] ?? 0) > (fails[0] ?? 0) ? clean : failing[0];
      if (!worst) expect(row.WorstImage).toBeUndefined();
      else expect(row.WorstImage).toMatchObject({ RepoId: worst.RepoId, Tag: worst.Tag, Namespace: 'prod' });
    }
    expect(report.Compliance.some((row) => row.Failed > 0)).toBe(true);
  }, 120_000);

  it('tracks one-click fixes: the fixed CVEs of the source tag count as 已修复', async () => {
    await buyCloudEngine(50, 1);
    const nginx = await prodTag('nginx', '1.25-alpine');
    await scanTag(nginx, 'SAS_SCAN_SERVICE');
    const { FixTaskId } = await callAction('CreateRepoTagFixTask', nginx);
    await expect
      .poll(
        async () =>
          (await callAction('ListRepoTagFixTask', { InstanceId: nginx.InstanceId })).FixTasks.find(
            (t) => t.FixTaskId === FixTaskId,
          )?.Status,
        { timeout: 30_000, interval: 100 },
      )
      .toBe('SUCCESS');
    const task = (await callAction('ListRepoTagFixTask', { InstanceId: nginx.InstanceId })).FixTasks[0];
    // The new tag is scanned by the fix; wait for that scan to finish too.
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', { ...nginx, Tag: task?.NewTag ?? '' })).Status, {
        timeout: 30_000,
        interval: 100,
      })
      .toBe('COMPLETE');
    const report = await callAction('GetSecurityReport', {
      InstanceId: nginx.InstanceId,
      RegionId: 'cn-hangzhou',
      Days: 7,
    });
    const images = await instanceImages(nginx.InstanceId);
    const source = images.find((i) => i.tag.RepoId === nginx.RepoId && i.tag.Tag === nginx.Tag);
    const fixed = source?.rows.filter((r) => task?.CveNames.includes(r.CveName)).length ?? 0;
    expect(fixed).toBeGreaterThan(0);
    const today = report.FixProgress.at(-1);
    expect(today?.Fixed).toBe(fixed);
    expect(today?.Fixing).toBe(0);
    const total = images.reduce((n, i) => n + i.rows.length, 0);
    expect((today?.Unfixed ?? 0) + (today?.Fixed ?? 0) + (today?.Ignored ?? 0)).toBe(total);
    // The chart's 已修复 clicks through to a search that lists exactly those findings.
    const search = await callAction('SearchVulnerabilities', {
      InstanceId: nginx.InstanceId,
      FixState: 'FIXED',
      PageSize: 100,
    });
    expect(search.TotalCount).toBe(fixed);
    expect(search.Items.every((hit) => hit.Tag === nginx.Tag && task?.CveNames.includes(hit.CveId))).toBe(true);
  }, 120_000);

  it('accepts only 7, 30 or 90 days', async () => {
    const bad = await rawCall(actionQuery('GetSecurityReport', { RegionId: 'cn-hangzhou', Days: 14 }));
    expect(bad.status).toBe(400);
    const ninety = await callAction('GetSecurityReport', { RegionId: 'cn-hangzhou', Days: 90 });
    expect(ninety.Trend).toHaveLength(90);
  });

  it('covers every instance of the region without InstanceId, and rejects an unknown instance', async () => {
    const nginx = await prodTag('nginx', '1.25-alpine');
    await scanTag(nginx);
    const region = await callAction('GetSecurityReport', { RegionId: 'cn-hangzhou', Days: 30 });
    const one = await callAction('GetSecurityReport', { InstanceId: nginx.InstanceId, RegionId: 'cn-hangzhou' });
    expect(region.InstanceIds.length).toBeGreaterThan(1);
    expect(region.InstanceIds).toContain(nginx.InstanceId);
    expect(region.ArtifactsTotal).toBeGreaterThan(one.ArtifactsTotal);
    expect(region.Levels.Raw).toEqual(one.Levels.Raw);
    await expectBusinessError(
      'GetSecurityReport',
      { InstanceId: 'cri-nonexistent0000', RegionId: 'cn-hangzhou' },
      'INSTANCE_NOT_EXIST',
    );
  }, 60_000);
});
