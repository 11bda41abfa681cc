import { describe, expect, it } from 'vitest';
import type { FileType, LayerFile, LayerRef } from '../../types/image';
import { buildImage } from '../build-image';
import { writeDockerArchive } from '../docker-archive';
import { opaque, whiteout } from '../image-spec';
import { applyLayers, combineVisitors, FileTree } from './file-tree';
import { openImage } from './open-image';
import { bytesBlob } from './sources';
import { walkImage } from './walk-image';

const layer = (index: number): LayerRef => ({ index, digest: `sha256:${index}`, diffId: `sha256:${index}` });
const file = (path: string, index: number, type: FileType = 'file', linkTarget?: string): LayerFile => ({
  path,
  type,
  size: 0,
  mode: 0o644,
  layer: layer(index),
  ...(linkTarget === undefined ? {} : { linkTarget }),
});

describe('applyLayers over a real 3-layer image', async () => {
  const built = await buildImage({
    created: '2024-01-01T00:00:00Z',
    config: {},
    layers: [
      {
        createdBy: 'base',
        files: [
          { path: 'etc/os-release', content: 'ID=base' },
          { path: 'etc/passwd', content: 'root' },
          { path: 'usr/share/doc/pkg/README', content: 'doc' },
          { path: 'usr/share/doc/pkg/COPYING', content: 'gpl' },
          { path: 'var/cache/apk/a', content: '1' },
          { path: 'var/cache/apk/b', content: '2' },
          { path: 'opt/keep', content: 'k' },
        ],
      },
      {
        createdBy: 'update',
        files: [
          { path: 'etc/os-release', content: 'ID=updated' },
          whiteout('usr/share/doc/pkg'),
          opaque('var/cache/apk'),
          { path: 'var/cache/apk/c', content: '3' },
          { path: 'tmp/scratch', content: 's' },
        ],
      },
      {
        createdBy: 'cleanup',
        files: [whiteout('tmp/scratch'), whiteout('etc/passwd'), { path: 'usr/share/doc/pkg/NEW', content: 'n' }],
      },
    ],
  });
  const image = await openImage(bytesBlob(writeDockerArchive(built, ['wh:1'])));
  const { tree, summary } = await applyLayers(image);
  const origin = (path: string) => tree.get(path)?.layer.index;

  it.each([
    ['etc/os-release', 1],
    ['opt/keep', 0],
    ['var/cache/apk/c', 1],
    ['usr/share/doc/pkg/NEW', 2],
    ['opt', 0],
    // Each layer tar re-declares the parent directories of its files, so the newest declaration wins.
    ['etc', 2],
  ])('%s is visible from layer %i', (path, index) => {
    expect(origin(path)).toBe(index);
  });

  it.each([
    'etc/passwd',
    'usr/share/doc/pkg/README',
    'usr/share/doc/pkg/COPYING',
    'var/cache/apk/a',
    'var/cache/apk/b',
    'tmp/scratch',
  ])('%s is deleted', (path) => {
    expect(tree.get(path)).toBeUndefined();
    expect(tree.has(path)).toBe(false);
  });

  it('keeps directories whose lower entry was hidden as long as a newer layer fills them', () => {
    expect(tree.has('usr/share/doc/pkg')).toBe(true);
    expect(tree.has('tmp')).toBe(true);
  });

  it('lists the visible files in name order', () => {
    const files = [...tree.files()].filter((f) => f.type === 'file').map((f) => `${f.path}@${f.layer.index}`);
    expect(files).toEqual(['etc/os-release@1', 'opt/keep@0', 'usr/share/doc/pkg/NEW@2', 'var/cache/apk/c@1']);
    expect(summary.layers).toHaveLength(3);
  });

  it('can be built during a walk that feeds other visitors too', async () => {
    const tree2 = new FileTree();
    let entries = 0;
    let markers = 0;
    await walkImage(
      image,
      combineVisitors(tree2.visitor(), { entry: () => void entries++, whiteout: () => void markers++ }),
    );
    // Tar entries counted by the walk include the whiteout markers.
    expect(markers).toBe(4);
    expect(entries + markers).toBe(summary.entries);
    expect([...tree2.files()].map((f) => f.path)).toEqual([...tree.files()].map((f) => f.path));
  });
});

describe('FileTree', () => {
  it('lets the last duplicate win and a file replace a directory', () => {
    const tree = new FileTree();
    tree.add(file('d', 0, 'dir'));
    tree.add(file('d/x', 0));
    tree.add(file('f', 0));
    tree.add(file('f', 1));
    tree.add(file('d', 1));
    expect(tree.get('f')?.layer.index).toBe(1);
    expect(tree.get('d')?.type).toBe('file');
    expect(tree.has('d/x')).toBe(false);
  });

  it('applies an opaque marker to lower layers only, whatever the entry order', () => {
    const tree = new FileTree();
    tree.add(file('d/old', 0));
    tree.add(file('d/sub/old', 0));
    tree.add(file('d/new', 1));
    tree.applyWhiteout({ kind: 'opaque', path: 'd', layer: layer(1) });
    expect([...tree.files()].map((f) => f.path)).toEqual(['d/new']);
  });

  it('applies a root opaque marker', () => {
    const tree = new FileTree();
    tree.add(file('a', 0));
    tree.add(file('b', 1));
    tree.applyWhiteout({ kind: 'opaque', path: '', layer: layer(1) });
    expect([...tree.files()].map((f) => f.path)).toEqual(['b']);
  });

  const links = () => {
    const tree = new FileTree({ maxLinkHops: 8 });
    for (const entry of [
      file('usr/bin/busybox', 0),
      file('bin', 0, 'symlink', 'usr/bin'),
      file('usr/bin/sh', 0, 'symlink', 'busybox'),
      file('usr/bin/ash', 0, 'hardlink', 'usr/bin/busybox'),
      file('etc/alt', 0, 'symlink', '/usr/bin/sh'),
      file('etc/escape', 0, 'symlink', '../../../../usr/bin/busybox'),
      file('etc/outside', 0, 'symlink', '/../../etc/shadow'),
      file('loop/a', 0, 'symlink', 'b'),
      file('loop/b', 0, 'symlink', 'a'),
      file('loop/self', 0, 'symlink', 'self/x'),
      file('deep/1', 0, 'symlink', '2'),
      file('deep/2', 0, 'symlink', '3'),
      file('deep/3', 0, 'symlink', '4'),
      file('deep/4', 0, 'symlink', '5'),
      file('deep/5', 0, 'symlink', '6'),
      file('deep/6', 0, 'symlink', '7'),
      file('deep/7', 0, 'symlink', '8'),
      file('deep/8', 0, 'symlink', '9'),
      file('deep/9', 0, 'symlink', '10'),
      file('deep/10', 0),
      file('dangling', 0, 'symlink', 'nowhere'),
      file('notdir', 0),
    ])
      tree.add(entry);
    return tree;
  };

  it.each([
    ['bin/sh', 'found', 'usr/bin/busybox', false],
    ['bin/ash', 'found', 'usr/bin/busybox', false],
    ['/etc/alt', 'found', 'usr/bin/busybox', false],
    ['etc/escape', 'found', 'usr/bin/busybox', true],
    ['etc/outside', 'missing', 'etc/shadow', undefined],
    ['loop/a', 'loop', 'loop/a', undefined],
    ['loop/self', 'too-many-hops', 'loop/self', undefined],
    ['deep/1', 'too-many-hops', 'deep/9', undefined],
    ['dangling', 'missing', 'nowhere', undefined],
    ['notdir/x', 'missing', 'notdir', undefined],
    ['bin', 'found', 'usr/bin', false],
  ])('resolves %s → %s %s', (path, status, target, clamped) => {
    const result = links().resolve(path);
    expect(result.status).toBe(status);
    expect(result.path).toBe(target);
    if (result.status === 'found') expect(result.clamped).toBe(clamped);
  });

  it('returns the link itself when the last component is not to be followed', () => {
    const result = links().resolve('bin/sh', { followFinal: false });
    expect(result).toMatchObject({ status: 'found', path: 'usr/bin/sh', file: { type: 'symlink' } });
  });
});
