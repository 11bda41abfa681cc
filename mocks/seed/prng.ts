/**
 * Deterministic randomness for the demo worlds. Ids are derived from a stable key (seed name + resource
 * path), not drawn from one shared stream, so adding a resource to a seed does not change the ids of the
 * others and deep links in scripts keep working.
 */

/** FNV-1a, 32 bit: a small, well-spread hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny PRNG with a 32-bit state; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG whose sequence depends only on `key`. */
export function randomFor(key: string): () => number {
  return createRandom(hashString(key));
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `prefix` + 16 lower-case alphanumerics, the same every time for the same key. */
export function seededId(prefix: string, key: string): string {
  const random = randomFor(`id:${key}`);
  let out = prefix;
  for (let i = 0; i < 16; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return out;
}

/** A whole number in [min, max], fixed by `key`. */
export function seededInt(key: string, min: number, max: number): number {
  return min + Math.floor(randomFor(`int:${key}`)() * (max - min + 1));
}
