/**
 * `cr:Artifact:SigningCompleted`: fired per signing to the event rules of that type whose scope and tag filter
 * cover the signed tag. ACR documents no body for it, so it carries the shared ACR fields of the other artifact
 * events (the generic body of `event-bodies.ts`) plus what was signed and by whom.
 */
import type { KeySpec, SignRuleTrigger } from '@/api/contract/signing';
import { formatShanghaiDateTime } from '../events';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import type { GenericEventData } from './event-bodies';
import { ruleCovers } from './event-config';
import { inBackground } from './event-delivery';
import { eventContext, fire, ruleTarget } from './event-fire';

export const SIGNING_COMPLETED = 'cr:Artifact:SigningCompleted';

export interface SigningCompletedData extends GenericEventData {
  /** `sha256:…` of the signed manifest. */
  Digest: string;
  /** The cosign artifact holding the signature, `sha256-<hex>.sig`. */
  SignatureTag: string;
  KeyId: string;
  KeySpec: KeySpec;
  Fingerprint: string;
  WitnessId: string;
  WitnessName: string;
  /** 加签 by a user (MANUAL) or by a signing rule on push (PUSH). */
  TriggerType: SignRuleTrigger;
  /** `YYYY-MM-DD HH:mm:ss`, Asia/Shanghai. */
  SignTime: string;
}

export interface Signed {
  InstanceId: string;
  RepoId: string;
  Tag: string;
  Digest: string;
  SignatureTag: string;
  KeyId: string;
  KeySpec: KeySpec;
  Fingerprint: string;
  WitnessId: string;
  WitnessName: string;
  TriggerType: SignRuleTrigger;
  SignTime: number;
}

async function signed(ctx: ServiceContext, event: Signed): Promise<void> {
  const found = await read(ctx.store, ['instances', 'repositories', 'tags', 'eventRules'], async (tx) => ({
    instance: await tx.objectStore('instances').get(event.InstanceId),
    repo: await tx.objectStore('repositories').get(event.RepoId),
    tag: await tx.objectStore('tags').get([event.RepoId, event.Tag]),
    rules: await tx.objectStore('eventRules').index('by-instance').getAll(event.InstanceId),
  }));
  const { instance, repo } = found;
  if (!instance || !repo) return;
  const image = { namespace: repo.RepoNamespaceName, repoName: repo.RepoName, tag: event.Tag };
  const targets = found.rules
    .filter((rule) => rule.EventType === SIGNING_COMPLETED && ruleCovers(rule, image))
    .sort((a, b) => a.CreateTime - b.CreateTime)
    .map((rule) => ruleTarget(rule, 'EVENT_RULE'));
  if (targets.length === 0) return;
  const data: SigningCompletedData = {
    RegionId: instance.RegionId,
    InstanceId: instance.InstanceId,
    InstanceName: instance.InstanceName,
    RepoNamespaceName: repo.RepoNamespaceName,
    RepoName: repo.RepoName,
    RepoId: repo.RepoId,
    Tag: event.Tag,
    ImageUpdate: formatShanghaiDateTime(found.tag?.ImageUpdate ?? event.SignTime),
    Digest: `sha256:${event.Digest}`,
    SignatureTag: event.SignatureTag,
    KeyId: event.KeyId,
    KeySpec: event.KeySpec,
    Fingerprint: event.Fingerprint,
    WitnessId: event.WitnessId,
    WitnessName: event.WitnessName,
    TriggerType: event.TriggerType,
    SignTime: formatShanghaiDateTime(event.SignTime),
  };
  const context = eventContext(instance, event.SignTime);
  await fire(
    ctx,
    { type: SIGNING_COMPLETED, data, context, generic: true },
    image,
    targets,
    `sign:${repo.RepoId}:${event.SignatureTag}`,
  );
}

/** A tag was signed: notify matching event rules in the background. */
export function notifySigned(ctx: ServiceContext, event: Signed): void {
  inBackground(ctx, 'signing event', () => signed(ctx, event));
}
