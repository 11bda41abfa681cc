import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { callAction, callError, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { patchInstance } from '../testing/store-access';

let prodHz: string;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

const create = (
  RepoName: string,
  extra: Partial<{ RepoNamespaceName: string; Summary: string; Detail: string }> = {},
) =>
  callAction('CreateRepository', {
    InstanceId: prodHz,
    RepoNamespaceName: 'prod',
    RepoName,
    RepoType: 'PRIVATE',
    Summary: 'A repository',
    ...extra,
  });

describe('repository names', () => {
  it.each(['ab', 'order-api', 'web_api', 'web.api', 'web__api', 'web---api', 'team/web-api', 'a/b/c', 'x'.repeat(64)])(
    'accepts %j',
    async (name) => {
      const { RepoId } = await create(name);
      expect(RepoId).toMatch(/^crr-[0-9a-z]{16}$/);
    },
  );

  it.each([
    ['a', 'too short'],
    ['x'.repeat(65), 'too long'],
    ['WebApi', 'upper case'],
    ['web api', 'space'],
    ['-web', 'leading separator'],
    ['web-', 'trailing separator'],
    ['web..api', 'double dot'],
    ['web___api', 'triple underscore'],
    ['web/-api', 'separator after slash'],
    ['web//api', 'empty path component'],
  ])('rejects %j (%s) with REPO_NAME_ILLEGAL', async (name) => {
    await expectBusinessError(
      'CreateRepository',
      { InstanceId: prodHz, RepoNamespaceName: 'prod', RepoName: name, RepoType: 'PRIVATE', Summary: 's' },
      'REPO_NAME_ILLEGAL',
    );
  });
});

describe('CreateRepository', () => {
  it('creates a manual repository that GetRepository returns by id and by path', async () => {
    const { RepoId } = await create('billing', { Detail: '## Billing\nPushed by CI.' });
    const byId = await callAction('GetRepository', { InstanceId: prodHz, RepoId });
    expect(byId).toMatchObject({
      RepoName: 'billing',
      RepoNamespaceName: 'prod',
      RepoType: 'PRIVATE',
      RepoBuildType: 'MANUAL',
      RepoStatus: 'NORMAL',
      Summary: 'A repository',
      Detail: '## Billing\nPushed by CI.',
      TagImmutability: false,
    });
    const byPath = await callAction('GetRepository', {
      InstanceId: prodHz,
      RepoNamespaceName: 'prod',
      RepoName: 'billing',
    });
    expect(byPath.RepoId).toBe(RepoId);
    expect((await callAction('ListRepoTag', { InstanceId: prodHz, RepoId })).TotalCount).toBe('0');
  });

  it('needs an existing namespace', async () => {
    await expectBusinessError(
      'CreateRepository',
      { InstanceId: prodHz, RepoNamespaceName: 'nope', RepoName: 'app', RepoType: 'PRIVATE', Summary: 's' },
      'NAMESPACE_NOT_EXIST',
    );
  });

  it('rejects a duplicate in the same namespace, allows the name in another', async () => {
    await expectBusinessError(
      'CreateRepository',
      { InstanceId: prodHz, RepoNamespaceName: 'prod', RepoName: 'nginx', RepoType: 'PUBLIC', Summary: 's' },
      'REPO_ALREADY_EXIST',
    );
    await create('nginx', { RepoNamespaceName: 'ops' });
  });

  it.each([
    ['absent', undefined, 'MissingParameter'],
    ['blank', '   ', 'MissingParameter'],
    ['over 100 characters', 'x'.repeat(101), 'InvalidParameter'],
  ])('answers HTTP 400 when Summary is %s', async (_title, Summary, code) => {
    const error = await callError('CreateRepository', {
      InstanceId: prodHz,
      RepoNamespaceName: 'prod',
      RepoName: 'app',
      RepoType: 'PRIVATE',
      Summary: Summary as string,
    });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code, status: 400 });
    expect(error.message).toContain('"Summary"');
  });

  it('accepts a Summary of exactly 100 characters', async () => {
    await create('app', { Summary: 'x'.repeat(100) });
  });

  it('rejects an unknown RepoType as InvalidParameter', async () => {
    const error = await callError('CreateRepository', {
      InstanceId: prodHz,
      RepoNamespaceName: 'prod',
      RepoName: 'app',
      RepoType: 'INTERNAL' as 'PUBLIC',
      Summary: 's',
    });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'InvalidParameter', status: 400 });
    expect(error.message).toContain('"RepoType"');
  });

  it('enforces the repository quota', async () => {
    const usage = await callAction('GetInstanceUsage', { InstanceId: prodHz });
    expect(usage.RepoQuota).toBe('5000');
    await patchInstance(backend, prodHz, (i) => ({ ...i, Quota: { ...i.Quota, Repo: Number(usage.RepoUsage) + 1 } }));
    await create('last-one');
    await expectBusinessError(
      'CreateRepository',
      { InstanceId: prodHz, RepoNamespaceName: 'prod', RepoName: 'too-many', RepoType: 'PRIVATE', Summary: 's' },
      'REPO_LIMIT_EXCEED',
    );
  });
});

describe('ListRepository', () => {
  it('lists newest first with TotalCount as a string', async () => {
    const { RepoId } = await create('fresh');
    const list = await callAction('ListRepository', { InstanceId: prodHz });
    expect(list.Repositories[0]?.RepoId).toBe(RepoId);
    const times = list.Repositories.map((repo) => repo.CreateTime);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(list.TotalCount).toBe(String(list.Repositories.length));
    expect(typeof list.TotalCount).toBe('string');
  });

  it('filters by namespace and by name substring', async () => {
    const prod = await callAction('ListRepository', { InstanceId: prodHz, RepoNamespaceName: 'prod' });
    expect(prod.Repositories.map((r) => r.RepoName).sort()).toEqual([
      'inventory-api',
      'legacy-portal',
      'nginx',
      'payment-gateway',
      'web-api',
    ]);
    const api = await callAction('ListRepository', { InstanceId: prodHz, RepoName: 'api' });
    expect(api.Repositories.map((r) => `${r.RepoNamespaceName}/${r.RepoName}`).sort()).toEqual([
      'dev/web-api',
      'prod/inventory-api',
      'prod/web-api',
    ]);
    const both = await callAction('ListRepository', { InstanceId: prodHz, RepoNamespaceName: 'dev', RepoName: 'api' });
    expect(both.TotalCount).toBe('1');
    const none = await callAction('ListRepository', { InstanceId: prodHz, RepoNamespaceName: 'nope' });
    expect(none).toMatchObject({ Repositories: [], TotalCount: '0' });
    const all = await callAction('ListRepository', { InstanceId: prodHz, RepoStatus: 'ALL' });
    expect(all.TotalCount).toBe('13');
  });

  it('paginates with PageNo and PageSize', async () => {
    const page = await callAction('ListRepository', { InstanceId: prodHz, PageNo: 3, PageSize: 5 });
    expect(page).toMatchObject({ PageNo: 3, PageSize: 5, TotalCount: '13' });
    expect(page.Repositories).toHaveLength(3);
  });
});

describe('UpdateRepository', () => {
  it('updates type, summary, detail and immutability, by id or by path', async () => {
    const RepoId = await repoIdOf(prodHz, 'prod', 'nginx');
    await callAction('UpdateRepository', {
      InstanceId: prodHz,
      RepoNamespaceName: 'prod',
      RepoName: 'nginx',
      RepoType: 'PUBLIC',
      Summary: 'Edge gateway',
      Detail: 'new detail',
      TagImmutability: true,
    });
    const repo = await callAction('GetRepository', { InstanceId: prodHz, RepoId });
    expect(repo).toMatchObject({
      RepoType: 'PUBLIC',
      Summary: 'Edge gateway',
      Detail: 'new detail',
      TagImmutability: true,
    });
    expect(repo.ModifiedTime).toBeGreaterThan(repo.CreateTime);
  });

  it('needs a repository locator', async () => {
    const error = await callError('UpdateRepository', { InstanceId: prodHz, RepoType: 'PUBLIC', Summary: 's' });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'MissingParameter', status: 400 });
  });

  it('answers REPO_NOT_EXIST for an unknown repository', async () => {
    await expectBusinessError(
      'UpdateRepository',
      { InstanceId: prodHz, RepoId: 'crr-0000000000000000', RepoType: 'PUBLIC', Summary: 's' },
      'REPO_NOT_EXIST',
    );
  });
});

describe('DeleteRepository', () => {
  it('deletes the repository and its tags', async () => {
    const RepoId = await repoIdOf(prodHz, 'prod', 'web-api');
    expect((await callAction('ListRepoTag', { InstanceId: prodHz, RepoId })).TotalCount).toBe('2');
    await callAction('DeleteRepository', { InstanceId: prodHz, RepoId });
    await expectBusinessError('GetRepository', { InstanceId: prodHz, RepoId }, 'REPO_NOT_EXIST');
    await expectBusinessError('ListRepoTag', { InstanceId: prodHz, RepoId }, 'REPO_NOT_EXIST');
    // A repository of the same name can be created again, empty.
    const again = await create('web-api');
    expect((await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: again.RepoId })).TotalCount).toBe('0');
  });

  it('answers REPO_NOT_EXIST for a repository of another instance', async () => {
    const devHz = (await instanceByName('acr-dev-hz')).InstanceId;
    const foreign = await repoIdOf(devHz, 'team-a', 'demo-app');
    await expectBusinessError('DeleteRepository', { InstanceId: prodHz, RepoId: foreign }, 'REPO_NOT_EXIST');
  });
});
