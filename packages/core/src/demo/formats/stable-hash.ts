/**
 * Deterministic stand-in bytes for checksums the demo cannot compute honestly (an `.apk` control
 * checksum, an aports commit): FNV-1a chained over the seed. Not cryptographic; only the shape of
 * the real field matters.
 */
export function stableBytes(seed: string, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    for (const char of `${seed}#${i}`) {
      hash ^= char.charCodeAt(0);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    out[i] = hash & 0xff;
  }
  return out;
}

/** Hex string of {@link stableBytes}. */
export function stableHex(seed: string, length: number): string {
  return Array.from(stableBytes(seed, length), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Base64 of {@link stableBytes}. */
export function stableBase64(seed: string, length: number): string {
  return btoa(String.fromCharCode(...stableBytes(seed, length)));
}
