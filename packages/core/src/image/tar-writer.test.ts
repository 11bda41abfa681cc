import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TAR_BLOCK_SIZE, type TarEntry, writeTar } from './tar-writer';

const workDir = mkdtempSync(join(tmpdir(), 'tar-writer-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const sysTarEnv = { ...process.env, LC_ALL: 'C.UTF-8', TZ: 'UTC' };

/** Lists an archive with GNU tar: one parsed line per member. */
function listWithSystemTar(archive: string) {
  const run = spawnSync('tar', ['--utc', '--numeric-owner', '--quoting-style=literal', '-tvf', archive], {
    env: sysTarEnv,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const match = /^(\S)(\S{9}) (\d+)\/(\d+) +(\d+) (\S+ \S+) (.*)$/.exec(line);
      if (!match) throw new Error(`unparsed tar listing line: ${line}`);
      const [, typeChar, perms, uid, gid, size, date, rest] = match as unknown as string[];
      return { typeChar, perms, uid: Number(uid), gid: Number(gid), size: Number(size), date, rest };
    });
}

function writeArchive(name: string, entries: TarEntry[]): string {
  const path = join(workDir, name);
  writeFileSync(path, writeTar(entries));
  return path;
}

function extract(archive: string): string {
  const dir = mkdtempSync(join(workDir, 'x-'));
  execFileSync('tar', ['-xpf', archive, '-C', dir], { env: sysTarEnv });
  return dir;
}

/** Reads our own output block by block, to check which header forms were used. */
function headerTypes(bytes: Uint8Array): string[] {
  const types: string[] = [];
  for (let offset = 0; offset + TAR_BLOCK_SIZE <= bytes.length; ) {
    const header = bytes.subarray(offset, offset + TAR_BLOCK_SIZE);
    if (header.every((b) => b === 0)) break;
    types.push(String.fromCharCode(header[156] ?? 0));
    const size = Number.parseInt(new TextDecoder().decode(header.subarray(124, 135)), 8);
    offset += TAR_BLOCK_SIZE + Math.ceil(size / TAR_BLOCK_SIZE) * TAR_BLOCK_SIZE;
  }
  return types;
}

const segment = (char: string, length: number) => char.repeat(length);
const prefixSplitName = `${segment('p', 60)}/${segment('q', 60)}/${segment('r', 20)}.txt`; // 145 bytes
const paxOnlyName = `${segment('a', 90)}/${segment('b', 90)}/${segment('c', 90)}/deep.txt`; // 281 bytes
const singleComponentLong = `${segment('z', 120)}.conf`; // no slash to split at
const longLinkTarget = `/opt/${segment('t', 110)}/target`;
const binary = Uint8Array.from({ length: 700 }, (_, i) => (i * 7) % 256);

interface Case {
  entry: TarEntry;
  /** Type character `tar -tv` prints. */
  typeChar: string;
  perms: string;
  size: number;
  /** What `tar -tv` shows after the date (name, and link text). */
  listed: string;
}

const cases: Case[] = [
  { entry: { name: 'etc', type: 'dir' }, typeChar: 'd', perms: 'rwxr-xr-x', size: 0, listed: 'etc/' },
  {
    entry: { name: 'etc/private', type: 'dir', mode: 0o700 },
    typeChar: 'd',
    perms: 'rwx------',
    size: 0,
    listed: 'etc/private/',
  },
  {
    entry: { name: 'etc/hello.txt', data: 'hello\n' },
    typeChar: '-',
    perms: 'rw-r--r--',
    size: 6,
    listed: 'etc/hello.txt',
  },
  { entry: { name: 'empty', data: '' }, typeChar: '-', perms: 'rw-r--r--', size: 0, listed: 'empty' },
  {
    entry: { name: 'block-exact', data: 'x'.repeat(512) },
    typeChar: '-',
    perms: 'rw-r--r--',
    size: 512,
    listed: 'block-exact',
  },
  {
    entry: { name: 'block-plus-one', data: 'y'.repeat(513) },
    typeChar: '-',
    perms: 'rw-r--r--',
    size: 513,
    listed: 'block-plus-one',
  },
  { entry: { name: 'bin', type: 'dir' }, typeChar: 'd', perms: 'rwxr-xr-x', size: 0, listed: 'bin/' },
  {
    entry: { name: 'bin/tool', data: binary, mode: 0o755 },
    typeChar: '-',
    perms: 'rwxr-xr-x',
    size: 700,
    listed: 'bin/tool',
  },
  {
    entry: { name: 'bin/sh', type: 'symlink', linkName: 'tool' },
    typeChar: 'l',
    perms: 'rwxrwxrwx',
    size: 0,
    listed: 'bin/sh -> tool',
  },
  {
    entry: { name: 'bin/tool-hard', type: 'hardlink', linkName: 'bin/tool' },
    typeChar: 'h',
    perms: 'rw-r--r--',
    size: 0,
    listed: 'bin/tool-hard link to bin/tool',
  },
  {
    entry: { name: 'home', type: 'dir', uid: 1000, gid: 1000, uname: 'app', gname: 'app' },
    typeChar: 'd',
    perms: 'rwxr-xr-x',
    size: 0,
    listed: 'home/',
  },
  { entry: { name: 'café.txt', data: 'crème' }, typeChar: '-', perms: 'rw-r--r--', size: 6, listed: 'café.txt' },
  { entry: { name: '文档', type: 'dir' }, typeChar: 'd', perms: 'rwxr-xr-x', size: 0, listed: '文档/' },
  {
    entry: { name: '文档/说明.md', data: '# 说明\n' },
    typeChar: '-',
    perms: 'rw-r--r--',
    size: 9,
    listed: '文档/说明.md',
  },
  {
    entry: { name: prefixSplitName, data: 'split' },
    typeChar: '-',
    perms: 'rw-r--r--',
    size: 5,
    listed: prefixSplitName,
  },
  { entry: { name: paxOnlyName, data: 'pax' }, typeChar: '-', perms: 'rw-r--r--', size: 3, listed: paxOnlyName },
  {
    entry: { name: singleComponentLong, data: 'k=v\n' },
    typeChar: '-',
    perms: 'rw-r--r--',
    size: 4,
    listed: singleComponentLong,
  },
  {
    entry: { name: 'long-link', type: 'symlink', linkName: longLinkTarget },
    typeChar: 'l',
    perms: 'rwxrwxrwx',
    size: 0,
    listed: `long-link -> ${longLinkTarget}`,
  },
];

describe('writeTar', () => {
  const archive = writeArchive(
    'all.tar',
    cases.map((c) => ({ ...c.entry, mtime: 1_700_000_000 })),
  );

  it('is listed by GNU tar with the names, types, modes, sizes and link targets written', () => {
    const listing = listWithSystemTar(archive);
    expect(listing.map((row) => row.rest)).toEqual(cases.map((c) => c.listed));
    for (const [i, row] of listing.entries()) {
      const expected = cases[i] as Case;
      expect({ typeChar: row.typeChar, perms: row.perms, size: row.size }, expected.listed).toEqual({
        typeChar: expected.typeChar,
        perms: expected.perms,
        size: expected.size,
      });
      expect(row.date).toBe('2023-11-14 22:13');
    }
    const home = listing.find((row) => row.rest === 'home/');
    expect([home?.uid, home?.gid]).toEqual([1000, 1000]);
    expect(listing.find((row) => row.rest === 'etc/')?.uid).toBe(0);
  });

  it('extracts with GNU tar to the same contents, modes and links', () => {
    const dir = extract(archive);
    expect(readFileSync(join(dir, 'etc/hello.txt'), 'utf8')).toBe('hello\n');
    expect(new Uint8Array(readFileSync(join(dir, 'bin/tool')))).toEqual(binary);
    expect(statSync(join(dir, 'bin/tool')).mode & 0o7777).toBe(0o755);
    expect(statSync(join(dir, 'etc/private')).mode & 0o7777).toBe(0o700);
    expect(readlinkSync(join(dir, 'bin/sh'))).toBe('tool');
    expect(readlinkSync(join(dir, 'long-link'))).toBe(longLinkTarget);
    expect(statSync(join(dir, 'bin/tool-hard')).ino).toBe(statSync(join(dir, 'bin/tool')).ino);
    expect(readFileSync(join(dir, '文档/说明.md'), 'utf8')).toBe('# 说明\n');
    expect(readFileSync(join(dir, 'café.txt'), 'utf8')).toBe('crème');
    expect(readFileSync(join(dir, prefixSplitName), 'utf8')).toBe('split');
    expect(readFileSync(join(dir, paxOnlyName), 'utf8')).toBe('pax');
    expect(readFileSync(join(dir, singleComponentLong), 'utf8')).toBe('k=v\n');
    expect(lstatSync(join(dir, 'block-plus-one')).size).toBe(513);
  });

  it.each([
    { what: 'a short ASCII name', name: 'etc/hosts', headers: ['0'] },
    { what: 'a 145-byte name that splits into prefix + name', name: prefixSplitName, headers: ['0'] },
    { what: 'a 281-byte name', name: paxOnlyName, headers: ['x', '0'] },
    { what: 'a long name without a slash', name: singleComponentLong, headers: ['x', '0'] },
    { what: 'a non-ASCII name', name: 'café.txt', headers: ['x', '0'] },
  ])('uses $headers for $what', ({ name, headers }) => {
    expect(headerTypes(writeTar([{ name, data: 'x' }]))).toEqual(headers);
  });

  it('uses a pax linkpath only for link targets over 100 bytes', () => {
    expect(headerTypes(writeTar([{ name: 'l', type: 'symlink', linkName: 't'.repeat(100) }]))).toEqual(['2']);
    expect(headerTypes(writeTar([{ name: 'l', type: 'symlink', linkName: 't'.repeat(101) }]))).toEqual(['x', '2']);
  });

  it('writes pax records whose length prefix is right across digit boundaries', () => {
    // Record lengths around 99/100 and 999/1000 bytes change the number of digits of the prefix.
    const lengths = [88, 89, 90, 91, 92, 93, 94, 95, 101, 150, 255, 256, 990, 991, 992, 993, 994, 995, 996, 1000];
    const names = lengths.map((length) => `${String(length).padStart(4, '0')}${'n'.repeat(length - 4)}`);
    const listing = listWithSystemTar(
      writeArchive(
        'pax-lengths.tar',
        names.map((name) => ({ name, data: name })),
      ),
    );
    expect(listing.map((row) => row.rest)).toEqual(names);
    expect(listing.map((row) => row.size)).toEqual(lengths);
  });

  it('carries ids and owner names that do not fit ustar in pax records', () => {
    const owner = 'a-very-long-service-account-name-01';
    const entry: TarEntry = { name: 'owned', data: 'x', uid: 3_000_000, gid: 4_000_000, uname: owner, gname: owner };
    expect(headerTypes(writeTar([entry]))).toEqual(['x', '0']);
    const [row] = listWithSystemTar(writeArchive('ids.tar', [entry]));
    expect([row?.uid, row?.gid]).toEqual([3_000_000, 4_000_000]);
    const names = spawnSync('tar', ['-tvf', join(workDir, 'ids.tar')], { encoding: 'utf8' }).stdout;
    expect(names).toContain(`${owner}/${owner}`);
  });

  it('writes valid header checksums and ends with two zero blocks', () => {
    const bytes = writeTar([{ name: 'a', data: 'abc' }]);
    expect(bytes.length).toBe(512 * 4);
    expect(bytes.subarray(1024).every((b) => b === 0)).toBe(true);
    const header = bytes.subarray(0, 512);
    const stored = Number.parseInt(new TextDecoder().decode(header.subarray(148, 154)), 8);
    let sum = 0;
    for (const [i, b] of header.entries()) sum += i >= 148 && i < 156 ? 0x20 : b;
    expect(stored).toBe(sum);
    expect(new TextDecoder().decode(header.subarray(257, 265))).toBe('ustar\u000000');
  });

  it('is deterministic and defaults mtime to 0', () => {
    const entries: TarEntry[] = [{ name: 'x', data: 'same' }];
    expect(writeTar(entries)).toEqual(writeTar(entries));
    const listing = listWithSystemTar(writeArchive('epoch.tar', entries));
    expect(listing[0]?.date).toBe('1970-01-01 00:00');
  });

  it('writes an archive of no entries that GNU tar accepts', () => {
    expect(writeTar([]).length).toBe(1024);
    const run = spawnSync('tar', ['-tf', writeArchive('empty.tar', [])], { encoding: 'utf8' });
    expect([run.status, run.stdout]).toEqual([0, '']);
  });

  it.each([
    { what: 'an empty name', entry: { name: '' } },
    { what: 'a NUL in the name', entry: { name: 'a\0b' } },
    { what: 'a symlink without target', entry: { name: 'l', type: 'symlink' } },
    { what: 'data on a directory', entry: { name: 'd', type: 'dir', data: 'x' } },
    { what: 'a negative uid', entry: { name: 'f', uid: -1 } },
    { what: 'a fractional mtime', entry: { name: 'f', mtime: 1.5 } },
  ] satisfies { what: string; entry: TarEntry }[])('rejects $what', ({ entry }) => {
    expect(() => writeTar([entry])).toThrow();
  });
});
