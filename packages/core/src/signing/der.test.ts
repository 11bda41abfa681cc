import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './base64';
import { derToP1363, p1363ToDer } from './der';

const hex = (value: string) => Uint8Array.from(value.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));
const toHexString = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const filled = (byte: number, length = 32) => new Uint8Array(length).fill(byte);
const pair = (r: Uint8Array, s: Uint8Array) => Uint8Array.of(...r, ...s);

describe('P1363 ↔ DER', () => {
  it('encodes small integers minimally', () => {
    const r = filled(0);
    r[31] = 1;
    const s = filled(0);
    s[31] = 0x7f;
    expect(toHexString(p1363ToDer(pair(r, s)))).toBe('300602010102017f');
  });

  it('prefixes 0x00 when the high bit is set', () => {
    const der = p1363ToDer(pair(filled(0x80), filled(0x01)));
    expect(der.length).toBe(2 + 2 + 33 + 2 + 32);
    expect(toHexString(der.subarray(0, 5))).toBe('3045022100');
    expect(derToP1363(der, 32)).toEqual(pair(filled(0x80), filled(0x01)));
  });

  it('drops leading zero bytes and restores the padding', () => {
    const r = filled(0x11);
    r[0] = 0;
    r[1] = 0;
    const s = filled(0);
    s[2] = 0x90; // after stripping two zeros the high bit is set, so one 0x00 comes back
    const der = p1363ToDer(pair(r, s));
    expect(toHexString(der.subarray(0, 4))).toBe('3041021e');
    expect(derToP1363(der, 32)).toEqual(pair(r, s));
  });

  it('encodes the value zero as one byte', () => {
    expect(toHexString(p1363ToDer(pair(filled(0), filled(0))))).toBe('3006020100020100');
    expect(derToP1363(hex('3006020100020100'), 32)).toEqual(new Uint8Array(64));
  });

  it('round-trips random signatures', () => {
    for (let i = 0; i < 200; i++) {
      const raw = crypto.getRandomValues(new Uint8Array(64));
      if (i % 3 === 0) raw[0] = 0;
      if (i % 5 === 0) raw[32] = 0x80 | (raw[32] ?? 0);
      expect(derToP1363(p1363ToDer(raw), 32)).toEqual(raw);
    }
  });

  it('uses long-form lengths for large integers', () => {
    const raw = pair(filled(0xff, 66), filled(0xff, 66)); // P-521 sized
    const der = p1363ToDer(raw);
    expect(toHexString(der.subarray(0, 3))).toBe('30818a'); // 2 × (2 + 0x00 + 66) = 138 content bytes
    expect(derToP1363(der, 66)).toEqual(raw);
  });

  it.each([
    ['empty', ''],
    ['not a sequence', '3106020101020101'],
    ['truncated', '30060201010201'],
    ['trailing bytes', '300602010102010100'],
    ['length too long', '3007020101020101'],
    ['negative integer', '3006020181020101'],
    ['non-minimal leading zero', '300702020001020101'],
    ['empty integer', '30050200020101'],
    ['third integer', '3009020101020101020101'],
    ['non-minimal long length', '308106020101020101'],
    ['indefinite length', '3080020101020101'],
    ['integer wider than the field', `3026022100${'11'.repeat(33)}020101`],
  ])('rejects %s', (_name, value) => {
    expect(derToP1363(hex(value), 32)).toBeUndefined();
  });

  it('refuses odd-length P1363 input', () => {
    expect(() => p1363ToDer(new Uint8Array(63))).toThrow();
  });
});

describe('base64', () => {
  it('matches the standard encoding', () => {
    for (const value of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar']) {
      const bytes = new TextEncoder().encode(value);
      expect(toBase64(bytes)).toBe(btoa(value));
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });

  it('round-trips binary and tolerates line breaks', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(257));
    const encoded = toBase64(bytes);
    expect(fromBase64(encoded.replace(/(.{64})/g, '$1\n'))).toEqual(bytes);
  });

  it('reports malformed input', () => {
    expect(fromBase64('ab!d')).toBeUndefined();
    expect(fromBase64('abcde')).toBeUndefined();
  });
});
