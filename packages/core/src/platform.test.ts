import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Platform, sha256Digest, toHex, webPlatform } from './platform';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('toHex', () => {
  it.each([
    { bytes: [], hex: '' },
    { bytes: [0], hex: '00' },
    { bytes: [0x0f, 0xf0, 0xff, 0x10], hex: '0ff0ff10' },
  ])('encodes $bytes as "$hex"', ({ bytes, hex }) => {
    expect(toHex(Uint8Array.from(bytes))).toBe(hex);
  });
});

describe('webPlatform.sha256', () => {
  // FIPS 180-2 test vectors.
  it.each([
    { input: '', hex: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    { input: 'abc', hex: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    {
      input: 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      hex: '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    },
  ])('hashes "$input"', async ({ input, hex }) => {
    expect(toHex(await webPlatform.sha256(utf8(input)))).toBe(hex);
  });

  it('hashes only the viewed range of a larger buffer', async () => {
    const whole = utf8('xxabcxx');
    expect(toHex(await webPlatform.sha256(whole.subarray(2, 5)))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('accepts views over a SharedArrayBuffer', async () => {
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set(utf8('abc'));
    expect(toHex(await webPlatform.sha256(shared))).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});

describe('sha256Digest', () => {
  it('prefixes the hex digest and uses the injected platform', async () => {
    const fake: Platform = { sha256: async () => Uint8Array.from({ length: 32 }, (_, i) => i) };
    expect(await sha256Digest(fake, utf8('ignored'))).toBe(
      'sha256:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
    );
  });
});
