/** The two asymmetric key specs the console's key store offers (KMS names: `RSA_2048`, `EC_P256`). */
export type SigningKeyKind = 'EC_P256' | 'RSA_2048';

/** Every {@link SigningKeyKind}, in the order the console lists them. */
export const SIGNING_KEY_KINDS: readonly SigningKeyKind[] = ['EC_P256', 'RSA_2048'];

/**
 * The Web Crypto surface the signing code needs. Injected (defaulting to `globalThis.crypto.subtle`) so
 * tests and hosts without a global `crypto` can supply their own.
 */
export type Subtle = Pick<SubtleCrypto, 'digest' | 'exportKey' | 'generateKey' | 'importKey' | 'sign' | 'verify'>;

/** The host's Web Crypto (browsers, workers and Node 20 all expose it), read lazily so importing never fails. */
export function defaultSubtle(): Subtle {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto (crypto.subtle) is not available in this environment');
  return subtle;
}

/**
 * SubtleCrypto refuses views over a SharedArrayBuffer (and TypeScript types it so), so such input is
 * copied into a plain ArrayBuffer first.
 */
export function bufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
