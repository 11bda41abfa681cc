import { beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '@/api/contract/reports';
import type { ScanVulnerability } from '@/api/contract/scans';
import { actionQuery, callAction, rawCall } from '../testing/api';
import { instanceImages, prodTag, scanTag } from '../testing/reports';

let InstanceId: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  const webApi = await prodTag('web-api', '1.4.2');
  InstanceId = webApi.InstanceId;
  await scanTag(webApi);
  await scanTag(await prodTag('nginx', '1.25-alpine'));
  await scanTag(await prodTag('web-api', '1.4.3'));
});

const RANK = { High: 3, Medium: 2, Low: 1, Unknown: 0 } as const;

async function everyHit(params: Omit<Parameters<typeof callAction<'SearchVulnerabilities'>>[1], 'PageNo'>) {
  const hits: SearchHit[] = [];
  for (let PageNo = 1; ; PageNo++) {
    const page = await callAction('SearchVulnerabilities', { ...params, PageNo, PageSize: 7 });
    hits.push(...page.Items);
    if (page.Items.length === 0 || hits.length >= page.TotalCount) return { hits, total: page.TotalCount };
  }
}

describe('SearchVulnerabilities', () => {
  it('lists every finding of every latest scan, in a stable order across pages', async () => {
    const images = await instanceImages(InstanceId);
    const rows = images.flatMap((i) => i.rows);
    const { hits, total } = await everyHit({ InstanceId });
    expect(total).toBe(rows.length);
    expect(hits).toHaveLength(rows.length);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]] as [SearchHit, SearchHit];
      const order = RANK[b.Severity] - RANK[a.Severity] || (b.Cvss ?? -1) - (a.Cvss ?? -1) || 0;
      expect(order).toBeLessThanOrEqual(0);
    }
    const first = await callAction('SearchVulnerabilities', { InstanceId, PageNo: 1, PageSize: 100 });
    expect(first.Items.slice(0, 7)).toEqual(hits.slice(0, 7));
    expect(hits[0]).toMatchObject({ Namespace: expect.any(String), Digest: expect.stringMatching(/^sha256:/) });
  }, 60_000);

  it('stacks CVE, severity, fixable and CVSS filters (AND)', async () => {
    const images = await instanceImages(InstanceId);
    const all = images.flatMap((i) => i.rows.map((row) => ({ row, image: i })));
    const want = (pred: (r: ScanVulnerability) => boolean) => all.filter(({ row }) => pred(row)).length;

    const high = await callAction('SearchVulnerabilities', { InstanceId, Severity: 'High' });
    expect(high.TotalCount).toBe(want((r) => r.Severity === 'High'));
    const highMedium = await callAction('SearchVulnerabilities', { InstanceId, Severity: ['High', 'Medium'] });
    expect(highMedium.TotalCount).toBe(want((r) => r.Severity === 'High' || r.Severity === 'Medium'));
    const comma = await callAction('SearchVulnerabilities', { InstanceId, Severity: 'High,Medium' });
    expect(comma.TotalCount).toBe(highMedium.TotalCount);

    const stacked = await everyHit({ InstanceId, Severity: 'High,Medium', Fixable: true, CvssMin: 7, CvssMax: 9.8 });
    const expected = want(
      (r) =>
        (r.Severity === 'High' || r.Severity === 'Medium') &&
        r.VersionFixed !== '' &&
        r.CvssScore !== undefined &&
        r.CvssScore >= 7 &&
        r.CvssScore <= 9.8,
    );
    expect(expected).toBeGreaterThan(0);
    expect(stacked.total).toBe(expected);
    for (const hit of stacked.hits) {
      expect(hit.FixedVersion).toBeTruthy();
      expect(hit.Cvss).toBeGreaterThanOrEqual(7);
      expect(hit.Cvss).toBeLessThanOrEqual(9.8);
    }

    const cve = await callAction('SearchVulnerabilities', { InstanceId, CveId: 'cve-2023-5363', Fixable: true });
    expect(cve.TotalCount).toBe(want((r) => r.CveName === 'CVE-2023-5363' && r.VersionFixed !== ''));
    expect(cve.TotalCount).toBeGreaterThan(0);
    expect(new Set(cve.Items.map((h) => `${h.RepoName}:${h.Tag}`)).size).toBeGreaterThan(1);

    const inRepo = await callAction('SearchVulnerabilities', {
      InstanceId,
      RepoName: 'web-api',
      Tag: '1.4.2',
      Package: 'ssl',
    });
    expect(inRepo.TotalCount).toBe(
      all.filter(
        ({ row, image }) => image.repoName === 'web-api' && image.tag.Tag === '1.4.2' && row.Feature.includes('ssl'),
      ).length,
    );
    const glob = await callAction('SearchVulnerabilities', { InstanceId, RepoName: 'web-*', CveId: 'CVE-2023-*' });
    expect(glob.TotalCount).toBe(
      all.filter(({ row, image }) => image.repoName.startsWith('web-') && row.CveName.startsWith('CVE-2023-')).length,
    );
    expect(glob.TotalCount).toBeGreaterThan(0);
    expect((await callAction('SearchVulnerabilities', { InstanceId, Namespace: 'pro' })).TotalCount).toBe(0);
    const unfixable = await callAction('SearchVulnerabilities', { InstanceId, Fixable: false });
    expect(unfixable.TotalCount).toBe(want((r) => r.VersionFixed === ''));
  }, 60_000);

  it('marks the findings an exception in force covers', async () => {
    await callAction('CreateVulnException', {
      InstanceId,
      CveId: 'CVE-2023-5363',
      ScopeType: 'REPO',
      NamespaceName: 'prod',
      RepoName: 'web-api',
      Reason: 'accepted',
      Author: 'test',
    });
    const { Items } = await callAction('SearchVulnerabilities', { InstanceId, CveId: 'CVE-2023-5363', PageSize: 100 });
    expect(Items.length).toBeGreaterThan(1);
    for (const hit of Items) expect(hit.Excepted).toBe(hit.RepoName === 'web-api');
    expect(Items.some((hit) => !hit.Excepted)).toBe(true);
  });

  it('filters by ecosystem, exception and fix state, agreeing with the report’s charts', async () => {
    await callAction('CreateVulnException', {
      InstanceId,
      CveId: 'CVE-2023-5363',
      ScopeType: 'REPO',
      NamespaceName: 'prod',
      RepoName: 'web-api',
      Reason: 'accepted',
      Author: 'test',
    });
    const report = await callAction('GetSecurityReport', { InstanceId, RegionId: 'cn-hangzhou', Days: 7 });
    expect(report.Ecosystems.length).toBeGreaterThan(1);
    // Each ecosystem bar clicks through to exactly its count.
    for (const { Ecosystem, Count } of report.Ecosystems) {
      const page = await callAction('SearchVulnerabilities', { InstanceId, Ecosystem, PageSize: 100 });
      expect({ Ecosystem, total: page.TotalCount }).toEqual({ Ecosystem, total: Count });
      expect(page.Items.every((hit) => hit.Ecosystem === Ecosystem)).toBe(true);
    }
    expect((await callAction('SearchVulnerabilities', { InstanceId, Ecosystem: 'alp' })).TotalCount).toBe(0);

    // 已忽略 = Excepted; the raw/effective levels split the same way.
    const excepted = await everyHit({ InstanceId, Excepted: true });
    expect(excepted.total).toBe(report.Levels.Raw.Total - report.Levels.Effective.Total);
    expect(excepted.hits.every((hit) => hit.Excepted && hit.CveId === 'CVE-2023-5363')).toBe(true);
    const notExcepted = await callAction('SearchVulnerabilities', { InstanceId, Excepted: false, Severity: 'High' });
    expect(notExcepted.TotalCount).toBe(report.Levels.Effective.High);

    // The fix-progress chart's today column, state by state.
    const today = report.FixProgress.at(-1);
    const states = { UNFIXED: today?.Unfixed, FIXING: today?.Fixing, FIXED: today?.Fixed, IGNORED: today?.Ignored };
    for (const [FixState, count] of Object.entries(states)) {
      const page = await callAction('SearchVulnerabilities', { InstanceId, FixState: FixState as 'UNFIXED' });
      expect({ FixState, total: page.TotalCount }).toEqual({ FixState, total: count });
    }
    const ignored = await callAction('SearchVulnerabilities', { InstanceId, FixState: ['IGNORED'], PageSize: 100 });
    expect(ignored.Items.every((hit) => hit.FixState === 'IGNORED')).toBe(true);
    const either = await callAction('SearchVulnerabilities', { InstanceId, FixState: 'unfixed,IGNORED' });
    expect(either.TotalCount).toBe((today?.Unfixed ?? 0) + (today?.Ignored ?? 0));
    const bad = await rawCall(actionQuery('SearchVulnerabilities', { InstanceId, FixState: 'DONE' }));
    expect(bad.status).toBe(400);
  }, 60_000);

  it('rejects an unknown severity and an inverted CVSS range', async () => {
    const bad = await rawCall(actionQuery('SearchVulnerabilities', { InstanceId, Severity: 'High,Critical' }));
    expect(bad.status).toBe(400);
    const inverted = await rawCall(actionQuery('SearchVulnerabilities', { InstanceId, CvssMin: 8, CvssMax: 2 }));
    expect(inverted.status).toBe(400);
  });
});
