/**
 * Verifying a stored cosign signature for a tag, as 验证签名 does: the payload must be a cosign
 * simple-signing document, the signature must verify with a trusted (witness) key, and the signed claims
 * must match the image the tag points at now.
 */
import { parseSimpleSigningPayload } from './payload';
import { verifyPayload } from './sign';
import { defaultSubtle, type SigningKeyKind, type Subtle } from './types';

/** A public key the check may use, with the id the console shows as the signer. */
export interface TrustedPublicKey {
  id: string;
  kind: SigningKeyKind;
  key: CryptoKey;
}

export type SignatureProblem =
  | 'NO_TRUSTED_KEY'
  | 'BAD_SIGNATURE'
  | 'DIGEST_MISMATCH'
  | 'REFERENCE_MISMATCH'
  | 'MALFORMED_PAYLOAD';

export interface CheckSignatureInput {
  /** The stored payload bytes, exactly as signed. */
  payloadBytes: Uint8Array;
  /** The signature in OpenSSL form (DER for ECDSA). */
  signatureDer: Uint8Array;
  /** The trusted keys (enabled witnesses). */
  publicKeys: readonly TrustedPublicKey[];
  /**
   * Keys that exist but are not trusted here (disabled, or not a witness of this rule). Only used to
   * say who signed when no trusted key did.
   */
  otherKeys?: readonly TrustedPublicKey[];
  expected: {
    /** The repository the tag lives in; compared without tag or digest (see {@link sameRepository}). */
    dockerReference?: string;
    /** The tag's current manifest digest. */
    manifestDigest: string;
  };
}

export interface SignatureCheck {
  valid: boolean;
  /** Id of the trusted key the signature verified with (also set for digest/reference mismatches). */
  signer?: string;
  /** Id of a known but untrusted key that made the signature (with `NO_TRUSTED_KEY`). */
  untrustedSigner?: string;
  reason?: SignatureProblem;
  /** The digest the payload claims, when it parsed (helps explain `DIGEST_MISMATCH`). */
  signedDigest?: string;
}

/**
 * Checks one signature. Order matters for the reason reported: a malformed payload first, then
 * authenticity (no trusted key / bad signature), and only for an authentic signature the claims — so
 * `DIGEST_MISMATCH` means "a genuine signature, but for different content" (the tag was re-pushed), while
 * editing the stored payload is `BAD_SIGNATURE`.
 */
export async function checkSignature(
  input: CheckSignatureInput,
  subtle: Subtle = defaultSubtle(),
): Promise<SignatureCheck> {
  const payload = parseSimpleSigningPayload(input.payloadBytes);
  if (!payload) return { valid: false, reason: 'MALFORMED_PAYLOAD' };
  const signedDigest = payload.critical.image['docker-manifest-digest'];

  const signer = await findSigner(input.publicKeys, input, subtle);
  if (signer === undefined) {
    const untrustedSigner = await findSigner(input.otherKeys ?? [], input, subtle);
    if (untrustedSigner !== undefined) return { valid: false, reason: 'NO_TRUSTED_KEY', untrustedSigner, signedDigest };
    const reason = input.publicKeys.length === 0 ? 'NO_TRUSTED_KEY' : 'BAD_SIGNATURE';
    return { valid: false, reason, signedDigest };
  }
  if (signedDigest !== input.expected.manifestDigest) {
    return { valid: false, signer, reason: 'DIGEST_MISMATCH', signedDigest };
  }
  const reference = input.expected.dockerReference;
  if (reference !== undefined && !sameRepository(payload.critical.identity['docker-reference'], reference)) {
    return { valid: false, signer, reason: 'REFERENCE_MISMATCH', signedDigest };
  }
  return { valid: true, signer, signedDigest };
}

async function findSigner(
  keys: readonly TrustedPublicKey[],
  input: CheckSignatureInput,
  subtle: Subtle,
): Promise<string | undefined> {
  for (const { id, kind, key } of keys) {
    if (await verifyPayload(key, kind, input.payloadBytes, input.signatureDer, subtle)) return id;
  }
  return undefined;
}

/**
 * Whether two image references name the same repository, ignoring a `@digest` and a `:tag` (cosign signs
 * the repository, so retagging a signed digest keeps the signature valid). Registry host case is ignored.
 */
export function sameRepository(a: string, b: string): boolean {
  return repositoryOf(a) === repositoryOf(b);
}

/** `host/ns/repo:tag@sha256:…` → `host/ns/repo` (host lower-cased). */
export function repositoryOf(reference: string): string {
  let name = reference.split('@')[0] ?? '';
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  // A colon after the last slash is a tag; one before it is a registry port.
  if (colon > slash) name = name.slice(0, colon);
  const firstSlash = name.indexOf('/');
  return firstSlash < 0 ? name : name.slice(0, firstSlash).toLowerCase() + name.slice(firstSlash);
}
