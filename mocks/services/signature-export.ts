/**
 * 导出签名 (console-only `ExportRepoTagSignature`): the three files `openssl dgst -sha256 -verify pub.pem
 * -signature signature.sig payload.json` needs — the exact stored payload bytes, the signature in OpenSSL form
 * (DER for ECDSA, raw PKCS#1 v1.5 for RSA) and the signing key's public PEM.
 */
import { fromBase64, type SigningKeyKind, signedDigestOfTag, toBase64, verifyPayload } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { KmsKeyRecord } from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { requireInstance, requireRepository } from './lookup';
import type { Payload } from './payload';
import { readRepoSignatures, type StoredSignature } from './signature-artifact';
import { signaturesFor } from './signatures';

/** The key that made the signature: the one it names first, then every key of the region. */
async function signingKey(
  signature: StoredSignature,
  keys: readonly KmsKeyRecord[],
): Promise<KmsKeyRecord | undefined> {
  if (!signature.signature) return undefined;
  const ordered = [...keys].sort((a, b) => Number(b.KeyId === signature.keyId) - Number(a.KeyId === signature.keyId));
  for (const key of ordered) {
    if (await verifyPayload(key.PublicKey, key.KeySpec as SigningKeyKind, signature.payload, signature.signature)) {
      return key;
    }
  }
  return undefined;
}

/**
 * `ExportRepoTagSignature`: `Index` is the position in the tag's signature list (as `ListRepoTagSignature` shows
 * it). SIGNATURE_NOT_EXIST when the tag has no signature there.
 */
export async function exportRepoTagSignature(
  ctx: ServiceContext,
  params: ActionParams<'ExportRepoTagSignature'>,
): Promise<Payload<'ExportRepoTagSignature'>> {
  if (signedDigestOfTag(params.Tag)) throw new BusinessFailure('SIGN_TARGET_IS_SIGNATURE');
  const { signatures, keys } = await read(
    ctx.store,
    ['instances', 'repositories', 'tags', 'blobs', 'kmsKeys'],
    async (tx) => {
      const instance = await requireInstance(tx, params.InstanceId);
      const repo = await requireRepository(tx, { InstanceId: instance.InstanceId, RepoId: params.RepoId });
      const tag = await tx.objectStore('tags').get([repo.RepoId, params.Tag]);
      if (!tag) throw new BusinessFailure('TAG_NOT_EXIST');
      const repoTags = await tx.objectStore('tags').index('by-repo').getAll(repo.RepoId);
      return {
        signatures: signaturesFor(tag, await readRepoSignatures(tx, repoTags)),
        keys: await tx.objectStore('kmsKeys').index('by-region').getAll(instance.RegionId),
      };
    },
  );
  const signature = signatures[params.Index ?? 0];
  if (!signature) throw new BusinessFailure('SIGNATURE_NOT_EXIST');
  const key = await signingKey(signature, keys);
  return {
    Payload: toBase64(signature.payload),
    Signature: toBase64(signature.signature ?? new Uint8Array()),
    PublicKey: key?.PublicKeyPem ?? '',
    ...(key ? { KeyId: key.KeyId, KeySpec: key.KeySpec } : {}),
    SignatureTag: signature.artifactTag,
  };
}

/** The exported files as bytes: what a user saves as `payload.json`, `signature.sig` and `pub.pem`. */
export function exportedFiles(exported: { Payload: string; Signature: string; PublicKey: string }): {
  payload: Uint8Array;
  signature: Uint8Array;
  publicKeyPem: string;
} {
  return {
    payload: fromBase64(exported.Payload) ?? new Uint8Array(),
    signature: fromBase64(exported.Signature) ?? new Uint8Array(),
    publicKeyPem: exported.PublicKey,
  };
}
