/**
 * ECDSA signature encodings. Web Crypto signs and verifies ECDSA in IEEE P1363 form (r || s, each
 * zero-padded to the curve size), while OpenSSL, cosign and X.509 use ASN.1 DER
 * `SEQUENCE { INTEGER r, INTEGER s }`. These converters bridge the two; decoding is strict DER (minimal
 * lengths and integers, no trailing bytes) because OpenSSL rejects non-canonical signatures too, and
 * anything malformed yields `undefined` rather than an exception so verification can simply fail.
 */

const SEQUENCE = 0x30;
const INTEGER = 0x02;

/** Converts a P1363 `r || s` signature (even length) to DER. */
export function p1363ToDer(signature: Uint8Array): Uint8Array {
  if (signature.length === 0 || signature.length % 2 !== 0) {
    throw new Error(`P1363 signature must have an even, non-zero length (got ${signature.length})`);
  }
  const half = signature.length / 2;
  const r = derInteger(signature.subarray(0, half));
  const s = derInteger(signature.subarray(half));
  const body = concat(r, s);
  return concat(Uint8Array.of(SEQUENCE), derLength(body.length), body);
}

/**
 * Converts a DER signature back to P1363 with each integer left-padded to `fieldSize` bytes (32 for
 * P-256). Returns `undefined` for anything that is not a canonical DER pair of positive integers that fit.
 */
export function derToP1363(der: Uint8Array, fieldSize: number): Uint8Array | undefined {
  if (der[0] !== SEQUENCE) return undefined;
  const seq = readLength(der, 1);
  if (!seq || seq.end + seq.length !== der.length) return undefined;
  const r = readInteger(der, seq.end);
  if (!r) return undefined;
  const s = readInteger(der, r.next);
  if (!s || s.next !== der.length) return undefined;
  if (r.value.length > fieldSize || s.value.length > fieldSize) return undefined;
  const out = new Uint8Array(fieldSize * 2);
  out.set(r.value, fieldSize - r.value.length);
  out.set(s.value, fieldSize * 2 - s.value.length);
  return out;
}

/** A minimal DER INTEGER of the unsigned big-endian `magnitude`. */
function derInteger(magnitude: Uint8Array): Uint8Array {
  let start = 0;
  // Minimal encoding: drop leading zero bytes, but keep one byte for the value zero.
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  let value = magnitude.subarray(start);
  // DER integers are two's complement: a set high bit would read as negative, so prefix 0x00.
  if ((value[0] ?? 0) & 0x80) value = concat(Uint8Array.of(0), value);
  return concat(Uint8Array.of(INTEGER), derLength(value.length), value);
}

/** A DER length: short form below 128, else 0x80|n followed by n big-endian bytes. */
function derLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** Reads a DER length at `offset`; `undefined` when truncated, indefinite or not minimally encoded. */
function readLength(der: Uint8Array, offset: number): { length: number; end: number } | undefined {
  const first = der[offset];
  if (first === undefined) return undefined;
  if (first < 0x80) return { length: first, end: offset + 1 };
  const count = first & 0x7f;
  // 0x80 is BER's indefinite length; more than 4 length bytes cannot describe a signature.
  if (count === 0 || count > 4) return undefined;
  let length = 0;
  for (let i = 1; i <= count; i++) {
    const byte = der[offset + i];
    if (byte === undefined) return undefined;
    length = length * 256 + byte;
  }
  // Long form is only canonical when short form could not express the length, without leading zeros.
  if (length < 0x80 || der[offset + 1] === 0) return undefined;
  return { length, end: offset + 1 + count };
}

/** Reads a positive, minimally encoded INTEGER at `offset`, returning its magnitude without sign padding. */
function readInteger(der: Uint8Array, offset: number): { value: Uint8Array; next: number } | undefined {
  if (der[offset] !== INTEGER) return undefined;
  const header = readLength(der, offset + 1);
  if (!header || header.length === 0) return undefined;
  const next = header.end + header.length;
  if (next > der.length) return undefined;
  const content = der.subarray(header.end, next);
  const first = content[0] ?? 0;
  if (first & 0x80) return undefined; // negative: r and s are always positive
  if (first === 0 && content.length > 1) {
    // A leading zero is only allowed (and required) when the next byte has its high bit set.
    if (!((content[1] ?? 0) & 0x80)) return undefined;
    return { value: content.subarray(1), next };
  }
  return { value: content, next };
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
