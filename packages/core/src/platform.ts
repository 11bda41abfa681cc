/**
 * Platform port: the few capabilities the scan core needs from its host.
 *
 * The core runs unchanged in a browser Web Worker and in Node, so anything that differs between
 * hosts (or that a test wants to fake) is injected through this interface instead of imported.
 */
export interface Platform {
  /** Returns the 32-byte SHA-256 digest of `bytes`. */
  sha256(bytes: Uint8Array): Promise<Uint8Array>;
}

/**
 * The default {@link Platform}, backed by Web Crypto (`globalThis.crypto.subtle`), which exists in
 * Node 20, browsers and workers alike.
 */
export const webPlatform: Platform = {
  async sha256(bytes: Uint8Array): Promise<Uint8Array> {
    // SubtleCrypto refuses views over SharedArrayBuffer, so such input is copied first.
    const input = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
    const digest = await globalThis.crypto.subtle.digest('SHA-256', input);
    return new Uint8Array(digest);
  },
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Lower-case hexadecimal encoding of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte];
  return out;
}

/** A content digest in OCI form: `sha256:` followed by 64 lower-case hex digits. */
export type Sha256Digest = `sha256:${string}`;

/** Computes the OCI digest string (`sha256:<hex>`) of `bytes` with the given platform. */
export async function sha256Digest(platform: Platform, bytes: Uint8Array): Promise<Sha256Digest> {
  return `sha256:${toHex(await platform.sha256(bytes))}`;
}
