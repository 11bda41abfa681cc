/**
 * The latest-findings index behind 漏洞检索: it answers exactly what the search answered when it re-read and
 * re-classified everything per request, and it is rebuilt after every change it depends on, whoever made it
 * (this backend, or another one on the same database: another tab), while time-dependent state (exceptions
 * expiring) is decided per request.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '@/api/contract/reports';
import { backend } from '../node';
import { readRamAction } from '../ram/visibility';
import { callAction } from '../testing/api';
import { prodTag, scanTag, type TagRef } from '../testing/reports';
import { type Clock, createServiceContext, type ServiceContext } from './context';
import { digestOf, fixStateOf, imageFindings, loadReportData, severityRank } from './report-data';
import { globMatches, type SearchFilters, searchHits } from './search';
import { deleteRepoTag } from './tags';
import { createVulnException } from './vuln-exceptions';

let InstanceId: string;
let webApi: TagRef;
/** Other backends on the same database (other tabs), closed after each test. */
const tabs: ServiceContext[] = [];

function otherTab(clock?: Clock): ServiceContext {
  const tab = { ...createServiceContext(), ...(clock ? { clock } : {}) };
  tabs.push(tab);
  return tab;
}

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  webApi = await prodTag('web-api', '1.4.2');
  InstanceId = webApi.InstanceId;
  await scanTag(webApi);
  await scanTag(await prodTag('nginx', '1.25-alpine'));
});

afterEach(() => {
  for (const tab of tabs.splice(0)) tab.store.close();
});

/**
 * The search as it was before the index, kept here as the reference: the report data read afresh (a new
 * backend has nothing cached), every finding classified, filtered one by one, turned into a hit and sorted.
 */
async function fullScan(filters: SearchFilters, now = Date.now()): Promise<SearchHit[]> {
  const fresh = otherTab({ now: () => now });
  const data = await loadReportData(
    fresh,
    { InstanceId: filters.InstanceId },
    { ramAction: readRamAction('SearchVulnerabilities'), latestOnly: true },
  );
  const contains = (value: string, filter?: string) =>
    !filter?.trim() || value.toLowerCase().includes(filter.trim().toLowerCase());
  const hits: SearchHit[] = [];
  for (const f of imageFindings(data, now)) {
    const { row, image, scan } = f;
    const fixState = fixStateOf(data, f, now);
    if (!globMatches(row.CveName, filters.CveId, true) || !contains(row.Feature, filters.Package)) continue;
    if (!globMatches(image.repo.RepoNamespaceName, filters.Namespace)) continue;
    if (!globMatches(image.repo.RepoName, filters.RepoName) || !globMatches(image.tag.Tag, filters.Tag)) continue;
    if (filters.Severity?.length && !filters.Severity.includes(row.Severity)) continue;
    if (filters.CvssMin !== undefined && !(row.CvssScore !== undefined && row.CvssScore >= filters.CvssMin)) continue;
    if (filters.CvssMax !== undefined && !(row.CvssScore !== undefined && row.CvssScore <= filters.CvssMax)) continue;
    if (filters.Fixable !== undefined && (row.VersionFixed !== '') !== filters.Fixable) continue;
    if (filters.Ecosystem && f.ecosystem !== filters.Ecosystem) continue;
    if (filters.Excepted !== undefined && f.excepted !== filters.Excepted) continue;
    if (filters.FixState?.length && !filters.FixState.includes(fixState)) continue;
    hits.push({
      CveId: row.CveName,
      Severity: row.Severity,
      ...(row.CvssScore === undefined ? {} : { Cvss: row.CvssScore }),
      Package: row.Feature,
      Version: row.Version,
      ...(row.VersionFixed ? { FixedVersion: row.VersionFixed } : {}),
      Ecosystem: f.ecosystem,
      Namespace: image.repo.RepoNamespaceName,
      RepoName: image.repo.RepoName,
      RepoId: image.repo.RepoId,
      Tag: image.tag.Tag,
      Digest: digestOf(scan.Digest),
      ScanTaskId: scan.ScanTaskId,
      Excepted: f.excepted,
      FixState: fixState,
    });
  }
  const text = (a: string, b: string) => a.localeCompare(b);
  return hits.sort(
    (a, b) =>
      severityRank(b.Severity) - severityRank(a.Severity) ||
      (b.Cvss ?? -1) - (a.Cvss ?? -1) ||
      text(a.CveId, b.CveId) ||
      text(a.Namespace, b.Namespace) ||
      text(a.RepoName, b.RepoName) ||
      text(a.Tag, b.Tag) ||
      text(a.Package, b.Package) ||
      text(a.Version, b.Version),
  );
}

/**
 * Asserts that the backend's index is in use (two loads share the snapshot it is built from): the tests of
 * invalidation would prove nothing if nothing were cached.
 */
async function expectCached(ctx: ServiceContext = backend): Promise<void> {
  const load = () => loadReportData(ctx, { InstanceId }, { latestOnly: true });
  const first = (await load()).sources[0];
  expect(first).toBeDefined();
  expect((await load()).sources[0]).toBe(first);
}

/** Every hit, through the API (the backend the page talks to, with its cache). */
async function apiHits(filters: Omit<SearchFilters, 'InstanceId'> = {}): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  for (let PageNo = 1; ; PageNo++) {
    const page = await callAction('SearchVulnerabilities', { InstanceId, ...filters, PageNo, PageSize: 100 });
    hits.push(...page.Items);
    if (page.Items.length === 0 || hits.length >= page.TotalCount) return hits;
  }
}

const exceptWebApi = (ctx: ServiceContext | undefined, ExpireTime?: number) => {
  const params = {
    InstanceId,
    CveId: 'CVE-2023-5363',
    ScopeType: 'REPO' as const,
    NamespaceName: 'prod',
    RepoName: 'web-api',
    Reason: 'accepted',
    Author: 'test',
    ...(ExpireTime === undefined ? {} : { ExpireTime }),
  };
  return ctx ? createVulnException(ctx, params) : callAction('CreateVulnException', params);
};

describe('the latest-findings index', () => {
  it('answers every filter exactly as the full scan per request did', async () => {
    await exceptWebApi(undefined);
    const filterSets: Omit<SearchFilters, 'InstanceId'>[] = [
      {},
      { Severity: ['High', 'Medium'] },
      { CveId: 'cve-2023-*' },
      { CveId: 'CVE-2023-5363' },
      { Package: 'SSL' },
      { Namespace: 'prod', RepoName: 'web-*', Tag: '1.4.*' },
      { CvssMin: 7, CvssMax: 9.8, Fixable: true },
      { Fixable: false },
      { Excepted: true },
      { Excepted: false, Severity: ['High'] },
      { FixState: ['IGNORED'] },
      { FixState: ['UNFIXED', 'FIXING'] },
    ];
    const ecosystems = new Set((await fullScan({ InstanceId })).map((h) => h.Ecosystem));
    expect(ecosystems.size).toBeGreaterThan(1);
    for (const Ecosystem of ecosystems) filterSets.push({ Ecosystem });
    for (const filters of filterSets) {
      const expected = await fullScan({ InstanceId, ...filters });
      expect({ filters, hits: await searchHits(backend, { InstanceId, ...filters }) }).toEqual({
        filters,
        hits: expected,
      });
    }
    // The sets are not vacuous: the exception and the glob filters both select something, not everything.
    const all = (await fullScan({ InstanceId })).length;
    const excepted = (await fullScan({ InstanceId, Excepted: true })).length;
    expect(excepted).toBeGreaterThan(0);
    expect(excepted).toBeLessThan(all);
  }, 60_000);

  it('is kept while nothing changes, and rebuilt after a write', async () => {
    const load = () => loadReportData(backend, { InstanceId }, { latestOnly: true });
    const first = await load();
    expect((await load()).sources[0]).toBe(first.sources[0]);
    await exceptWebApi(undefined);
    expect((await load()).sources[0]).not.toBe(first.sources[0]);
  });

  it('sees a new scan complete', async () => {
    const before = await apiHits();
    await expectCached();
    const newTag = await prodTag('web-api', '1.4.3');
    await scanTag(newTag);
    const after = await apiHits();
    const ofNewTag = after.filter((h) => h.RepoName === 'web-api' && h.Tag === '1.4.3');
    expect(ofNewTag.length).toBeGreaterThan(0);
    expect(after.length).toBe(before.length + ofNewTag.length);
    expect(after).toEqual(await fullScan({ InstanceId }));
  }, 60_000);

  it('forgets a deleted tag', async () => {
    expect((await apiHits({ RepoName: 'web-api', Tag: '1.4.2' })).length).toBeGreaterThan(0);
    await expectCached();
    await callAction('DeleteRepoTag', webApi);
    expect(await apiHits({ RepoName: 'web-api', Tag: '1.4.2' })).toEqual([]);
    expect(await apiHits()).toEqual(await fullScan({ InstanceId }));
  });

  it('marks the findings of a new exception at once', async () => {
    expect(await apiHits({ Excepted: true })).toEqual([]);
    await expectCached();
    await exceptWebApi(undefined);
    const excepted = await apiHits({ Excepted: true });
    expect(excepted.length).toBeGreaterThan(0);
    expect(excepted.every((h) => h.CveId === 'CVE-2023-5363' && h.RepoName === 'web-api')).toBe(true);
  });

  it('lets an exception expire with the clock, with no write in between', async () => {
    const now = Date.now();
    await exceptWebApi(undefined, now + 86_400_000);
    // The tab's clock starts after the exception was created (before that, it did not exist yet).
    let clockNow = Date.now();
    const tab = otherTab({ now: () => clockNow });
    const ignored = await searchHits(tab, { InstanceId, FixState: ['IGNORED'] });
    expect(ignored.length).toBeGreaterThan(0);
    await expectCached(tab);
    // Two days later: the same cached index, but the exception no longer holds.
    clockNow = now + 2 * 86_400_000;
    expect(await searchHits(tab, { InstanceId, FixState: ['IGNORED'] })).toEqual([]);
    const again = await searchHits(tab, { InstanceId, CveId: 'CVE-2023-5363', RepoName: 'web-api' });
    expect(again.length).toBe(ignored.length);
    expect(again.every((h) => !h.Excepted && h.FixState === 'UNFIXED')).toBe(true);
    expect(again).toEqual(await fullScan({ InstanceId, CveId: 'CVE-2023-5363', RepoName: 'web-api' }, clockNow));
  });

  it('starts over after a world reset', async () => {
    expect((await apiHits()).length).toBeGreaterThan(0);
    await expectCached();
    await callAction('ResetDemoWorld', { SeedName: 'default' });
    // The seed's ids are stable: the same instance, now without any scan.
    expect(await apiHits()).toEqual([]);
  });

  it('sees the writes of another tab on the same database', async () => {
    const tab = otherTab();
    // Both backends have built their index.
    const before = await apiHits();
    expect(await searchHits(tab, { InstanceId })).toEqual(before);
    await expectCached();
    await expectCached(tab);

    // The other tab adds an exception: this backend's next search shows it.
    await exceptWebApi(tab);
    expect((await apiHits({ Excepted: true })).length).toBeGreaterThan(0);
    await expectCached();

    // The other tab deletes a tag: gone here too.
    await deleteRepoTag(tab, webApi);
    expect(await apiHits({ RepoName: 'web-api', Tag: '1.4.2' })).toEqual([]);
    await expectCached(tab);

    // And the other way round: a scan completing here is seen by the other tab.
    await scanTag(await prodTag('web-api', '1.4.3'));
    const there = await searchHits(tab, { InstanceId, RepoName: 'web-api', Tag: '1.4.3' });
    expect(there.length).toBeGreaterThan(0);
    expect(there).toEqual(await apiHits({ RepoName: 'web-api', Tag: '1.4.3' }));
  }, 60_000);
});
