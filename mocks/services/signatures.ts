/**
 * Signature verification (console-only `ListRepoTagSignature`, `VerifyRepoTagSignature`) and
 * {@link signatureStates}, which deployment policies use too.
 *
 * The signatures considered for tag T are every layer of the `.sig` artifact of T's current digest, plus layers of
 * the repository's other `.sig` artifacts whose payload says it was made for T (`optional.tag`): those were made
 * for T's earlier content, and show as DIGEST_MISMATCH once T was re-pushed or altered, where cosign alone would
 * simply find no signature. Trusted keys are the enabled keys of the instance's witnesses; the region's other keys
 * only serve to name who made an untrusted signature.
 *
 * A signature's `Index` is its position in that list — the layer index for the current artifact's signatures,
 * which come first — and is what `ExportRepoTagSignature` takes.
 */
import {
  checkSignature,
  type SigningKeyKind,
  signatureTag,
  signedDigestOfTag,
  type TrustedPublicKey,
} from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { TagSignature, TagSignatureState } from '@/api/contract/signing';
import type { KmsKeyRecord, KmsKeyUsageRecord, SignWitnessRecord, TagRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { putUsage, usageRow } from './kms-keys';
import { requireInstance, requireRepository } from './lookup';
import type { Payload } from './payload';
import { readRepoSignatures, type StoredSignature } from './signature-artifact';
import { reasonText } from './signature-reasons';
import { dockerReference, usageTarget } from './signing';
import { witnessesOf } from './signing-witnesses';

/** The signatures considered for `tag`, current artifact first (its layer order), then older ones by sign time. */
export function signaturesFor(tag: TagRecord, all: readonly StoredSignature[]): StoredSignature[] {
  const current = `sha256:${tag.Digest}`;
  const own = all.filter((sig) => sig.artifactFor === current);
  const earlier = all
    .filter((sig) => sig.artifactFor !== current && sig.parsed?.optional?.tag === tag.Tag)
    .sort((a, b) => (a.signTime ?? 0) - (b.signTime ?? 0));
  return [...own, ...earlier];
}

const publicKeyOf = (key: KmsKeyRecord): TrustedPublicKey => ({
  id: key.KeyId,
  kind: key.KeySpec as SigningKeyKind,
  key: key.PublicKey,
});

interface Snapshot {
  reference: string;
  repoPath: { RepoNamespaceName: string; RepoName: string };
  tags: TagRecord[];
  signatures: StoredSignature[];
  witnesses: SignWitnessRecord[];
  keys: Map<string, KmsKeyRecord>;
  /** Enabled keys of the instance's witnesses, and the region's other keys. */
  trusted: TrustedPublicKey[];
  others: TrustedPublicKey[];
  verifyTimes: Map<string, { Digest: string; VerifyTime: number }>;
}

async function snapshot(
  ctx: ServiceContext,
  instanceId: string,
  repoId: string,
  tags: readonly string[] | undefined,
): Promise<Snapshot> {
  const stores = ['instances', 'repositories', 'tags', 'blobs', 'signWitnesses', 'kmsKeys', 'signatureChecks'] as const;
  return read(ctx.store, stores, async (tx) => {
    const instance = await requireInstance(tx, instanceId);
    const repo = await requireRepository(tx, { InstanceId: instanceId, RepoId: repoId });
    const repoTags = await tx.objectStore('tags').index('by-repo').getAll(repo.RepoId);
    const wanted = repoTags
      .filter((tag) => !signedDigestOfTag(tag.Tag) && (!tags || tags.includes(tag.Tag)))
      .sort((a, b) => b.ImageUpdate - a.ImageUpdate || a.Tag.localeCompare(b.Tag));
    const verifyTimes = new Map<string, { Digest: string; VerifyTime: number }>();
    for (const tag of wanted) {
      const check = await tx.objectStore('signatureChecks').get([repo.RepoId, tag.Tag]);
      if (check) verifyTimes.set(tag.Tag, check);
    }
    const regionKeys = await tx.objectStore('kmsKeys').index('by-region').getAll(instance.RegionId);
    const witnesses = (await witnessesOf(tx, instanceId)).map(({ witness }) => witness);
    const trustedIds = new Set(
      witnesses.map((w) => w.KeyId).filter((id) => regionKeys.some((k) => k.KeyId === id && k.KeyState === 'Enabled')),
    );
    return {
      reference: dockerReference(instance, repo),
      repoPath: { RepoNamespaceName: repo.RepoNamespaceName, RepoName: repo.RepoName },
      tags: wanted,
      signatures: await readRepoSignatures(tx, repoTags),
      witnesses,
      keys: new Map(regionKeys.map((key) => [key.KeyId, key])),
      trusted: regionKeys.filter((key) => trustedIds.has(key.KeyId)).map(publicKeyOf),
      others: regionKeys.filter((key) => !trustedIds.has(key.KeyId)).map(publicKeyOf),
      verifyTimes,
    };
  });
}

/** One judged signature, and the key whose usage it is (the one that verified it, or the one it names). */
interface Judged {
  signature: TagSignature;
  usageKeyId?: string;
  keyVerified: boolean;
}

async function judge(snap: Snapshot, tag: TagRecord, sig: StoredSignature, Index: number): Promise<Judged> {
  const currentDigest = `sha256:${tag.Digest}`;
  const check = await checkSignature({
    payloadBytes: sig.payload,
    signatureDer: sig.signature ?? new Uint8Array(),
    publicKeys: snap.trusted,
    otherKeys: snap.others,
    expected: { dockerReference: snap.reference, manifestDigest: currentDigest },
  });
  const keyId = check.signer ?? check.untrustedSigner;
  const key = keyId ? snap.keys.get(keyId) : undefined;
  const byAnnotation = snap.witnesses.find((w) => w.WitnessId === sig.witnessId && w.KeyId === keyId);
  const witness = byAnnotation ?? (keyId ? snap.witnesses.find((w) => w.KeyId === keyId) : undefined);
  const signedReference = sig.parsed?.critical.identity['docker-reference'];
  const signature: TagSignature = {
    Index,
    Valid: check.valid,
    ...(check.reason
      ? {
          Reason: check.reason,
          ReasonText: reasonText(check.reason, {
            currentDigest,
            expectedReference: snap.reference,
            ...(check.signedDigest ? { signedDigest: check.signedDigest } : {}),
            ...(signedReference ? { signedReference } : {}),
            ...(check.untrustedSigner ? { untrustedKeyId: check.untrustedSigner } : {}),
          }),
        }
      : {}),
    ...(key ? { KeyId: key.KeyId, KeySpec: key.KeySpec, Fingerprint: key.Fingerprint } : {}),
    ...(witness ? { WitnessId: witness.WitnessId, WitnessName: witness.WitnessName } : {}),
    ...(check.signedDigest ? { SignedDigest: check.signedDigest } : {}),
    ...(signedReference ? { DockerReference: signedReference } : {}),
    ...(sig.signTime !== undefined ? { SignTime: sig.signTime } : {}),
  };
  // A signature no key verifies is still a (failed) use of the key it claims, when that key exists.
  const usageKeyId = keyId ?? (sig.keyId && snap.keys.has(sig.keyId) ? sig.keyId : undefined);
  return { signature, keyVerified: keyId !== undefined, ...(usageKeyId ? { usageKeyId } : {}) };
}

/**
 * The signature state of the repository's tags (all, or those named in `tags`; `.sig` tags and missing tags are
 * omitted), keyed by tag name, most recently pushed first. With `recordUsage`, this is a verification: each key
 * used gets a `Verify` usage row (FAILED with the reason when the signature is not valid), and the tags' verify
 * time is recorded.
 */
export async function signatureStates(
  ctx: ServiceContext,
  instanceId: string,
  repoId: string,
  tags?: readonly string[],
  options?: { recordUsage?: boolean },
): Promise<Map<string, TagSignatureState>> {
  const snap = await snapshot(ctx, instanceId, repoId, tags);
  const now = ctx.clock.now();
  const states = new Map<string, TagSignatureState>();
  const usage: KmsKeyUsageRecord[] = [];
  const usedKeys = new Set<string>();
  for (const tag of snap.tags) {
    const considered = signaturesFor(tag, snap.signatures);
    const judged = await Promise.all(considered.map((sig, index) => judge(snap, tag, sig, index)));
    const Signatures = judged.map((j) => j.signature);
    const currentArtifact = signatureTag(`sha256:${tag.Digest}`);
    const check = snap.verifyTimes.get(tag.Tag);
    const verifyTime = options?.recordUsage ? now : check?.Digest === tag.Digest ? check.VerifyTime : undefined;
    states.set(tag.Tag, {
      Tag: tag.Tag,
      Digest: tag.Digest,
      Status: Signatures.some((s) => s.Valid) ? 'SIGNED' : Signatures.length > 0 ? 'INVALID' : 'UNSIGNED',
      ...(considered.some((sig) => sig.artifactTag === currentArtifact) ? { SignatureTag: currentArtifact } : {}),
      Signatures,
      ...(verifyTime !== undefined ? { VerifyTime: verifyTime } : {}),
    });
    for (const { signature, usageKeyId, keyVerified } of judged) {
      if (!usageKeyId) continue;
      if (keyVerified) usedKeys.add(usageKeyId);
      usage.push(
        usageRow(ctx, {
          KeyId: usageKeyId,
          Operation: 'Verify',
          Result: signature.Valid ? 'SUCCESS' : 'FAILED',
          Target: usageTarget(snap.repoPath, tag.Tag, tag.Digest),
          ...(signature.Reason ? { Detail: signature.Reason } : {}),
        }),
      );
    }
  }
  if (options?.recordUsage) await recordVerification(ctx, repoId, snap.tags, usage, usedKeys, now);
  return states;
}

async function recordVerification(
  ctx: ServiceContext,
  repoId: string,
  tags: readonly TagRecord[],
  usage: readonly KmsKeyUsageRecord[],
  usedKeys: ReadonlySet<string>,
  now: number,
): Promise<void> {
  await write(ctx.store, ['kmsKeys', 'kmsKeyUsage', 'signatureChecks'], async (tx) => {
    await putUsage(tx, usage);
    for (const keyId of usedKeys) {
      const key = await tx.objectStore('kmsKeys').get(keyId);
      if (key) await tx.objectStore('kmsKeys').put({ ...key, LastUsedTime: now });
    }
    for (const tag of tags) {
      await tx
        .objectStore('signatureChecks')
        .put({ RepoId: repoId, Tag: tag.Tag, Digest: tag.Digest, VerifyTime: now });
    }
  });
}

/** `ListRepoTagSignature`: the signature column of the tag list (no usage is recorded). */
export async function listRepoTagSignature(
  ctx: ServiceContext,
  params: ActionParams<'ListRepoTagSignature'>,
): Promise<Payload<'ListRepoTagSignature'>> {
  const states = await signatureStates(ctx, params.InstanceId, params.RepoId);
  return { Tags: [...states.values()] };
}

/** `VerifyRepoTagSignature` (验证签名): one tag, recorded in the keys' usage and the tag's verify time. */
export async function verifyRepoTagSignature(
  ctx: ServiceContext,
  params: ActionParams<'VerifyRepoTagSignature'>,
): Promise<Payload<'VerifyRepoTagSignature'>> {
  if (signedDigestOfTag(params.Tag)) throw new BusinessFailure('SIGN_TARGET_IS_SIGNATURE');
  const states = await signatureStates(ctx, params.InstanceId, params.RepoId, [params.Tag], { recordUsage: true });
  const State = states.get(params.Tag);
  if (!State) throw new BusinessFailure('TAG_NOT_EXIST');
  return { State };
}
