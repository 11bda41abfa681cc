import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { callAction, callError, expectBusinessError, instanceByName } from '../testing/api';
import { countRecords, patchInstance } from '../testing/store-access';

let prodHz: string;
let devHz: string;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  devHz = (await instanceByName('acr-dev-hz')).InstanceId;
});

describe('namespace names', () => {
  it.each(['ab', 'team-a', 'team_a', 'team.a', 'a1', '123', 'x'.repeat(120), 'a--b'])('accepts %j', async (name) => {
    await callAction('CreateNamespace', { InstanceId: prodHz, NamespaceName: name });
    const ns = await callAction('GetNamespace', { InstanceId: prodHz, NamespaceName: name });
    expect(ns.NamespaceName).toBe(name);
  });

  it.each([
    ['a', 'too short'],
    ['x'.repeat(121), 'too long'],
    ['Team', 'upper case'],
    ['team a', 'space'],
    ['team/a', 'slash'],
    ['-team', 'leading separator'],
    ['team_', 'trailing separator'],
    ['.team', 'leading dot'],
    ['团队', 'non-ASCII'],
  ])('rejects %j (%s) with NAMESPACE_NAME_ILLEGAL', async (name) => {
    await expectBusinessError('CreateNamespace', { InstanceId: prodHz, NamespaceName: name }, 'NAMESPACE_NAME_ILLEGAL');
  });
});

describe('CreateNamespace', () => {
  it('creates with console defaults: auto-create on, private repositories', async () => {
    await callAction('CreateNamespace', { InstanceId: prodHz, NamespaceName: 'qa' });
    const ns = await callAction('GetNamespace', { InstanceId: prodHz, NamespaceName: 'qa' });
    expect(ns).toMatchObject({
      InstanceId: prodHz,
      NamespaceStatus: 'NORMAL',
      AutoCreateRepo: true,
      DefaultRepoType: 'PRIVATE',
      DefaultRepoConfiguration: { RepoType: 'PRIVATE', TagImmutability: false },
    });
    expect(ns.NamespaceId).toMatch(/^crn-[0-9a-z]{16}$/);
    const byId = await callAction('GetNamespace', { InstanceId: prodHz, NamespaceId: ns.NamespaceId });
    expect(byId.NamespaceName).toBe('qa');
  });

  it('takes DefaultRepoConfiguration (JSON in the query) and keeps DefaultRepoType in step', async () => {
    await callAction('CreateNamespace', {
      InstanceId: prodHz,
      NamespaceName: 'public-things',
      AutoCreateRepo: false,
      DefaultRepoConfiguration: { RepoType: 'PUBLIC', TagImmutability: true },
    });
    const ns = await callAction('GetNamespace', { InstanceId: prodHz, NamespaceName: 'public-things' });
    expect(ns).toMatchObject({
      AutoCreateRepo: false,
      DefaultRepoType: 'PUBLIC',
      DefaultRepoConfiguration: { RepoType: 'PUBLIC', TagImmutability: true },
    });
  });

  it('rejects a duplicate name in the same instance but allows it in another', async () => {
    await expectBusinessError(
      'CreateNamespace',
      { InstanceId: prodHz, NamespaceName: 'prod' },
      'NAMESPACE_ALREADY_EXIST',
    );
    await callAction('CreateNamespace', { InstanceId: devHz, NamespaceName: 'prod' });
  });

  it('enforces the namespace quota of the edition (Basic: 15)', async () => {
    const usage = await callAction('GetInstanceUsage', { InstanceId: devHz });
    expect(usage.NamespaceQuota).toBe('15');
    for (let i = Number(usage.NamespaceUsage); i < 15; i++) {
      await callAction('CreateNamespace', { InstanceId: devHz, NamespaceName: `ns-${i}` });
    }
    await expectBusinessError(
      'CreateNamespace',
      { InstanceId: devHz, NamespaceName: 'one-more' },
      'NAMESPACE_LIMIT_EXCEED',
    );
    expect((await callAction('GetInstanceUsage', { InstanceId: devHz })).NamespaceUsage).toBe('15');
  });

  it('answers INSTANCE_NOT_EXIST for an unknown instance', async () => {
    await expectBusinessError(
      'CreateNamespace',
      { InstanceId: 'cri-0000000000000000', NamespaceName: 'qa' },
      'INSTANCE_NOT_EXIST',
    );
  });

  it('refuses changes on an instance that is not running, but still lists', async () => {
    const stopped = (await instanceByName('acr-archive-sz', 'cn-shenzhen')).InstanceId;
    await expectBusinessError('CreateNamespace', { InstanceId: stopped, NamespaceName: 'qa' }, 'INSTANCE_NOT_RUNNING');
    expect((await callAction('ListNamespace', { InstanceId: stopped })).Namespaces).toHaveLength(1);
  });
});

describe('GetNamespace', () => {
  it('needs NamespaceId or NamespaceName', async () => {
    const error = await callError('GetNamespace', { InstanceId: prodHz });
    expect({ code: error.code, status: error.httpStatus }).toEqual({ code: 'MissingParameter', status: 400 });
  });

  it('answers NAMESPACE_NOT_EXIST for an unknown name or an id of another instance', async () => {
    await expectBusinessError('GetNamespace', { InstanceId: prodHz, NamespaceName: 'nope' }, 'NAMESPACE_NOT_EXIST');
    const other = await callAction('GetNamespace', { InstanceId: devHz, NamespaceName: 'team-a' });
    await expectBusinessError(
      'GetNamespace',
      { InstanceId: prodHz, NamespaceId: other.NamespaceId },
      'NAMESPACE_NOT_EXIST',
    );
  });
});

describe('ListNamespace', () => {
  it('lists by name with TotalCount as a string', async () => {
    const list = await callAction('ListNamespace', { InstanceId: prodHz });
    expect(list.Namespaces.map((ns) => ns.NamespaceName)).toEqual(['base', 'dev', 'ops', 'prod']);
    expect(list).toMatchObject({ TotalCount: '4', PageNo: 1, PageSize: 30 });
  });

  it('filters by name substring', async () => {
    const list = await callAction('ListNamespace', { InstanceId: prodHz, NamespaceName: 'o' });
    expect(list.Namespaces.map((ns) => ns.NamespaceName)).toEqual(['ops', 'prod']);
    expect(list.TotalCount).toBe('2');
  });

  it('paginates', async () => {
    for (const name of ['qa-1', 'qa-2', 'qa-3'])
      await callAction('CreateNamespace', { InstanceId: prodHz, NamespaceName: name });
    const page2 = await callAction('ListNamespace', { InstanceId: prodHz, PageNo: 2, PageSize: 3 });
    expect(page2.Namespaces.map((ns) => ns.NamespaceName)).toEqual(['prod', 'qa-1', 'qa-2']);
    expect(page2).toMatchObject({ PageNo: 2, PageSize: 3, TotalCount: '7' });
    const past = await callAction('ListNamespace', { InstanceId: prodHz, PageNo: 9, PageSize: 3 });
    expect(past.Namespaces).toEqual([]);
    expect(past.TotalCount).toBe('7');
  });
});

describe('UpdateNamespace', () => {
  it('changes auto-create and the default repository type', async () => {
    await callAction('UpdateNamespace', {
      InstanceId: prodHz,
      NamespaceName: 'dev',
      AutoCreateRepo: false,
      DefaultRepoType: 'PUBLIC',
    });
    const ns = await callAction('GetNamespace', { InstanceId: prodHz, NamespaceName: 'dev' });
    expect(ns).toMatchObject({
      AutoCreateRepo: false,
      DefaultRepoType: 'PUBLIC',
      DefaultRepoConfiguration: { RepoType: 'PUBLIC' },
    });
  });

  it('answers NAMESPACE_NOT_EXIST for an unknown namespace', async () => {
    await expectBusinessError(
      'UpdateNamespace',
      { InstanceId: prodHz, NamespaceName: 'nope', AutoCreateRepo: true },
      'NAMESPACE_NOT_EXIST',
    );
  });
});

describe('DeleteNamespace', () => {
  it('deletes the namespace with its repositories and their tags', async () => {
    const before = await callAction('ListRepository', { InstanceId: prodHz, RepoNamespaceName: 'dev' });
    expect(before.Repositories.length).toBeGreaterThan(0);
    const tagsBefore = await countRecords(backend, 'tags');
    const devTags = await Promise.all(
      before.Repositories.map((repo) => callAction('ListRepoTag', { InstanceId: prodHz, RepoId: repo.RepoId })),
    );
    const devTagCount = devTags.reduce((sum, list) => sum + Number(list.TotalCount), 0);
    expect(devTagCount).toBeGreaterThan(0);

    await callAction('DeleteNamespace', { InstanceId: prodHz, NamespaceName: 'dev' });

    await expectBusinessError('GetNamespace', { InstanceId: prodHz, NamespaceName: 'dev' }, 'NAMESPACE_NOT_EXIST');
    expect((await callAction('ListRepository', { InstanceId: prodHz, RepoNamespaceName: 'dev' })).Repositories).toEqual(
      [],
    );
    for (const repo of before.Repositories) {
      await expectBusinessError('GetRepository', { InstanceId: prodHz, RepoId: repo.RepoId }, 'REPO_NOT_EXIST');
    }
    expect(await countRecords(backend, 'tags')).toBe(tagsBefore - devTagCount);
    // Other namespaces are untouched.
    expect((await callAction('ListRepository', { InstanceId: prodHz, RepoNamespaceName: 'prod' })).TotalCount).toBe(
      '5',
    );
  });

  it('frees quota: usage counts live', async () => {
    const before = await callAction('GetInstanceUsage', { InstanceId: prodHz });
    await callAction('DeleteNamespace', { InstanceId: prodHz, NamespaceName: 'base' });
    const after = await callAction('GetInstanceUsage', { InstanceId: prodHz });
    expect(Number(after.NamespaceUsage)).toBe(Number(before.NamespaceUsage) - 1);
    expect(Number(after.RepoUsage)).toBe(Number(before.RepoUsage) - 4);
  });

  it('answers NAMESPACE_NOT_EXIST for an unknown namespace', async () => {
    await expectBusinessError('DeleteNamespace', { InstanceId: prodHz, NamespaceName: 'nope' }, 'NAMESPACE_NOT_EXIST');
  });

  it('lets a quota-full instance create again after a delete', async () => {
    await patchInstance(backend, devHz, (i) => ({ ...i, Quota: { ...i.Quota, Namespace: 2 } }));
    await expectBusinessError('CreateNamespace', { InstanceId: devHz, NamespaceName: 'qa' }, 'NAMESPACE_LIMIT_EXCEED');
    await callAction('DeleteNamespace', { InstanceId: devHz, NamespaceName: 'sandbox' });
    await callAction('CreateNamespace', { InstanceId: devHz, NamespaceName: 'qa' });
  });
});
