import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../platform';
import { Sha256 } from './sha256';

const nodeHex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('Sha256', () => {
  it.each([
    ['empty', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      '448-bit NIST message',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('hashes the %s vector', (_name, text, expected) => {
    const hash = new Sha256();
    hash.update(new TextEncoder().encode(text));
    expect(toHex(hash.digest())).toBe(expected);
  });

  it.each([0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 65_537])(
    'agrees with node:crypto on %i random bytes fed in random chunks',
    (size) => {
      const data = new Uint8Array(randomBytes(size));
      const hash = new Sha256();
      let offset = 0;
      while (offset < size) {
        const step = 1 + Math.floor(Math.random() * 97);
        hash.update(data.subarray(offset, offset + step));
        offset += step;
      }
      expect(toHex(hash.digest())).toBe(nodeHex(data));
    },
  );

  it('hashes a million "a" characters like the NIST long vector', () => {
    const hash = new Sha256();
    const chunk = new Uint8Array(1000).fill(0x61);
    for (let i = 0; i < 1000; i++) hash.update(chunk);
    expect(toHex(hash.digest())).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('refuses updates after the digest', () => {
    const hash = new Sha256();
    hash.digest();
    expect(() => hash.update(new Uint8Array(1))).toThrow(/finished/);
  });
});
