/** Image tags: `ListRepoTag`, `GetRepoTag`, `CreateRepoTag` (retag), `DeleteRepoTag`. */
import type { ActionParams } from '@/api/contract/actions';
import { checkTagName } from '@/api/contract/names';
import type { RepoTag } from '@/api/contract/tags';
import type { TagRecord } from '../store/schema';
import { dataGeneration, read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { cachedAt, rememberAt } from './generation-cache';
import { requireInstance, requireNamespace, requireRepository } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';
import { recordPush } from './push';
import { forwardToSas } from './scan-engine';

function toRow(tag: TagRecord): RepoTag {
  return {
    Tag: tag.Tag,
    Digest: tag.Digest,
    ImageId: tag.ImageId,
    ImageSize: tag.ImageSize,
    Status: tag.Status,
    ImageCreate: String(tag.ImageCreate),
    ImageUpdate: String(tag.ImageUpdate),
  };
}

/** `ListRepoTag`: the repository's tags, most recently pushed first, paginated. REPO_NOT_EXIST if unknown. */
export async function listRepoTags(
  ctx: ServiceContext,
  params: ActionParams<'ListRepoTag'>,
): Promise<Payload<'ListRepoTag'>> {
  const tags = await read(ctx.store, ['meta', 'instances', 'repositories', 'tags'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    const repo = await requireRepository(tx, params);
    // A repository's tags are read once per data generation (every tag write renews it, in any tab).
    const generation = await dataGeneration(tx);
    const key = `tags:${repo.RepoId}`;
    return (
      cachedAt<readonly TagRecord[]>(ctx.store, generation, key) ??
      rememberAt(ctx.store, generation, key, await tx.objectStore('tags').index('by-repo').getAll(repo.RepoId))
    );
  });
  const filter = params.TagFilter?.trim().toLowerCase();
  // A copy either way: the cached list is shared and is never sorted in place.
  const matching = filter ? tags.filter((t) => t.Tag.toLowerCase().includes(filter)) : [...tags];
  sortTags(matching, params.OrderBy, params.Order);
  const page = paginate(matching, params.PageNo, params.PageSize);
  return {
    Images: page.items.map(toRow),
    PageNo: page.PageNo,
    PageSize: page.PageSize,
    TotalCount: String(page.TotalCount),
  };
}

/** `localeCompare` with one shared collator: the same order, without a collator lookup per comparison. */
const compareText = new Intl.Collator().compare;

/** Sorts in place: by push time (newest first unless `asc`), tag name or size; ties by tag name. */
function sortTags(tags: TagRecord[], orderBy: ActionParams<'ListRepoTag'>['OrderBy'], order?: 'asc' | 'desc'): void {
  const byName = (a: TagRecord, b: TagRecord) => compareText(a.Tag, b.Tag);
  if (orderBy === 'Tag') {
    const sign = order === 'desc' ? -1 : 1;
    tags.sort((a, b) => sign * byName(a, b));
    return;
  }
  const key = orderBy === 'ImageSize' ? 'ImageSize' : 'ImageUpdate';
  const sign = order === 'asc' ? 1 : -1;
  tags.sort((a, b) => sign * (a[key] - b[key]) || byName(a, b));
}

/** `GetRepoTag`: one tag with its times as numbers; TAG_NOT_EXIST if the repository has no such tag. */
export async function getRepoTag(
  ctx: ServiceContext,
  params: ActionParams<'GetRepoTag'>,
): Promise<Payload<'GetRepoTag'>> {
  const tag = await read(ctx.store, ['instances', 'repositories', 'tags'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    const repo = await requireRepository(tx, params);
    const found = await tx.objectStore('tags').get([repo.RepoId, params.Tag]);
    if (!found) throw new BusinessFailure('TAG_NOT_EXIST');
    return found;
  });
  return { ...toRow(tag), ImageCreate: tag.ImageCreate, ImageUpdate: tag.ImageUpdate };
}

/**
 * `CreateRepoTag`: points `ToTag` at the image `FromTag` points at, within one repository. TAG_NOT_EXIST if
 * `FromTag` is missing; an existing `ToTag` is overwritten, unless the repository has tag immutability
 * (TAG_IMMUTABLE).
 */
export async function createRepoTag(
  ctx: ServiceContext,
  params: ActionParams<'CreateRepoTag'>,
): Promise<Payload<'CreateRepoTag'>> {
  const now = ctx.clock.now();
  const RepoId = await write(ctx.store, ['instances', 'namespaces', 'repositories', 'tags'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    await requireNamespace(tx, instance.InstanceId, params.NamespaceName);
    const repo = await requireRepository(tx, {
      InstanceId: instance.InstanceId,
      RepoNamespaceName: params.NamespaceName,
      RepoName: params.RepoName,
    });
    if (checkTagName(params.ToTag)) throw new BusinessFailure('TAG_NAME_ILLEGAL');
    const tags = tx.objectStore('tags');
    const source = await tags.get([repo.RepoId, params.FromTag]);
    if (!source) throw new BusinessFailure('TAG_NOT_EXIST');
    const target = await tags.get([repo.RepoId, params.ToTag]);
    if (target && repo.TagImmutability) throw new BusinessFailure('TAG_IMMUTABLE');
    await tags.put({
      ...source,
      Tag: params.ToTag,
      // The image keeps its creation time; the tag is "pushed" now.
      ImageCreate: source.ImageCreate,
      ImageUpdate: now,
      Status: 'NORMAL',
    });
    await tx.objectStore('repositories').put({ ...repo, ModifiedTime: now });
    return repo.RepoId;
  });
  // A push: AUTO scan rules that match the tag start scanning it, and Security Center hears of it when the
  // instance syncs (neither fails the push). Uploads and demo pushes take the same path (push.ts).
  await recordPush(ctx, {
    InstanceId: params.InstanceId,
    NamespaceName: params.NamespaceName,
    RepoName: params.RepoName,
    Tag: params.ToTag,
    RepoId,
  });
  return {};
}

/** `DeleteRepoTag`: removes a tag (its blobs stay, other tags may share them). TAG_NOT_EXIST if missing. */
export async function deleteRepoTag(
  ctx: ServiceContext,
  params: ActionParams<'DeleteRepoTag'>,
): Promise<Payload<'DeleteRepoTag'>> {
  const deleted = await write(ctx.store, ['instances', 'repositories', 'tags'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const repo = await requireRepository(tx, params);
    const key: [string, string] = [repo.RepoId, params.Tag];
    const tag = await tx.objectStore('tags').get(key);
    if (!tag) throw new BusinessFailure('TAG_NOT_EXIST');
    await tx.objectStore('tags').delete(key);
    return { repo, tag };
  });
  await forwardToSas(ctx, {
    InstanceId: params.InstanceId,
    EventType: 'IMAGE_DELETE',
    Target: `${deleted.repo.RepoNamespaceName}/${deleted.repo.RepoName}:${deleted.tag.Tag}`,
    Digest: `sha256:${deleted.tag.Digest}`,
  });
  return {};
}
