import { beforeEach, describe, expect, it, vi } from 'vitest';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { createServiceContext } from './context';
import { createRepoTag, deleteRepoTag } from './tags';

let prodHz: string;
let nginx: string;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  nginx = await repoIdOf(prodHz, 'prod', 'nginx');
});

const retag = (FromTag: string, ToTag: string, RepoName = 'nginx', NamespaceName = 'prod') =>
  callAction('CreateRepoTag', { InstanceId: prodHz, NamespaceName, RepoName, FromTag, ToTag });

describe('ListRepoTag / GetRepoTag', () => {
  it('lists tags most recently pushed first, times as strings and TotalCount as a string', async () => {
    const list = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: nginx });
    expect(list.Images.map((image) => image.Tag)).toEqual(['1.25.3-alpine', '1.25-alpine']);
    expect(list.TotalCount).toBe('2');
    for (const image of list.Images) {
      expect(image.ImageCreate).toMatch(/^\d{13}$/);
      expect(image.Digest).toMatch(/^[0-9a-f]{64}$/);
      expect(image.ImageId).toMatch(/^[0-9a-f]{64}$/);
      expect(image.ImageSize).toBeGreaterThan(0);
      expect(image.Status).toBe('NORMAL');
    }
    // The vulnerable and the patched build are different images.
    expect(list.Images[0]?.Digest).not.toBe(list.Images[1]?.Digest);
  });

  it('paginates', async () => {
    const worker = await repoIdOf(prodHz, 'dev', 'python-worker');
    const page = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: worker, PageNo: 2, PageSize: 2 });
    expect(page).toMatchObject({ PageNo: 2, PageSize: 2, TotalCount: '3' });
    expect(page.Images).toHaveLength(1);
  });

  it('filters by a case-insensitive tag substring and sorts server-side, before paging', async () => {
    const worker = await repoIdOf(prodHz, 'dev', 'python-worker');
    const all = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: worker, OrderBy: 'Tag', Order: 'asc' });
    const names = all.Images.map((image) => image.Tag);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const desc = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: worker, OrderBy: 'Tag', Order: 'desc' });
    expect(desc.Images.map((image) => image.Tag)).toEqual([...names].reverse());
    const first = names[0] ?? '';
    const filtered = await callAction('ListRepoTag', {
      InstanceId: prodHz,
      RepoId: worker,
      TagFilter: first.toUpperCase(),
    });
    expect(filtered.Images.map((image) => image.Tag)).toContain(first);
    expect(filtered.Images.every((image) => image.Tag.toLowerCase().includes(first.toLowerCase()))).toBe(true);
    const none = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: worker, TagFilter: 'no-such-tag' });
    expect(none).toMatchObject({ Images: [], TotalCount: '0' });
    const bySize = await callAction('ListRepoTag', {
      InstanceId: prodHz,
      RepoId: worker,
      OrderBy: 'ImageSize',
      Order: 'asc',
      PageSize: 2,
    });
    const sizes = bySize.Images.map((image) => image.ImageSize);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(bySize.TotalCount).toBe('3');
  });

  it('lists the tags another tab (another backend on the same database) just pushed or deleted', async () => {
    const tags = async () =>
      (await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: nginx })).Images.map((i) => i.Tag);
    expect(await tags()).toEqual(['1.25.3-alpine', '1.25-alpine']);
    const tab = createServiceContext();
    try {
      await createRepoTag(tab, {
        InstanceId: prodHz,
        NamespaceName: 'prod',
        RepoName: 'nginx',
        FromTag: '1.25-alpine',
        ToTag: 'from-another-tab',
      });
      expect(await tags()).toEqual(['from-another-tab', '1.25.3-alpine', '1.25-alpine']);
      await deleteRepoTag(tab, { InstanceId: prodHz, RepoId: nginx, Tag: '1.25.3-alpine' });
      expect(await tags()).toEqual(['from-another-tab', '1.25-alpine']);
    } finally {
      tab.store.close();
    }
  });

  it('gets one tag with numeric times', async () => {
    const tag = await callAction('GetRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' });
    expect(typeof tag.ImageCreate).toBe('number');
    const row = (await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: nginx })).Images.find(
      (image) => image.Tag === '1.25-alpine',
    );
    expect(String(tag.ImageUpdate)).toBe(row?.ImageUpdate);
    expect(tag.Digest).toBe(row?.Digest);
  });

  it('answers TAG_NOT_EXIST and REPO_NOT_EXIST', async () => {
    await expectBusinessError('GetRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: '9.9' }, 'TAG_NOT_EXIST');
    await expectBusinessError(
      'GetRepoTag',
      { InstanceId: prodHz, RepoId: 'crr-0000000000000000', Tag: '1' },
      'REPO_NOT_EXIST',
    );
  });
});

describe('CreateRepoTag (retag)', () => {
  it('points a new tag at the same image, pushed now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.UTC(2026, 10, 20));
      await retag('1.25.3-alpine', 'stable');
      const source = await callAction('GetRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: '1.25.3-alpine' });
      const copy = await callAction('GetRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: 'stable' });
      expect(copy).toMatchObject({ Digest: source.Digest, ImageId: source.ImageId, ImageSize: source.ImageSize });
      expect(copy.ImageUpdate).toBe(Date.UTC(2026, 10, 20));
      const list = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: nginx });
      expect(list.Images[0]?.Tag).toBe('stable');
      expect(list.TotalCount).toBe('3');
    } finally {
      vi.useRealTimers();
    }
  });

  it('overwrites an existing tag when the repository is mutable', async () => {
    await retag('1.25.3-alpine', '1.25-alpine');
    const [fixed, moved] = await Promise.all(
      ['1.25.3-alpine', '1.25-alpine'].map((Tag) =>
        callAction('GetRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag }),
      ),
    );
    expect(moved?.Digest).toBe(fixed?.Digest);
    expect((await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: nginx })).TotalCount).toBe('2');
  });

  it('refuses to overwrite a tag of an immutable repository, but adds new tags there', async () => {
    const webApi = await repoIdOf(prodHz, 'prod', 'web-api');
    const before = await callAction('GetRepoTag', { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' });
    await expectBusinessError(
      'CreateRepoTag',
      { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'web-api', FromTag: '1.4.3', ToTag: '1.4.2' },
      'TAG_IMMUTABLE',
    );
    const after = await callAction('GetRepoTag', { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' });
    expect(after.Digest).toBe(before.Digest);
    await retag('1.4.3', 'release-2026-11', 'web-api');
  });

  it('answers TAG_NOT_EXIST when FromTag is missing', async () => {
    await expectBusinessError(
      'CreateRepoTag',
      { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', FromTag: 'nope', ToTag: 'x' },
      'TAG_NOT_EXIST',
    );
  });

  it('answers REPO_NOT_EXIST and NAMESPACE_NOT_EXIST for a wrong path', async () => {
    await expectBusinessError(
      'CreateRepoTag',
      { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nope', FromTag: 'a', ToTag: 'b' },
      'REPO_NOT_EXIST',
    );
    await expectBusinessError(
      'CreateRepoTag',
      { InstanceId: prodHz, NamespaceName: 'nope', RepoName: 'nginx', FromTag: 'a', ToTag: 'b' },
      'NAMESPACE_NOT_EXIST',
    );
  });

  it.each(['v1', 'V1.0', '1.25-alpine_2', 'latest', '_underscore-start', 'x'.repeat(128)])(
    'accepts tag %j',
    async (tag) => {
      await retag('1.25-alpine', tag);
    },
  );

  it.each([
    ['x'.repeat(129), 'too long'],
    ['-dash-start', 'leading dash'],
    ['.dot-start', 'leading dot'],
    ['has space', 'space'],
    ['a/b', 'slash'],
    ['a:b', 'colon'],
  ])('rejects tag %j (%s) with TAG_NAME_ILLEGAL', async (tag) => {
    await expectBusinessError(
      'CreateRepoTag',
      { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', FromTag: '1.25-alpine', ToTag: tag },
      'TAG_NAME_ILLEGAL',
    );
  });
});

describe('DeleteRepoTag', () => {
  it('deletes one tag and leaves the others', async () => {
    await callAction('DeleteRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' });
    await expectBusinessError('GetRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' }, 'TAG_NOT_EXIST');
    expect((await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: nginx })).TotalCount).toBe('1');
  });

  it('answers TAG_NOT_EXIST for a missing tag', async () => {
    await expectBusinessError('DeleteRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: 'nope' }, 'TAG_NOT_EXIST');
  });
});
