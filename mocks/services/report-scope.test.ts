/**
 * Reports, search, exports and scheduled reports see only what the identity may read (issue 8: "a security view
 * that non-admins can see, scoped to what they may see"). The developer reads team-a of acr-dev-hz only; the
 * auditor and the main account read everything.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ScanSeverity } from '@/api/contract/scans';
import { actionQuery, callAction, instanceByName, rawCall, repoIdOf } from '../testing/api';
import { installFakeNetwork, settled } from '../testing/events';
import { instanceImages, scanTag } from '../testing/reports';

const net = installFakeNetwork();

let devHz: string;
let prodHz: string;

const actAs = (UserName: string) => callAction('SwitchIdentity', { UserName });

function levelCounts(severities: ScanSeverity[]) {
  const counts = { Total: severities.length, High: 0, Medium: 0, Low: 0, Unknown: 0 };
  for (const s of severities) counts[s] += 1;
  return counts;
}

/** As the main account: a vulnerable image in team-a and one in sandbox (outside team-a), both scanned. */
beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  const push = async (NamespaceName: string, RepoName: string, RecipeName: string) => {
    await callAction('PushDemoImage', {
      InstanceId: devHz,
      NamespaceName,
      RepoName,
      Tag: 'vuln',
      RecipeName,
      Variant: 'vulnerable',
    });
    const RepoId = await repoIdOf(devHz, NamespaceName, RepoName);
    await scanTag({ InstanceId: devHz, RepoId, Tag: 'vuln' });
  };
  await push('team-a', 'demo-app', 'nginx:1.25-alpine');
  await callAction('CreateRepository', {
    InstanceId: devHz,
    RepoNamespaceName: 'sandbox',
    RepoName: 'tools',
    RepoType: 'PRIVATE',
    Summary: 'outside team-a',
  });
  await push('sandbox', 'tools', 'python:3.11-slim');
  const prodNginx = await repoIdOf(prodHz, 'prod', 'nginx');
  await scanTag({ InstanceId: prodHz, RepoId: prodNginx, Tag: '1.25-alpine' });
});

const report = (InstanceId?: string) =>
  callAction('GetSecurityReport', { ...(InstanceId ? { InstanceId } : {}), RegionId: 'cn-hangzhou', Days: 7 });

describe('reports and search scoped to what the identity may read', () => {
  it('the developer counts only team-a images; its numbers are the sums of what it can list', async () => {
    const all = await instanceImages(devHz);
    const everything = await report(devHz);
    const outside = all.filter((i) => i.namespace !== 'team-a');
    expect(outside.some((i) => i.rows.length > 0)).toBe(true);
    expect(everything.Levels.Raw).toEqual(levelCounts(all.flatMap((i) => i.rows.map((r) => r.Severity))));

    await actAs('developer');
    const mine = await instanceImages(devHz); // ListRepository shows the developer team-a only
    expect(new Set(mine.map((i) => i.namespace))).toEqual(new Set(['team-a']));
    const rows = mine.flatMap((i) => i.rows);
    expect(rows.length).toBeGreaterThan(0);

    const scoped = await report(devHz);
    expect(scoped.ArtifactsTotal).toBe(mine.length);
    expect(scoped.ArtifactsScanned).toBe(mine.filter((i) => i.status?.Status === 'COMPLETE').length);
    expect(scoped.Levels.Raw).toEqual(levelCounts(rows.map((r) => r.Severity)));
    expect(scoped.Levels.Raw.Total).toBeLessThan(everything.Levels.Raw.Total);
    expect(scoped.TopImages.every((t) => t.Namespace === 'team-a')).toBe(true);
    expect(scoped.Ecosystems.reduce((n, e) => n + e.Count, 0)).toBe(rows.length);

    const search = await callAction('SearchVulnerabilities', { InstanceId: devHz, PageSize: 100 });
    expect(search.TotalCount).toBe(rows.length);
    expect(search.Items.every((hit) => hit.Namespace === 'team-a')).toBe(true);

    // A namespace outside team-a: the call is let through (team-a is readable) and finds nothing.
    const sandbox = await callAction('SearchVulnerabilities', { InstanceId: devHz, Namespace: 'sandbox' });
    expect(sandbox).toMatchObject({ TotalCount: 0, Items: [] });

    // The exports agree with the scoped answers.
    const file = await callAction('ExportSearchResults', { InstanceId: devHz, Format: 'JSON' });
    expect(JSON.parse(file.Content).TotalCount).toBe(rows.length);
    const exported = await callAction('ExportSecurityReport', {
      InstanceId: devHz,
      RegionId: 'cn-hangzhou',
      Days: 7,
      Format: 'JSON',
    });
    expect(JSON.parse(exported.Content).Levels).toEqual(scoped.Levels);

    // Across the region: only the instance it may read something of.
    const region = await report();
    expect(region.InstanceIds).toEqual([devHz]);
    expect(region.Levels).toEqual(scoped.Levels);
  }, 90_000);

  it('the developer gets NoPrivilege where it may read no repository at all', async () => {
    await actAs('developer');
    for (const [action, params] of [
      ['GetSecurityReport', { InstanceId: prodHz, RegionId: 'cn-hangzhou' }],
      ['SearchVulnerabilities', { InstanceId: prodHz }],
      ['ExportSearchResults', { InstanceId: prodHz, Format: 'CSV' }],
      ['ExportSecurityReport', { InstanceId: prodHz, RegionId: 'cn-hangzhou', Format: 'JSON' }],
      ['GetSecurityReport', { RegionId: 'cn-shanghai' }],
    ] as const) {
      const { status, body } = await rawCall(actionQuery(action, params));
      expect({ action, status, code: body.Code }).toEqual({ action, status: 403, code: 'NoPrivilege' });
    }
    // The UI asks the same question the gateway decides: partial access is access.
    const { Answers } = await callAction('CheckPermissions', {
      Questions: [
        { Action: 'GetSecurityReport', Params: { InstanceId: devHz, RegionId: 'cn-hangzhou' } },
        { Action: 'GetSecurityReport', Params: { InstanceId: prodHz, RegionId: 'cn-hangzhou' } },
      ],
    });
    expect(Answers.map((a) => a.Allowed)).toEqual([true, false]);
  });

  it('the auditor and the main account see the same, unscoped numbers', async () => {
    const root = { instance: await report(devHz), region: await report() };
    await actAs('auditor');
    expect(await report(devHz)).toMatchObject({
      Levels: root.instance.Levels,
      ArtifactsTotal: root.instance.ArtifactsTotal,
    });
    const region = await report();
    expect(region.InstanceIds).toEqual(root.region.InstanceIds);
    expect(region.Levels).toEqual(root.region.Levels);
    const search = await callAction('SearchVulnerabilities', { InstanceId: devHz });
    expect(search.TotalCount).toBe(root.instance.Levels.Raw.Total);
  }, 60_000);

  it('a scheduled report delivers its creator’s view, whoever presses 立即发送', async () => {
    // ops may manage report schedules of acr-dev-hz and read team-a's scans only.
    const policy = {
      Version: '1',
      Statement: [
        { Effect: 'Allow', Action: ['cr:*ReportSchedule'], Resource: `acs:cr:cn-hangzhou:*:instance/${devHz}` },
        { Effect: 'Allow', Action: ['cr:Get*'], Resource: `acs:cr:cn-hangzhou:*:repository/${devHz}/team-a/*` },
      ],
    };
    await callAction('CreatePolicy', { PolicyName: 'report-ops', PolicyDocument: JSON.stringify(policy) });
    await callAction('CreateUser', { UserName: 'ops' });
    await callAction('AttachPolicyToUser', { UserName: 'ops', PolicyName: 'report-ops', PolicyType: 'Custom' });

    await actAs('ops');
    const mine = await report(devHz);
    const { ScheduleId } = await callAction('CreateReportSchedule', {
      InstanceId: devHz,
      Name: 'team-a weekly',
      Frequency: 'WEEKLY',
      Format: 'JSON',
      NotifyMethod: 'https',
      NotifyUrl: 'https://hooks.example.com/team-a',
    });
    await actAs('root');
    const [schedule] = (await callAction('ListReportSchedule', { InstanceId: devHz })).Schedules;
    expect(schedule?.Owner).toBe('ops');
    await callAction('RunReportSchedule', { InstanceId: devHz, ScheduleId });
    await settled();
    const body = JSON.parse(net.requests.at(-1)?.body ?? '{}');
    expect(body.report.Levels).toEqual(mine.Levels);
    expect(body.report.Levels.Raw.Total).toBeLessThan((await report(devHz)).Levels.Raw.Total);
  }, 60_000);
});

describe('scan diff needs both sides readable', () => {
  it('the developer may compare two team-a tags, but not a team-a tag with one outside team-a', async () => {
    const demoApp = await repoIdOf(devHz, 'team-a', 'demo-app');
    const tools = await repoIdOf(devHz, 'sandbox', 'tools');
    await callAction('CreateRepoTag', {
      InstanceId: devHz,
      NamespaceName: 'team-a',
      RepoName: 'demo-app',
      FromTag: 'vuln',
      ToTag: 'vuln-copy',
    });
    await scanTag({ InstanceId: devHz, RepoId: demoApp, Tag: 'vuln-copy' });
    await actAs('developer');

    const inside = await callAction('DiffScans', {
      InstanceId: devHz,
      Base: { RepoId: demoApp, Tag: 'vuln' },
      Target: { RepoId: demoApp, Tag: 'vuln-copy' },
    });
    expect(inside.Vulnerabilities.Added).toEqual([]);

    for (const [Base, Target] of [
      [
        { RepoId: demoApp, Tag: 'vuln' },
        { RepoId: tools, Tag: 'vuln' },
      ],
      [
        { RepoId: tools, Tag: 'vuln' },
        { RepoId: demoApp, Tag: 'vuln' },
      ],
    ]) {
      const { status, body } = await rawCall(actionQuery('DiffScans', { InstanceId: devHz, Base, Target }));
      expect({ status, code: body.Code }).toEqual({ status: 403, code: 'NoPrivilege' });
    }
  });
});
