import { beforeEach, describe, expect, it } from 'vitest';
import type { ActionRequest } from '@/api/contract/actions';
import { backend } from '../node';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { HIGH_RULE, scanRows, scanTag, type TagRef } from '../testing/policies';

const HOUR = 3_600_000;
let now: number;
let prodHz: string;
let vulnerable: TagRef;
let patched: TagRef;

beforeEach(async () => {
  now = Date.now();
  backend.clock = { now: () => now };
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  const nginx = await repoIdOf(prodHz, 'prod', 'nginx');
  vulnerable = { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' };
  patched = { InstanceId: prodHz, RepoId: nginx, Tag: '1.25.3-alpine' };
});

type CreateParams = ActionRequest<'CreateVulnException'>;

const exception = (overrides: Partial<CreateParams> = {}): CreateParams => ({
  InstanceId: prodHz,
  CveId: 'CVE-2023-5363',
  ScopeType: 'TAG',
  NamespaceName: 'prod',
  RepoName: 'nginx',
  Tag: '1.25-alpine',
  Reason: 'not reachable: TLS terminates at the load balancer',
  Author: 'alice',
  ...overrides,
});

const check = (RepoName: string, Tag: string, NamespaceName = 'prod') =>
  callAction('CheckDeployment', { InstanceId: prodHz, NamespaceName, RepoName, Tag });

const scanExceptions = (tag: TagRef) => callAction('GetRepoTagScanExceptions', tag);

/** The distinct CVE ids of the tag's High findings. */
async function highCves(tag: TagRef): Promise<string[]> {
  return [...new Set((await scanRows(tag)).filter((v) => v.Severity === 'High').map((v) => v.CveName))];
}

async function exceptAll(cves: readonly string[], overrides: Partial<CreateParams> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (const CveId of cves)
    ids.push((await callAction('CreateVulnException', exception({ CveId, ...overrides }))).ExceptionId);
  return ids;
}

describe('creating, listing and deleting exceptions', () => {
  it('checks the scope names against the scope type', async () => {
    const illegal: Partial<CreateParams>[] = [
      { ScopeType: 'TAG', Tag: undefined },
      { ScopeType: 'TAG', RepoName: undefined },
      { ScopeType: 'REPO' },
      { ScopeType: 'NAMESPACE', Tag: undefined },
      { ScopeType: 'NAMESPACE', RepoName: undefined },
    ];
    for (const overrides of illegal) {
      await expectBusinessError('CreateVulnException', exception(overrides), 'EXCEPTION_SCOPE_ILLEGAL');
    }
  });

  it('needs the namespace and repository to exist, and an expiry ahead', async () => {
    await expectBusinessError('CreateVulnException', exception({ NamespaceName: 'nope' }), 'NAMESPACE_NOT_EXIST');
    await expectBusinessError('CreateVulnException', exception({ RepoName: 'nope' }), 'REPO_NOT_EXIST');
    await expectBusinessError('CreateVulnException', exception({ ExpireTime: now }), 'EXCEPTION_EXPIRE_ILLEGAL');
    await expectBusinessError('CreateVulnException', exception({ ExpireTime: now - 1 }), 'EXCEPTION_EXPIRE_ILLEGAL');
    await expect(callAction('CreateVulnException', exception({ ExpireTime: now + 1 }))).resolves.toMatchObject({
      ExceptionId: expect.stringMatching(/^crve-[0-9a-z]{16}$/),
    });
  });

  it('lists newest first, filtered and paged, and deletes', async () => {
    const first = (await callAction('CreateVulnException', exception({ CveId: 'CVE-2023-0001' }))).ExceptionId;
    now += 1000;
    const second = (
      await callAction(
        'CreateVulnException',
        exception({ CveId: 'CVE-2024-0002', ScopeType: 'NAMESPACE', RepoName: undefined, Tag: undefined }),
      )
    ).ExceptionId;
    now += 1000;
    const third = (
      await callAction(
        'CreateVulnException',
        exception({ CveId: 'CVE-2024-0003', NamespaceName: 'dev', RepoName: 'web-api', Tag: 'x' }),
      )
    ).ExceptionId;

    const all = await callAction('ListVulnException', { InstanceId: prodHz });
    expect(all.Exceptions.map((e) => e.ExceptionId)).toEqual([third, second, first]);
    expect(all.Exceptions[1]).toMatchObject({ ScopeType: 'NAMESPACE', NamespaceName: 'prod', Expired: false });
    expect(all.Exceptions[1]).not.toHaveProperty('RepoName');

    const byCve = await callAction('ListVulnException', { InstanceId: prodHz, CveId: 'cve-2024' });
    expect(byCve.Exceptions.map((e) => e.ExceptionId)).toEqual([third, second]);
    const byNamespace = await callAction('ListVulnException', { InstanceId: prodHz, NamespaceName: 'prod' });
    expect(byNamespace.Exceptions.map((e) => e.ExceptionId)).toEqual([second, first]);
    const page = await callAction('ListVulnException', { InstanceId: prodHz, PageNo: 2, PageSize: 2 });
    expect({ ids: page.Exceptions.map((e) => e.ExceptionId), total: page.TotalCount }).toEqual({
      ids: [first],
      total: 3,
    });

    await callAction('DeleteVulnException', { InstanceId: prodHz, ExceptionId: second });
    expect((await callAction('ListVulnException', { InstanceId: prodHz })).TotalCount).toBe(2);
    await expectBusinessError(
      'DeleteVulnException',
      { InstanceId: prodHz, ExceptionId: second },
      'EXCEPTION_NOT_EXIST',
    );
  });
});

describe('exceptions in the policy and the scan counts', () => {
  it('an exception for every High CVE lets the denied tag through; raw and effective counts differ', async () => {
    await scanTag(vulnerable);
    await callAction('CreateDeployPolicy', {
      InstanceId: prodHz,
      NamespaceName: 'prod',
      Enabled: true,
      ...HIGH_RULE,
    });
    expect((await check('nginx', '1.25-alpine')).Allowed).toBe(false);

    const cves = await highCves(vulnerable);
    const ids = await exceptAll(cves);
    const rows = await scanRows(vulnerable);
    const covered = rows.filter((v) => cves.includes(v.CveName));

    const answer = await check('nginx', '1.25-alpine');
    expect(answer).toMatchObject({ Allowed: true, CountedFindings: 0, ExceptedFindings: covered.length });

    const counts = await scanExceptions(vulnerable);
    const summary = await callAction('GetRepoTagScanSummary', vulnerable);
    expect(counts.Raw).toEqual({
      Total: summary.TotalSeverity,
      High: summary.HighSeverity,
      Medium: summary.MediumSeverity,
      Low: summary.LowSeverity,
      Unknown: summary.UnknownSeverity,
    });
    expect(counts.Effective.High).toBe(0);
    expect(counts.Effective.Total).toBe(rows.length - covered.length);
    expect(counts.Excepted).toHaveLength(covered.length);
    expect(counts.Excepted.every((e) => ids.includes(e.ExceptionId) && !e.Expired)).toBe(true);
    expect(counts.Expired).toEqual([]);
    expect(counts.Exceptions.map((e) => e.ExceptionId).sort()).toEqual([...ids].sort());

    // The other tag of the repository is not covered by TAG exceptions.
    await scanTag(patched);
    expect((await scanExceptions(patched)).Exceptions).toEqual([]);
  });

  it('an expired exception stops applying and is shown as expired', async () => {
    await scanTag(vulnerable);
    await callAction('CreateDeployPolicy', {
      InstanceId: prodHz,
      NamespaceName: 'prod',
      Enabled: true,
      ...HIGH_RULE,
    });
    const cves = await highCves(vulnerable);
    const ids = await exceptAll(cves, { ExpireTime: now + HOUR });
    expect((await check('nginx', '1.25-alpine')).Allowed).toBe(true);

    now += 2 * HOUR;
    const answer = await check('nginx', '1.25-alpine');
    expect(answer).toMatchObject({ Allowed: false, ExceptedFindings: 0 });
    expect(answer.Reasons.map((r) => r.Code)).toEqual(['VULNERABILITY_THRESHOLD']);

    const counts = await scanExceptions(vulnerable);
    expect(counts.Effective).toEqual(counts.Raw);
    expect(counts.Excepted).toEqual([]);
    expect(counts.Expired.length).toBe((await scanRows(vulnerable)).filter((v) => cves.includes(v.CveName)).length);
    expect(counts.Expired.every((e) => e.Expired && ids.includes(e.ExceptionId))).toBe(true);
    expect(counts.Exceptions.every((e) => e.Expired)).toBe(true);
    const listed = await callAction('ListVulnException', { InstanceId: prodHz });
    expect(listed.Exceptions.map((e) => e.Expired)).toEqual(ids.map(() => true));
  });

  it('a REPO exception covers every tag of the repository, and only that repository', async () => {
    await scanTag(vulnerable);
    await scanTag(patched);
    const webApi = { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'prod', 'web-api'), Tag: '1.4.2' };
    await scanTag(webApi);
    const cves = [...new Set([...(await highCves(vulnerable)), ...(await highCves(patched))])];
    await exceptAll(cves, { ScopeType: 'REPO', Tag: undefined });

    for (const tag of [vulnerable, patched]) expect((await scanExceptions(tag)).Effective.High).toBe(0);
    const other = await scanExceptions(webApi);
    expect(other.Exceptions).toEqual([]);
    expect(other.Effective).toEqual(other.Raw);
  });

  it('a NAMESPACE exception covers the namespace, and not the same image elsewhere', async () => {
    const prodWebApi = { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'prod', 'web-api'), Tag: '1.4.2' };
    const devWebApi = { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'dev', 'web-api'), Tag: 'dev-20261020' };
    await scanTag(prodWebApi);
    await scanTag(devWebApi);
    const cves = await highCves(prodWebApi);
    await exceptAll(cves, { ScopeType: 'NAMESPACE', RepoName: undefined, Tag: undefined });

    const prod = await scanExceptions(prodWebApi);
    expect(prod.Raw.High).toBeGreaterThan(0);
    expect(prod.Effective.High).toBe(0);
    expect(prod.Exceptions).toHaveLength(cves.length);
    const dev = await scanExceptions(devWebApi);
    expect(dev.Effective).toEqual(dev.Raw);
    expect(dev.Exceptions).toEqual([]);
  });

  it('answers SCAN_TASK_NOT_EXIST for a tag never scanned', async () => {
    await expectBusinessError('GetRepoTagScanExceptions', vulnerable, 'SCAN_TASK_NOT_EXIST');
  });
});
