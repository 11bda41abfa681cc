/**
 * Signing one tag (加签): the tag's current manifest digest is signed with a witness's key as a cosign
 * simple-signing payload, appended to the tag's `sha256-<hex>.sig` artifact, and `cr:Artifact:SigningCompleted`
 * fires. Used by `SignRepoTag` and by signing rules on push (`sign-on-push.ts`).
 */
import {
  payloadBytes,
  SIMPLE_SIGNING_MEDIA_TYPE,
  type SigningKeyKind,
  signatureTag,
  signedDigestOfTag,
  signPayload,
  simpleSigningPayload,
} from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { SignRuleTrigger } from '@/api/contract/signing';
import type { InstanceRecord, KmsKeyRecord, RepositoryRecord, SignWitnessRecord, TagRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { systemDomain } from './instances';
import { putUsage, recordUsage, usageRow } from './kms-keys';
import { requireInstance, requireRepository } from './lookup';
import type { Payload } from './payload';
import { blobOf, buildArtifact, manifestLayers, putArtifact, signatureLayer } from './signature-artifact';
import { notifySigned } from './signing-event';
import { rulesCovering } from './signing-rules';
import { requireWitness } from './signing-witnesses';

/** Who signs the artifacts (the payload's `optional.creator`). */
const CREATOR = 'acr-console';
/** Concurrent signings of one digest both append to one artifact: the loser rebuilds on the winner's. */
const MAX_ATTEMPTS = 3;

/** The repository as signatures name it: `<instance registry domain>/<ns>/<repo>` (cosign signs the repository). */
export function dockerReference(instance: InstanceRecord, repo: RepositoryRecord): string {
  return `${systemDomain(instance)}/${repo.RepoNamespaceName}/${repo.RepoName}`;
}

/** How key usage names an image: `ns/repo:tag@sha256:…`. */
export function usageTarget(
  repo: Pick<RepositoryRecord, 'RepoNamespaceName' | 'RepoName'>,
  tag: string,
  digestHex: string,
): string {
  return `${repo.RepoNamespaceName}/${repo.RepoName}:${tag}@sha256:${digestHex}`;
}

export interface SignTagRequest {
  InstanceId: string;
  RepoId: string;
  Tag: string;
  WitnessId?: string;
  TriggerType: SignRuleTrigger;
}

export interface SignTagResult {
  SignatureTag: string;
  Digest: string;
  KeyId: string;
  Fingerprint: string;
  WitnessId: string;
}

interface Prepared {
  instance: InstanceRecord;
  repo: RepositoryRecord;
  tag: TagRecord;
  witness: SignWitnessRecord;
  key: KmsKeyRecord;
  /** The `.sig` artifact's current manifest digest hex ('' when there is none yet) and its bytes. */
  artifactDigest: string;
  artifactManifest: Uint8Array | undefined;
}

class ArtifactMoved extends Error {}

async function prepare(ctx: ServiceContext, request: SignTagRequest): Promise<Prepared> {
  return read(
    ctx.store,
    ['instances', 'repositories', 'tags', 'blobs', 'signWitnesses', 'signRules', 'kmsKeys'],
    async (tx) => {
      const instance = await requireInstance(tx, request.InstanceId, { running: true });
      const repo = await requireRepository(tx, { InstanceId: instance.InstanceId, RepoId: request.RepoId });
      if (signedDigestOfTag(request.Tag)) throw new BusinessFailure('SIGN_TARGET_IS_SIGNATURE');
      const tag = await tx.objectStore('tags').get([repo.RepoId, request.Tag]);
      if (tag?.Status !== 'NORMAL') throw new BusinessFailure('TAG_NOT_EXIST');
      let witnessId = request.WitnessId;
      if (!witnessId) {
        // Without an explicit witness, the oldest rule covering the image decides (whatever its trigger).
        witnessId = (await rulesCovering(tx, repo, tag.Tag))[0]?.WitnessId;
        if (!witnessId) throw new BusinessFailure('NO_SIGNING_WITNESS');
      }
      const witness = await requireWitness(tx, instance.InstanceId, witnessId);
      const key = await tx.objectStore('kmsKeys').get(witness.KeyId);
      if (!key) throw new BusinessFailure('KEY_NOT_EXIST');
      const artifact = await tx.objectStore('tags').get([repo.RepoId, signatureTag(`sha256:${tag.Digest}`)]);
      const manifest = artifact ? await tx.objectStore('blobs').get(`sha256:${artifact.Digest}`) : undefined;
      return {
        instance,
        repo,
        tag,
        witness,
        key,
        artifactDigest: artifact?.Digest ?? '',
        artifactManifest: manifest?.bytes,
      };
    },
  );
}

async function attempt(ctx: ServiceContext, request: SignTagRequest): Promise<SignTagResult> {
  const { instance, repo, tag, witness, key, ...artifact } = await prepare(ctx, request);
  const target = usageTarget(repo, tag.Tag, tag.Digest);
  if (key.KeyState !== 'Enabled') {
    await recordUsage(ctx, [
      usageRow(ctx, { KeyId: key.KeyId, Operation: 'Sign', Result: 'FAILED', Target: target, Detail: 'KEY_DISABLED' }),
    ]);
    throw new BusinessFailure('KEY_DISABLED');
  }
  const signTime = ctx.clock.now();
  const manifestDigest = `sha256:${tag.Digest}`;
  const bytes = payloadBytes(
    simpleSigningPayload({
      dockerReference: dockerReference(instance, repo),
      manifestDigest,
      optional: { tag: tag.Tag, witness: witness.WitnessName, keyId: key.KeyId, signTime, creator: CREATOR },
    }),
  );
  let signature: Uint8Array;
  try {
    signature = await signPayload(key.PrivateKey, key.KeySpec as SigningKeyKind, bytes);
  } catch (error) {
    const Detail = error instanceof Error ? error.message : String(error);
    await recordUsage(ctx, [
      usageRow(ctx, { KeyId: key.KeyId, Operation: 'Sign', Result: 'FAILED', Target: target, Detail }),
    ]);
    throw error;
  }
  const payload = await blobOf(bytes, SIMPLE_SIGNING_MEDIA_TYPE);
  const layer = signatureLayer(payload, signature, { keyId: key.KeyId, witnessId: witness.WitnessId, signTime });
  const built = await buildArtifact([...manifestLayers(artifact.artifactManifest), layer]);
  const SignatureTag = signatureTag(manifestDigest);
  await write(ctx.store, ['tags', 'blobs', 'kmsKeys', 'kmsKeyUsage'], async (tx) => {
    const current = await tx.objectStore('tags').get([repo.RepoId, SignatureTag]);
    if ((current?.Digest ?? '') !== artifact.artifactDigest) throw new ArtifactMoved();
    const stored = await tx.objectStore('kmsKeys').get(key.KeyId);
    if (!stored) throw new BusinessFailure('KEY_NOT_EXIST');
    // Disabled between reading and writing: the signature is not stored (the usage row is written after).
    if (stored.KeyState !== 'Enabled') throw new BusinessFailure('KEY_DISABLED');
    await putArtifact(
      tx,
      { InstanceId: instance.InstanceId, RepoId: repo.RepoId, artifactTag: SignatureTag, now: signTime },
      built,
      [payload],
    );
    await tx.objectStore('kmsKeys').put({ ...stored, LastUsedTime: signTime });
    await putUsage(tx, [usageRow(ctx, { KeyId: key.KeyId, Operation: 'Sign', Result: 'SUCCESS', Target: target })]);
  });
  notifySigned(ctx, {
    InstanceId: instance.InstanceId,
    RepoId: repo.RepoId,
    Tag: tag.Tag,
    Digest: tag.Digest,
    SignatureTag,
    KeyId: key.KeyId,
    KeySpec: key.KeySpec,
    Fingerprint: key.Fingerprint,
    WitnessId: witness.WitnessId,
    WitnessName: witness.WitnessName,
    TriggerType: request.TriggerType,
    SignTime: signTime,
  });
  return {
    SignatureTag,
    Digest: tag.Digest,
    KeyId: key.KeyId,
    Fingerprint: key.Fingerprint,
    WitnessId: witness.WitnessId,
  };
}

/** Signs the tag's current digest; retries when another signing of the same digest landed in between. */
export async function signTag(ctx: ServiceContext, request: SignTagRequest): Promise<SignTagResult> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(ctx, request);
    } catch (error) {
      if (!(error instanceof ArtifactMoved) || n >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** `SignRepoTag` (加签): with the given witness, else the witness of the first rule covering the image. */
export async function signRepoTag(
  ctx: ServiceContext,
  params: ActionParams<'SignRepoTag'>,
): Promise<Payload<'SignRepoTag'>> {
  const result = await signTag(ctx, { ...params, TriggerType: 'MANUAL' });
  return {
    SignatureTag: result.SignatureTag,
    Digest: result.Digest,
    KeyId: result.KeyId,
    Fingerprint: result.Fingerprint,
  };
}
