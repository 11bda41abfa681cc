import { beforeEach, describe, expect, it } from 'vitest';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { HIGH_RULE, makeUnfixable, type PolicyRule, scanRows, scanTag, type TagRef } from '../testing/policies';

let prodHz: string;
let vulnerable: TagRef;
let patched: TagRef;
/** A scan of it finds nothing. */
let clean: TagRef;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  const nginx = await repoIdOf(prodHz, 'prod', 'nginx');
  vulnerable = { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' };
  patched = { InstanceId: prodHz, RepoId: nginx, Tag: '1.25.3-alpine' };
  clean = { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'prod', 'inventory-api'), Tag: 'v1.0.1' };
});

const enforce = (rule: PolicyRule, Enabled = true) =>
  callAction('CreateDeployPolicy', { InstanceId: prodHz, NamespaceName: 'prod', Enabled, ...rule });

const check = (RepoName: string, Tag: string) =>
  callAction('CheckDeployment', { InstanceId: prodHz, NamespaceName: 'prod', RepoName, Tag });

describe('CheckDeployment (模拟部署)', () => {
  it('allows everything in a namespace without a policy, and names the image as a cluster pulls it', async () => {
    const answer = await check('nginx', '1.25-alpine');
    const Digest = `sha256:${(await callAction('GetRepoTag', vulnerable)).Digest.replace(/^sha256:/, '')}`;
    expect(answer).toMatchObject({ Allowed: true, Reasons: [], Tolerated: [], Scanned: false, Digest });
    expect(answer).not.toHaveProperty('PolicyId');
    expect(answer.ImageReference).toBe(`acr-prod-hz-registry.cn-hangzhou.cr.aliyuncs.com/prod/nginx@${Digest}`);
  });

  it('answers REPO_NOT_EXIST and TAG_NOT_EXIST', async () => {
    await expectBusinessError(
      'CheckDeployment',
      { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nope', Tag: 'x' },
      'REPO_NOT_EXIST',
    );
    await expectBusinessError(
      'CheckDeployment',
      { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', Tag: 'nope' },
      'TAG_NOT_EXIST',
    );
  });

  it('denies a scanned vulnerable tag at the first High finding and allows a clean one', async () => {
    await scanTag(vulnerable);
    await scanTag(clean);
    const highs = (await scanRows(vulnerable)).filter((v) => v.Severity === 'High').length;
    expect(highs).toBeGreaterThan(0);
    expect(await scanRows(clean)).toEqual([]);
    const { PolicyId } = await enforce(HIGH_RULE);

    const denied = await check('nginx', '1.25-alpine');
    expect(denied).toMatchObject({
      Allowed: false,
      PolicyId,
      Action: 'BLOCK',
      Scanned: true,
      CountedFindings: highs,
    });
    expect(denied.Reasons).toEqual([
      expect.objectContaining({ Code: 'VULNERABILITY_THRESHOLD', Count: highs, Threshold: 1 }),
    ]);
    expect(denied.Reasons[0]?.Message['zh-CN']).toBeTruthy();
    expect(await check('inventory-api', 'v1.0.1')).toMatchObject({
      Allowed: true,
      PolicyId,
      Reasons: [],
      Scanned: true,
      CountedFindings: 0,
    });
  });

  it('lets everything through while the policy is switched off', async () => {
    await scanTag(vulnerable);
    await enforce(HIGH_RULE, false);
    const answer = await check('nginx', '1.25-alpine');
    expect(answer).toMatchObject({ Allowed: true, Reasons: [], Scanned: true });
    expect(answer).not.toHaveProperty('PolicyId');
  });

  it('counts only findings with a fix under OnlyFixable', async () => {
    await scanTag(vulnerable);
    await makeUnfixable(vulnerable, (row, index) => row.Severity === 'High' && index % 2 === 0);
    const highs = (await scanRows(vulnerable)).filter((v) => v.Severity === 'High');
    const fixable = highs.filter((v) => v.VersionFixed !== '').length;
    expect(fixable).toBeGreaterThan(0);
    expect(fixable).toBeLessThan(highs.length);
    // A threshold nobody reaches: the count is visible while the tag stays allowed.
    const rule: PolicyRule = { ...HIGH_RULE, IssueCount: 100000 };
    const { PolicyId } = await enforce(rule);
    expect(await check('nginx', '1.25-alpine')).toMatchObject({ Allowed: true, CountedFindings: highs.length });

    await callAction('UpdateDeployPolicy', {
      InstanceId: prodHz,
      PolicyId,
      Enabled: true,
      ...rule,
      OnlyFixable: true,
    });
    expect(await check('nginx', '1.25-alpine')).toMatchObject({ Allowed: true, CountedFindings: fixable });

    // At exactly the fixable count the threshold is reached again.
    await callAction('UpdateDeployPolicy', {
      InstanceId: prodHz,
      PolicyId,
      Enabled: true,
      ...rule,
      IssueCount: fixable,
      OnlyFixable: true,
    });
    expect(await check('nginx', '1.25-alpine')).toMatchObject({ Allowed: false, CountedFindings: fixable });
  });

  it('denies an unscanned tag with UNSCANNED under BlockUnscanned', async () => {
    await enforce({ ...HIGH_RULE, BlockUnscanned: true });
    const answer = await check('nginx', '1.25.3-alpine');
    expect(answer).toMatchObject({ Allowed: false, Scanned: false, CountedFindings: 0 });
    expect(answer.Reasons.map((r) => r.Code)).toEqual(['UNSCANNED']);
  });

  it('never changes anything', async () => {
    await scanTag(vulnerable);
    await enforce({ ...HIGH_RULE, PolicyAction: 'BLOCK_DELETE_TAG' });
    expect(await check('nginx', '1.25-alpine')).toMatchObject({ Allowed: false, Action: 'BLOCK_DELETE_TAG' });
    expect(await callAction('GetRepoTag', vulnerable)).toMatchObject({ Tag: '1.25-alpine' });
  });
});

describe('PreviewDeployPolicy (预览)', () => {
  it('lists exactly the tags CheckDeployment denies, with the same reasons', async () => {
    await scanTag(vulnerable);
    await scanTag(patched);
    await scanTag(clean);
    const rule: PolicyRule = { ...HIGH_RULE, BlockUnscanned: true, PolicyAction: 'BLOCK_RETAG' };
    const preview = await callAction('PreviewDeployPolicy', { InstanceId: prodHz, NamespaceName: 'prod', ...rule });
    const listed = [...preview.Blocked, ...preview.Allowed];
    expect(preview.TotalCount).toBe(listed.length);
    const blocked = preview.Blocked.map((t) => `${t.RepoName}:${t.Tag}`);
    expect(blocked).toEqual(expect.arrayContaining(['nginx:1.25-alpine', 'nginx:1.25.3-alpine', 'web-api:1.4.2']));
    expect(preview.Allowed.map((t) => `${t.RepoName}:${t.Tag}`)).toEqual(['inventory-api:v1.0.1']);
    // Never scanned: blocked for that alone.
    expect(preview.Blocked.find((t) => t.Tag === '1.4.2')?.Reasons.map((r) => r.Code)).toEqual(['UNSCANNED']);
    for (const list of [preview.Blocked, preview.Allowed]) {
      const keys = list.map((t) => [t.RepoName, t.Tag]);
      expect(keys).toEqual([...keys].sort((a, b) => a.join('\0').localeCompare(b.join('\0'))));
    }

    // Every tag of every repository of the namespace appears once.
    const { Repositories } = await callAction('ListRepository', { InstanceId: prodHz, RepoNamespaceName: 'prod' });
    let tagCount = 0;
    for (const repo of Repositories) {
      const { Images } = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: repo.RepoId, PageSize: 100 });
      tagCount += Images.length;
    }
    expect(preview.TotalCount).toBe(tagCount);

    await enforce(rule);
    for (const tag of listed) {
      const answer = await check(tag.RepoName, tag.Tag);
      expect({ tag: tag.Tag, allowed: answer.Allowed, reasons: answer.Reasons, digest: answer.Digest }).toEqual({
        tag: tag.Tag,
        allowed: tag.Action === undefined,
        reasons: tag.Reasons,
        digest: tag.Digest,
      });
      if (!answer.Allowed) expect(answer.Action).toBe('BLOCK_RETAG');
    }
  });

  it('answers NAMESPACE_NOT_EXIST and WITNESS_NOT_EXIST', async () => {
    await expectBusinessError(
      'PreviewDeployPolicy',
      { InstanceId: prodHz, NamespaceName: 'nope', ...HIGH_RULE },
      'NAMESPACE_NOT_EXIST',
    );
    await expectBusinessError(
      'PreviewDeployPolicy',
      { InstanceId: prodHz, NamespaceName: 'prod', ...HIGH_RULE, RequireSignature: true, Witnesses: ['crw-x'] },
      'WITNESS_NOT_EXIST',
    );
  });
});
