/**
 * Deterministic filler content for the benchmark image, so every run scans the same bytes:
 * a seeded PRNG, a pool of source-like text (compresses like real text, ~4:1 with gzip) and a
 * pseudo-random byte stream from AES-CTR (incompressible, like media or already-compressed jars).
 */
import { createCipheriv } from 'node:crypto';

/** mulberry32: a tiny seeded PRNG; returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words used for filler text and package names. */
export const WORDS = (
  'alpha array async buffer cache chain client config context cursor data debug decode delta encode ' +
  'error event fetch field filter format frame graph handle hash header index inline input join ' +
  'kernel layer limit loader logger map matrix merge meta module node object option parse path ' +
  'pipe plugin pool queue range reader record render request resolve route schema scope server ' +
  'shell signal socket source state stream string sync table task token trace tree type value ' +
  'vector view worker writer yield zone'
).split(' ');

const encoder = new TextEncoder();

/** `bytes` of source-like text: lines of identifiers, numbers and punctuation. */
function makeTextPool(bytes: number, seed: number): Uint8Array {
  const rand = prng(seed);
  const word = () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'x';
  const lines: string[] = [];
  let length = 0;
  while (length < bytes) {
    const indent = '  '.repeat(Math.floor(rand() * 4));
    const n = Math.floor(rand() * 100000);
    const line = `${indent}const ${word()}${word()} = ${word()}.${word()}(${n}, '${word()}-${word()}');\n`;
    lines.push(line);
    length += line.length;
  }
  return encoder.encode(lines.join('')).subarray(0, bytes);
}

/** A 4 MiB text pool; slices of it fill small files and the compressible large files. */
export const TEXT_POOL = makeTextPool(4 * 1024 * 1024, 42);

/** A slice of `size` bytes of text starting at a pseudo-random offset. */
export function textSlice(rand: () => number, size: number): Uint8Array {
  const n = Math.min(size, TEXT_POOL.length);
  const start = Math.floor(rand() * (TEXT_POOL.length - n));
  return TEXT_POOL.subarray(start, start + n);
}

const CHUNK = 1024 * 1024;

/** `size` bytes of text in 1 MiB chunks (different offsets, so it is not one repeated block). */
export function textStream(size: number, seed: number): () => AsyncIterable<Uint8Array> {
  return async function* () {
    const rand = prng(seed);
    for (let left = size; left > 0; left -= CHUNK) yield textSlice(rand, Math.min(CHUNK, left));
  };
}

/** `size` pseudo-random (incompressible) bytes in 1 MiB chunks. */
export function randomStream(size: number, seed: number): () => AsyncIterable<Uint8Array> {
  return async function* () {
    const key = Buffer.alloc(16, seed & 0xff);
    const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
    const zeros = Buffer.alloc(CHUNK);
    for (let left = size; left > 0; left -= CHUNK) {
      yield new Uint8Array(cipher.update(zeros.subarray(0, Math.min(CHUNK, left))));
    }
  };
}

/** Pseudo-random bytes held in memory (for small binary files such as shared libraries). */
export function randomBytes(size: number, seed: number): Uint8Array {
  const cipher = createCipheriv('aes-128-ctr', Buffer.alloc(16, seed & 0xff), Buffer.alloc(16, (seed >> 8) & 0xff));
  return new Uint8Array(cipher.update(Buffer.alloc(size)));
}
