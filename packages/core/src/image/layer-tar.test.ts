import { describe, expect, it } from 'vitest';
import { type ImageFileSpec, opaque, whiteout } from './image-spec';
import { layerTarEntries, normalizeImagePath } from './layer-tar';

describe('normalizeImagePath', () => {
  it.each([
    ['etc/os-release', 'etc/os-release'],
    ['/etc/os-release', 'etc/os-release'],
    ['./usr/lib/', 'usr/lib'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeImagePath(input)).toBe(expected);
  });

  it.each(['', '/', 'a//b', '../etc/passwd', 'usr/../../etc', 'a/./b'])('rejects %j', (input) => {
    expect(() => normalizeImagePath(input)).toThrow(/invalid image path/);
  });
});

describe('layerTarEntries', () => {
  const summary = (files: ImageFileSpec[]) =>
    layerTarEntries(files, 100).map((e) => `${e.type}:${e.name}${e.linkName ? `->${e.linkName}` : ''}`);

  it('adds missing parent directories and sorts by path', () => {
    expect(
      summary([
        { path: 'usr/lib/os-release', content: 'x' },
        { path: 'etc/os-release', type: 'symlink', linkTarget: '../usr/lib/os-release' },
        { path: 'etc-backup', content: '' },
      ]),
    ).toEqual([
      'dir:etc',
      'file:etc-backup',
      'symlink:etc/os-release->../usr/lib/os-release',
      'dir:usr',
      'dir:usr/lib',
      'file:usr/lib/os-release',
    ]);
  });

  it('does not depend on the order files are listed in', () => {
    const files: ImageFileSpec[] = [
      { path: 'b/2', content: '2' },
      { path: 'a/1', content: '1' },
      { path: 'b/1', content: '1' },
    ];
    expect(layerTarEntries(files, 0)).toEqual(layerTarEntries([...files].reverse(), 0));
  });

  it('keeps explicit directory attributes instead of adding a default parent', () => {
    const entries = layerTarEntries(
      [
        { path: 'home/app', type: 'dir', mode: 0o750, uid: 1000, gid: 1000 },
        { path: 'home/app/.profile', content: '' },
      ],
      5,
    );
    expect(entries.find((e) => e.name === 'home/app')).toMatchObject({
      type: 'dir',
      mode: 0o750,
      uid: 1000,
      gid: 1000,
      mtime: 5,
    });
    expect(entries.find((e) => e.name === 'home')).toMatchObject({ type: 'dir', mode: 0o755, mtime: 5 });
  });

  it('puts hardlinks after every other entry so their targets exist first', () => {
    expect(
      summary([
        { path: 'a/link', type: 'hardlink', linkTarget: '/z/target' },
        { path: 'z/target', content: 'data' },
      ]),
    ).toEqual(['dir:a', 'dir:z', 'file:z/target', 'hardlink:a/link->z/target']);
  });

  it('applies the default mtime unless a file sets its own', () => {
    const entries = layerTarEntries(
      [
        { path: 'a', content: '' },
        { path: 'b', content: '', mtime: 7 },
      ],
      42,
    );
    expect(entries.map((e) => e.mtime)).toEqual([42, 7]);
  });

  it.each([
    { what: 'duplicate paths', files: [{ path: 'a' }, { path: '/a' }], error: /duplicate/ },
    {
      what: 'a file used as a directory',
      files: [{ path: 'a', content: '' }, { path: 'a/b' }],
      error: /not a directory/,
    },
    { what: 'a link without target', files: [{ path: 'l', type: 'symlink' }], error: /linkTarget/ },
    { what: 'content on a directory', files: [{ path: 'd', type: 'dir', content: 'x' }], error: /cannot have content/ },
  ] satisfies { what: string; files: ImageFileSpec[]; error: RegExp }[])('rejects $what', ({ files, error }) => {
    expect(() => layerTarEntries(files, 0)).toThrow(error);
  });
});

describe('whiteout helpers', () => {
  it.each([
    ['usr/share/doc/openssl', 'usr/share/doc/.wh.openssl'],
    ['/etc/motd', 'etc/.wh.motd'],
    ['tmp', '.wh.tmp'],
  ])('whiteout(%s) -> %s', (path, expected) => {
    expect(whiteout(path)).toEqual({ path: expected, content: '', mode: 0o644 });
  });

  it.each([
    ['var/cache/apk', 'var/cache/apk/.wh..wh..opq'],
    ['/opt/app/', 'opt/app/.wh..wh..opq'],
  ])('opaque(%s) -> %s', (dir, expected) => {
    expect(opaque(dir).path).toBe(expected);
  });

  it('rejects a whiteout of the root', () => {
    expect(() => whiteout('/')).toThrow();
  });
});
