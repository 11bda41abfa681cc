/**
 * Signing and verifying payload bytes. Signatures are always exchanged in the form OpenSSL and cosign
 * use: ECDSA as ASN.1 DER, RSA PKCS#1 v1.5 as the raw modulus-sized signature.
 */
import { fromBase64, toBase64 } from './base64';
import { derToP1363, p1363ToDer } from './der';
import { bufferSource, defaultSubtle, type SigningKeyKind, type Subtle } from './types';

/** P-256 coordinates and signature halves are 32 bytes. */
const P256_FIELD_SIZE = 32;

function signParams(kind: SigningKeyKind): EcdsaParams | AlgorithmIdentifier {
  return kind === 'EC_P256' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5' };
}

/** Signs `bytes` (SHA-256), returning the signature in OpenSSL's form (DER for ECDSA). */
export async function signPayload(
  privateKey: CryptoKey,
  kind: SigningKeyKind,
  bytes: Uint8Array,
  subtle: Subtle = defaultSubtle(),
): Promise<Uint8Array> {
  const raw = new Uint8Array(await subtle.sign(signParams(kind), privateKey, bufferSource(bytes)));
  return kind === 'EC_P256' ? p1363ToDer(raw) : raw;
}

/**
 * Whether `signature` (OpenSSL form) is a valid signature of `bytes` by `publicKey`. Malformed DER, a
 * key of another kind or any Web Crypto error all mean "not valid": verification never throws.
 */
export async function verifyPayload(
  publicKey: CryptoKey,
  kind: SigningKeyKind,
  bytes: Uint8Array,
  signature: Uint8Array,
  subtle: Subtle = defaultSubtle(),
): Promise<boolean> {
  const raw = kind === 'EC_P256' ? derToP1363(signature, P256_FIELD_SIZE) : signature;
  if (!raw || raw.length === 0) return false;
  try {
    return await subtle.verify(signParams(kind), publicKey, bufferSource(raw), bufferSource(bytes));
  } catch {
    return false;
  }
}

/** The signature as cosign stores it in the `dev.cosignproject.cosign/signature` annotation. */
export function signatureToBase64(signature: Uint8Array): string {
  return toBase64(signature);
}

/** Decodes a cosign signature annotation; `undefined` when it is not base64. */
export function signatureFromBase64(annotation: string): Uint8Array | undefined {
  return fromBase64(annotation);
}
