import { describe, expect, it } from 'vitest';
import { ScanError } from '../../types/errors';
import { writeTar } from '../tar-writer';
import { DEFAULT_READ_LIMITS } from './limits';
import { bytesBlob } from './sources';
import { indexTar, normalizeMemberName } from './tar-index';

const text = async (blob: Blob | { arrayBuffer(): Promise<ArrayBuffer> }) =>
  new TextDecoder().decode(await blob.arrayBuffer());

/** A hand-made 512-byte ustar header, for the cases the project's writer never produces. */
function header(name: string, size: number, typeflag: string, sizeField?: Uint8Array): Uint8Array {
  const block = new Uint8Array(512);
  const put = (text: string, at: number) => block.set(new TextEncoder().encode(text), at);
  put(name, 0);
  put('0000644\0', 100);
  put('0000000\0', 108);
  put('0000000\0', 116);
  if (sizeField) block.set(sizeField, 124);
  else put(`${size.toString(8).padStart(11, '0')}\0`, 124);
  put('00000000000\0', 136);
  put(typeflag, 156);
  put('ustar\x0000', 257);
  put('        ', 148);
  const sum = block.reduce((a, b) => a + b, 0);
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return block;
}

const pad = (bytes: Uint8Array) => {
  const out = new Uint8Array(Math.ceil(bytes.length / 512) * 512);
  out.set(bytes);
  return out;
};

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

describe('indexTar', () => {
  it('maps member names to body offsets, skipping directories and links', async () => {
    const long = `${'deep/'.repeat(40)}file.json`;
    const tar = writeTar([
      { name: 'blobs/', type: 'dir' },
      { name: 'blobs/sha256/abc', data: 'layer' },
      { name: './manifest.json', data: '[]' },
      { name: long, data: 'long name via pax' },
      { name: 'link', type: 'symlink', linkName: 'manifest.json' },
    ]);
    const blob = bytesBlob(tar);
    const members = await indexTar(blob, DEFAULT_READ_LIMITS, 'test');
    expect([...members.keys()]).toEqual(['blobs/sha256/abc', 'manifest.json', long]);
    const member = members.get(long);
    expect(member && (await text(blob.slice(member.offset, member.offset + member.size)))).toBe('long name via pax');
  });

  it('lets a later member with the same name win', async () => {
    const blob = bytesBlob(
      writeTar([
        { name: 'a', data: 'one' },
        { name: 'a', data: 'two' },
      ]),
    );
    const member = (await indexTar(blob, DEFAULT_READ_LIMITS, 'test')).get('a');
    expect(member && (await text(blob.slice(member.offset, member.offset + member.size)))).toBe('two');
  });

  it('reads GNU long names and base-256 sizes', async () => {
    const name = `${'x'.repeat(150)}.json`;
    const base256 = new Uint8Array(12);
    base256[0] = 0x80;
    base256[11] = 5;
    const tar = concat(
      header('././@LongLink', name.length + 1, 'L'),
      pad(new TextEncoder().encode(`${name}\0`)),
      header('truncated-name', 0, '0', base256),
      pad(new TextEncoder().encode('hello')),
      new Uint8Array(1024),
    );
    const blob = bytesBlob(tar);
    const member = (await indexTar(blob, DEFAULT_READ_LIMITS, 'test')).get(name);
    expect(member?.size).toBe(5);
    expect(member && (await text(blob.slice(member.offset, member.offset + member.size)))).toBe('hello');
  });

  it.each([
    [
      'a corrupt checksum',
      () => {
        const t = writeTar([{ name: 'a', data: 'x' }]);
        t[0] = 0x62;
        return t;
      },
      'INVALID_IMAGE',
      /not a tar archive/,
    ],
    [
      'a body past the end',
      () => writeTar([{ name: 'a', data: 'x'.repeat(2000) }]).subarray(0, 1024),
      'INVALID_IMAGE',
      /truncated/,
    ],
    ['only zero blocks', () => new Uint8Array(1024), 'INVALID_IMAGE', /empty/],
  ])('rejects %s', async (_name, make, code, message) => {
    const error = await indexTar(bytesBlob(make()), DEFAULT_READ_LIMITS, 'test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).code).toBe(code);
    expect((error as ScanError).message).toMatch(message);
  });

  it('enforces the member limit', async () => {
    const tar = writeTar([1, 2, 3].map((i) => ({ name: `f${i}`, data: '' })));
    await expect(
      indexTar(bytesBlob(tar), { ...DEFAULT_READ_LIMITS, maxArchiveMembers: 2 }, 'test'),
    ).rejects.toMatchObject({
      code: 'LIMIT_EXCEEDED',
    });
  });

  it.each([
    ['./a/b', 'a/b'],
    ['/a/b/', 'a/b'],
    ['a/./b', 'a/b'],
    ['manifest.json', 'manifest.json'],
  ])('normalises member name %s to %s', (input, expected) => {
    expect(normalizeMemberName(input)).toBe(expected);
  });
});
