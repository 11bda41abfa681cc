/**
 * What happens when an image is pushed, whichever way it arrives (retag with `CreateRepoTag`, an uploaded
 * tarball, a demo image): the blobs and the tag are stored, then the push is recorded — AUTO scan rules that
 * match start scanning it, and Security Center hears of it when the instance syncs. Neither fails the push.
 */
import { checkTagName } from '@/api/contract/names';
import type { ImportedImage } from '../scan-worker/import-image';
import type { TagRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { notifyPushed } from './event-dispatch';
import { requireInstance, requireNamespace, requireRepository } from './lookup';
import { forwardToSas } from './scan-engine';
import { triggerAutoRules } from './scan-rule-tasks';
import { signOnPush } from './sign-on-push';

/** Where a push goes. */
export interface PushTarget {
  InstanceId: string;
  NamespaceName: string;
  RepoName: string;
  Tag: string;
}

/** A pushed tag and the rule tasks its push started. */
export interface PushResult {
  Tag: string;
  Digest: string;
  ImageId: string;
  ImageSize: number;
  Overwritten: boolean;
  RuleTaskIds: string[];
}

const PUSH_STORES = ['instances', 'namespaces', 'repositories', 'tags'] as const;

/**
 * The checks a push must pass before any byte is stored: a running instance, the namespace and repository
 * (REPO_NOT_EXIST), a legal tag name, and tag immutability when the tag exists (TAG_IMMUTABLE).
 */
export async function checkPushTarget(ctx: ServiceContext, target: PushTarget): Promise<void> {
  await read(ctx.store, PUSH_STORES, async (tx) => {
    const instance = await requireInstance(tx, target.InstanceId, { running: true });
    await requireNamespace(tx, instance.InstanceId, target.NamespaceName);
    const repo = await requireRepository(tx, {
      InstanceId: instance.InstanceId,
      RepoNamespaceName: target.NamespaceName,
      RepoName: target.RepoName,
    });
    if (checkTagName(target.Tag)) throw new BusinessFailure('TAG_NAME_ILLEGAL');
    if (repo.TagImmutability && (await tx.objectStore('tags').count([repo.RepoId, target.Tag]))) {
      throw new BusinessFailure('TAG_IMMUTABLE');
    }
  });
}

/**
 * Stores an image under `target.Tag` (blobs are content-addressed: ones already stored are skipped) and
 * records the push. An existing tag is overwritten unless the repository has tag immutability (TAG_IMMUTABLE);
 * nothing is stored when a check fails.
 */
export async function pushImage(ctx: ServiceContext, target: PushTarget, image: ImportedImage): Promise<PushResult> {
  const now = ctx.clock.now();
  const digest = image.manifestDigest.replace(/^sha256:/, '');
  const stored = await write(ctx.store, [...PUSH_STORES, 'blobs'], async (tx) => {
    const instance = await requireInstance(tx, target.InstanceId, { running: true });
    await requireNamespace(tx, instance.InstanceId, target.NamespaceName);
    const repo = await requireRepository(tx, {
      InstanceId: instance.InstanceId,
      RepoNamespaceName: target.NamespaceName,
      RepoName: target.RepoName,
    });
    if (checkTagName(target.Tag)) throw new BusinessFailure('TAG_NAME_ILLEGAL');
    const tags = tx.objectStore('tags');
    const existing = await tags.get([repo.RepoId, target.Tag]);
    if (existing && repo.TagImmutability) throw new BusinessFailure('TAG_IMMUTABLE');
    const blobs = tx.objectStore('blobs');
    for (const blob of image.blobs) {
      if (await blobs.count(blob.digest)) continue;
      await blobs.put({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, bytes: blob.bytes });
    }
    const record: TagRecord = {
      InstanceId: instance.InstanceId,
      RepoId: repo.RepoId,
      Tag: target.Tag,
      Digest: digest,
      ImageId: image.imageId,
      ImageSize: image.size,
      Status: 'NORMAL',
      // Re-pushing the same image keeps its creation time; a new image is created now.
      ImageCreate: existing && existing.Digest === digest ? existing.ImageCreate : now,
      ImageUpdate: now,
    };
    await tags.put(record);
    await tx.objectStore('repositories').put({ ...repo, ModifiedTime: now });
    return { record, overwritten: existing !== undefined };
  });
  const RuleTaskIds = await recordPush(ctx, { ...target, RepoId: stored.record.RepoId });
  return {
    Tag: stored.record.Tag,
    Digest: stored.record.Digest,
    ImageId: stored.record.ImageId,
    ImageSize: stored.record.ImageSize,
    Overwritten: stored.overwritten,
    RuleTaskIds,
  };
}

/**
 * Records a push that has been stored: AUTO scan rules start, Security Center is told, PUSH signing rules sign,
 * event rules notify. Returns the ids of the rule tasks the push started.
 */
export async function recordPush(ctx: ServiceContext, pushed: PushTarget & { RepoId: string }): Promise<string[]> {
  const ruleTaskIds = await triggerAutoRules(ctx, {
    InstanceId: pushed.InstanceId,
    RepoId: pushed.RepoId,
    Tag: pushed.Tag,
  });
  await forwardToSas(ctx, {
    InstanceId: pushed.InstanceId,
    EventType: 'IMAGE_PUSH',
    Target: `${pushed.NamespaceName}/${pushed.RepoName}:${pushed.Tag}`,
  });
  // Signing rules with the PUSH trigger sign it (never failing the push).
  await signOnPush(ctx, { InstanceId: pushed.InstanceId, RepoId: pushed.RepoId, Tag: pushed.Tag });
  // cr:Artifact:PushCompleted to matching event rules, in the background.
  notifyPushed(ctx, { InstanceId: pushed.InstanceId, RepoId: pushed.RepoId, Tag: pushed.Tag });
  return ruleTaskIds;
}
