/**
 * 模拟篡改 (console-only `TamperRepoTagSignature`), a demo aid acting as an attacker with write access to the
 * registry's storage: it bypasses push, so no signing rule re-signs and no event fires.
 * - `PAYLOAD`: the signature's layer is re-pointed at altered payload bytes (the claimed digest changed), the
 *   signature annotation kept → BAD_SIGNATURE.
 * - `IMAGE`: the tag is re-pointed at altered image content (its manifest with one more annotation) → the old
 *   signature is DIGEST_MISMATCH.
 */
import { SIMPLE_SIGNING_MEDIA_TYPE, sha256Digest, signedDigestOfTag, webPlatform } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { BlobRecord, TagRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { requireInstance, requireRepository } from './lookup';
import type { Payload } from './payload';
import {
  blobOf,
  buildArtifact,
  manifestLayers,
  OCI_MANIFEST_MEDIA_TYPE,
  putArtifact,
  readRepoSignatures,
  type StoredSignature,
} from './signature-artifact';
import { signaturesFor } from './signatures';

const TAMPER_ANNOTATION = 'com.aliyun.acr.demo/tampered';

interface Found {
  tag: TagRecord;
  signature: StoredSignature;
  /** The manifest of the artifact holding the signature, and of the image. */
  artifactManifest: Uint8Array | undefined;
  image: BlobRecord | undefined;
}

async function find(ctx: ServiceContext, params: ActionParams<'TamperRepoTagSignature'>): Promise<Found> {
  if (signedDigestOfTag(params.Tag)) throw new BusinessFailure('SIGN_TARGET_IS_SIGNATURE');
  return read(ctx.store, ['instances', 'repositories', 'tags', 'blobs'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const repo = await requireRepository(tx, { InstanceId: params.InstanceId, RepoId: params.RepoId });
    const tag = await tx.objectStore('tags').get([repo.RepoId, params.Tag]);
    if (!tag) throw new BusinessFailure('TAG_NOT_EXIST');
    const repoTags = await tx.objectStore('tags').index('by-repo').getAll(repo.RepoId);
    const signature = signaturesFor(tag, await readRepoSignatures(tx, repoTags))[0];
    if (!signature) throw new BusinessFailure('SIGNATURE_NOT_EXIST');
    const artifact = repoTags.find((t) => t.Tag === signature.artifactTag) as TagRecord;
    const blobs = tx.objectStore('blobs');
    return {
      tag,
      signature,
      artifactManifest: (await blobs.get(`sha256:${artifact.Digest}`))?.bytes,
      image: await blobs.get(`sha256:${tag.Digest}`),
    };
  });
}

/** The payload with its claimed digest replaced (or, when it is not JSON any more, one byte appended). */
async function alteredPayload(payload: Uint8Array): Promise<Uint8Array> {
  const text = new TextDecoder().decode(payload);
  const other = (await sha256Digest(webPlatform, payload)).slice('sha256:'.length);
  const altered = text.replace(/("docker-manifest-digest":"sha256:)[0-9a-f]{64}/, `$1${other}`);
  return altered === text ? Uint8Array.of(...payload, 0x20) : new TextEncoder().encode(altered);
}

async function tamperPayload(ctx: ServiceContext, found: Found, params: { InstanceId: string; RepoId: string }) {
  const { signature } = found;
  const payload = await blobOf(await alteredPayload(signature.payload), SIMPLE_SIGNING_MEDIA_TYPE);
  const layers = manifestLayers(found.artifactManifest).map((layer, index) =>
    index === signature.layerIndex ? { ...layer, digest: payload.digest, size: payload.size } : layer,
  );
  const built = await buildArtifact(layers);
  const now = ctx.clock.now();
  await write(ctx.store, ['tags', 'blobs'], (tx) =>
    putArtifact(tx, { ...params, artifactTag: signature.artifactTag, now }, built, [payload]),
  );
}

async function tamperImage(ctx: ServiceContext, found: Found) {
  const now = ctx.clock.now();
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(new TextDecoder().decode(found.image?.bytes)) as Record<string, unknown>;
  } catch {
    manifest = { schemaVersion: 2, mediaType: OCI_MANIFEST_MEDIA_TYPE };
  }
  const annotations = {
    ...(manifest.annotations as Record<string, string> | undefined),
    [TAMPER_ANNOTATION]: String(now),
  };
  const bytes = new TextEncoder().encode(JSON.stringify({ ...manifest, annotations }));
  const blob = await blobOf(bytes, found.image?.mediaType ?? OCI_MANIFEST_MEDIA_TYPE);
  await write(ctx.store, ['tags', 'blobs'], async (tx) => {
    const tag = await tx.objectStore('tags').get([found.tag.RepoId, found.tag.Tag]);
    if (!tag) throw new BusinessFailure('TAG_NOT_EXIST');
    await tx.objectStore('blobs').put(blob);
    // Written directly, not pushed: no scan rule, signing rule or push event reacts.
    await tx.objectStore('tags').put({ ...tag, Digest: blob.digest.slice('sha256:'.length), ImageUpdate: now });
  });
}

export async function tamperRepoTagSignature(
  ctx: ServiceContext,
  params: ActionParams<'TamperRepoTagSignature'>,
): Promise<Payload<'TamperRepoTagSignature'>> {
  const found = await find(ctx, params);
  if ((params.Mode ?? 'PAYLOAD') === 'PAYLOAD') await tamperPayload(ctx, found, params);
  else await tamperImage(ctx, found);
  return { SignatureTag: found.signature.artifactTag };
}
