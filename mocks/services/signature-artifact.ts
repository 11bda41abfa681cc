/**
 * Signature artifacts as cosign stores them: the tag `sha256-<hex>.sig` in the signed image's repository points
 * at an OCI image manifest whose layers are simple-signing payloads, one per signature, each carrying the
 * signature (DER, base64) in its `dev.cosignproject.cosign/signature` annotation. Signing again appends a layer
 * (a new manifest, the tag re-pointed). Blobs are content-addressed in `blobs`, like pushed images.
 *
 * Hashing is Web Crypto work, so artifacts are built before the write transaction that stores them.
 */
import {
  COSIGN_SIGNATURE_ANNOTATION,
  fromBase64,
  parseSimpleSigningPayload,
  SIMPLE_SIGNING_MEDIA_TYPE,
  type SimpleSigningPayload,
  sha256Digest,
  signedDigestOfTag,
  toBase64,
  webPlatform,
} from '@acr-console/core';
import type { AcrTransaction, BlobRecord, TagRecord } from '../store/schema';
import type { AnyTx } from './scan-rule-checks';

export const OCI_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_CONFIG_MEDIA_TYPE = 'application/vnd.oci.image.config.v1+json';
/** Our annotations on each signature layer: who signed and when (the signature itself is cosign's). */
export const KEY_ID_ANNOTATION = 'com.aliyun.acr.signing/key-id';
export const WITNESS_ID_ANNOTATION = 'com.aliyun.acr.signing/witness-id';
export const SIGN_TIME_ANNOTATION = 'com.aliyun.acr.signing/sign-time';

export interface Descriptor {
  mediaType: string;
  size: number;
  digest: string;
  annotations?: Record<string, string>;
}

interface SignatureManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
}

/** One signature as stored: a layer of a `.sig` artifact. */
export interface StoredSignature {
  /** The `.sig` tag holding it, and the digest (`sha256:…`) that tag name says is signed. */
  artifactTag: string;
  artifactFor: string;
  layerIndex: number;
  layer: Descriptor;
  /** The payload blob's bytes (empty when the blob is missing). */
  payload: Uint8Array;
  /** `undefined` when the annotation is missing or not base64. */
  signature: Uint8Array | undefined;
  /** The payload parsed, when it is a simple-signing document. */
  parsed: SimpleSigningPayload | undefined;
  keyId?: string;
  witnessId?: string;
  signTime?: number;
}

/** A blob record for `bytes` (hashes them). */
export async function blobOf(bytes: Uint8Array, mediaType: string): Promise<BlobRecord> {
  return { digest: await sha256Digest(webPlatform, bytes), mediaType, size: bytes.length, bytes };
}

/** The layer descriptor of a new signature. */
export function signatureLayer(
  payloadBlob: BlobRecord,
  signatureDer: Uint8Array,
  claims: { keyId: string; witnessId: string; signTime: number },
): Descriptor {
  return {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    size: payloadBlob.size,
    digest: payloadBlob.digest,
    annotations: {
      [COSIGN_SIGNATURE_ANNOTATION]: toBase64(signatureDer),
      [KEY_ID_ANNOTATION]: claims.keyId,
      [WITNESS_ID_ANNOTATION]: claims.witnessId,
      [SIGN_TIME_ANNOTATION]: String(claims.signTime),
    },
  };
}

/** A built artifact: its manifest and config blobs (payload blobs are the caller's). */
export interface BuiltArtifact {
  manifest: BlobRecord;
  config: BlobRecord;
  layers: Descriptor[];
}

/** The manifest and config of an artifact with `layers`; the config lists the layers as cosign's does. */
export async function buildArtifact(layers: readonly Descriptor[]): Promise<BuiltArtifact> {
  const configJson = {
    architecture: '',
    config: {},
    created: '0001-01-01T00:00:00Z',
    history: [{ created: '0001-01-01T00:00:00Z' }],
    os: '',
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
  };
  const config = await blobOf(new TextEncoder().encode(JSON.stringify(configJson)), OCI_CONFIG_MEDIA_TYPE);
  const manifestJson: SignatureManifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST_MEDIA_TYPE,
    config: { mediaType: OCI_CONFIG_MEDIA_TYPE, size: config.size, digest: config.digest },
    layers: [...layers],
  };
  const manifest = await blobOf(new TextEncoder().encode(JSON.stringify(manifestJson)), OCI_MANIFEST_MEDIA_TYPE);
  return { manifest, config, layers: [...layers] };
}

/** The layers of a signature manifest, or `[]` when the bytes are not one. */
export function manifestLayers(bytes: Uint8Array | undefined): Descriptor[] {
  if (!bytes) return [];
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<SignatureManifest>;
    if (!Array.isArray(value.layers)) return [];
    return value.layers.filter(
      (layer): layer is Descriptor =>
        typeof layer?.digest === 'string' && typeof layer.size === 'number' && typeof layer.mediaType === 'string',
    );
  } catch {
    return [];
  }
}

/**
 * Stores a built artifact under `artifactTag` in the caller's transaction: blobs not stored yet, and the tag row
 * written directly — not a push, so no scan rule, signing rule or push event reacts to it.
 */
export async function putArtifact(
  tx: AcrTransaction<'readwrite'>,
  target: { InstanceId: string; RepoId: string; artifactTag: string; now: number },
  built: BuiltArtifact,
  payloads: readonly BlobRecord[],
): Promise<TagRecord> {
  const blobs = tx.objectStore('blobs');
  for (const blob of [...payloads, built.config, built.manifest]) {
    if (!(await blobs.count(blob.digest))) await blobs.put(blob);
  }
  const tags = tx.objectStore('tags');
  const existing = await tags.get([target.RepoId, target.artifactTag]);
  const record: TagRecord = {
    InstanceId: target.InstanceId,
    RepoId: target.RepoId,
    Tag: target.artifactTag,
    Digest: built.manifest.digest.slice('sha256:'.length),
    ImageId: built.config.digest.slice('sha256:'.length),
    ImageSize: built.config.size + built.layers.reduce((sum, layer) => sum + layer.size, 0),
    Status: 'NORMAL',
    ImageCreate: existing?.ImageCreate ?? target.now,
    ImageUpdate: target.now,
  };
  await tags.put(record);
  return record;
}

/** Every signature stored in the `.sig` artifact `tag` points at, in layer order. */
export async function readArtifact(tx: AnyTx, tag: TagRecord): Promise<StoredSignature[]> {
  const artifactFor = signedDigestOfTag(tag.Tag);
  if (!artifactFor) return [];
  const blobs = tx.objectStore('blobs');
  const layers = manifestLayers((await blobs.get(`sha256:${tag.Digest}`))?.bytes);
  return Promise.all(
    layers.map(async (layer, layerIndex): Promise<StoredSignature> => {
      const payload = (await blobs.get(layer.digest))?.bytes ?? new Uint8Array();
      const annotations = layer.annotations ?? {};
      const encoded = annotations[COSIGN_SIGNATURE_ANNOTATION];
      const signTime = Number(annotations[SIGN_TIME_ANNOTATION]);
      return {
        artifactTag: tag.Tag,
        artifactFor,
        layerIndex,
        layer,
        payload,
        signature: encoded ? fromBase64(encoded) : undefined,
        parsed: parseSimpleSigningPayload(payload),
        ...(annotations[KEY_ID_ANNOTATION] ? { keyId: annotations[KEY_ID_ANNOTATION] } : {}),
        ...(annotations[WITNESS_ID_ANNOTATION] ? { witnessId: annotations[WITNESS_ID_ANNOTATION] } : {}),
        ...(Number.isFinite(signTime) && signTime > 0 ? { signTime } : {}),
      };
    }),
  );
}

/** Every signature of every `.sig` artifact of the repository. */
export async function readRepoSignatures(tx: AnyTx, repoTags: readonly TagRecord[]): Promise<StoredSignature[]> {
  const artifacts = repoTags.filter((tag) => signedDigestOfTag(tag.Tag) !== undefined);
  return (await Promise.all(artifacts.map((tag) => readArtifact(tx, tag)))).flat();
}
