/**
 * Signing keys on Web Crypto: generation (private key never extractable, as a KMS would keep it),
 * public keys as SPKI PEM for download and `openssl -verify`, and fingerprints to show which key signed.
 */
import { toHex } from '../platform';
import { fromBase64, toBase64 } from './base64';
import { bufferSource, defaultSubtle, type SigningKeyKind, type Subtle } from './types';

/** Web Crypto key parameters per kind; both hash with SHA-256, which is what `openssl dgst -sha256` checks. */
export function keyAlgorithm(kind: SigningKeyKind): EcKeyImportParams | RsaHashedImportParams {
  return kind === 'EC_P256' ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
}

/** Creates a key pair whose private half cannot be exported (so a stolen store yields no key material). */
export async function generateSigningKey(
  kind: SigningKeyKind,
  subtle: Subtle = defaultSubtle(),
): Promise<CryptoKeyPair> {
  const params: EcKeyGenParams | RsaHashedKeyGenParams =
    kind === 'EC_P256'
      ? { name: 'ECDSA', namedCurve: 'P-256' }
      : {
          name: 'RSASSA-PKCS1-v1_5',
          modulusLength: 2048,
          publicExponent: Uint8Array.of(1, 0, 1), // 65537
          hash: 'SHA-256',
        };
  // Web Crypto always makes the public key extractable; `false` applies to the private key.
  return (await subtle.generateKey(params, false, ['sign', 'verify'])) as CryptoKeyPair;
}

/** The key kind of a Web Crypto key, or `undefined` when it is neither P-256 ECDSA nor 2048-bit RSA. */
export function keyKindOf(key: CryptoKey): SigningKeyKind | undefined {
  // The worker lib types `algorithm` as the bare KeyAlgorithm; EC and RSA keys add these fields.
  const algorithm = key.algorithm as KeyAlgorithm & { namedCurve?: string; modulusLength?: number };
  if (algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-256') return 'EC_P256';
  if (algorithm.name === 'RSASSA-PKCS1-v1_5' && algorithm.modulusLength === 2048) return 'RSA_2048';
  return undefined;
}

/** The SubjectPublicKeyInfo DER of a public key. */
export async function exportPublicKeyDer(publicKey: CryptoKey, subtle: Subtle = defaultSubtle()): Promise<Uint8Array> {
  return new Uint8Array(await subtle.exportKey('spki', publicKey));
}

/** The public key as a `PUBLIC KEY` PEM (SPKI, 64-character lines), as `openssl pkey -pubout` writes it. */
export async function exportPublicKeyPem(publicKey: CryptoKey, subtle: Subtle = defaultSubtle()): Promise<string> {
  return toPem('PUBLIC KEY', await exportPublicKeyDer(publicKey, subtle));
}

export interface KeyFingerprint {
  /** Hex SHA-256 of the SPKI DER; equals `openssl pkey -pubin -outform DER | openssl dgst -sha256`. */
  sha256Hex: string;
  /**
   * `SHA256:` + unpadded base64 of the same digest, the short form ssh-keygen shows. (ssh-keygen hashes
   * its own key encoding, so the value differs from ssh-keygen's for the same key; only the look matches.)
   */
  short: string;
}

/** Fingerprints a public key by its SPKI DER. */
export async function publicKeyFingerprint(
  publicKey: CryptoKey,
  subtle: Subtle = defaultSubtle(),
): Promise<KeyFingerprint> {
  const digest = new Uint8Array(
    await subtle.digest('SHA-256', bufferSource(await exportPublicKeyDer(publicKey, subtle))),
  );
  return { sha256Hex: toHex(digest), short: `SHA256:${toBase64(digest).replace(/=+$/, '')}` };
}

/**
 * Imports a `PUBLIC KEY` PEM as a verify-only key of `kind`. Throws when the PEM is malformed or holds a
 * different kind of key (an RSA key imported as EC, a 4096-bit RSA key as RSA_2048, …).
 */
export async function importPublicKeyPem(
  pem: string,
  kind: SigningKeyKind,
  subtle: Subtle = defaultSubtle(),
): Promise<CryptoKey> {
  const der = fromPem('PUBLIC KEY', pem);
  if (!der) throw new Error('not a PUBLIC KEY PEM');
  let key: CryptoKey;
  try {
    key = await subtle.importKey('spki', bufferSource(der), keyAlgorithm(kind), true, ['verify']);
  } catch (error) {
    throw new Error(`the PEM does not hold a valid ${kind} public key`, { cause: error });
  }
  if (keyKindOf(key) !== kind) throw new Error(`the PEM does not hold a ${kind} public key`);
  return key;
}

/** PEM armour with 64-character base64 lines and a trailing newline (RFC 7468). */
export function toPem(label: string, der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER inside the first `label` PEM block of `pem`, or `undefined`. */
export function fromPem(label: string, pem: string): Uint8Array | undefined {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  const body = match?.[1];
  if (body === undefined) return undefined;
  const der = fromBase64(body);
  return der && der.length > 0 ? der : undefined;
}
