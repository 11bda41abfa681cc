import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../platform';
import { buildImage } from '../build-image';
import { writeDockerArchive } from '../docker-archive';
import { nodeSha256, openDirectory, openImageSource } from './node-sources.node';
import { openImage } from './open-image';
import { Sha256 } from './sha256';
import { ociLayoutFiles } from './test-images';
import { walkImage } from './walk-image';

const built = await buildImage({
  created: '2024-01-01T00:00:00Z',
  config: {},
  layers: [{ createdBy: 'ADD', files: [{ path: 'etc/os-release', content: 'ID=disk\n' }] }],
});

function writeLayout(files: Map<string, Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'oci-layout-'));
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return root;
}

describe('node sources', () => {
  it('lists and opens the files of a directory, refusing paths that leave it', async () => {
    const root = writeLayout(await ociLayoutFiles([{ image: built }]));
    writeFileSync(join(dirname(root), 'outside.txt'), 'secret');
    const directory = openDirectory(root);
    const listed: string[] = [];
    for await (const path of (await directory.list()) as AsyncIterable<string>) listed.push(path);
    expect(listed.sort()).toEqual(
      expect.arrayContaining(['index.json', 'oci-layout', `blobs/sha256/${built.config.digest.slice(7)}`]),
    );
    expect(await directory.open('oci-layout')).not.toBeNull();
    expect(await directory.open('missing')).toBeNull();
    expect(await directory.open('blobs')).toBeNull();
    expect(await directory.open('../outside.txt')).toBeNull();
    expect(await directory.open('/etc/passwd')).toBeNull();
  });

  it.each([
    ['an OCI layout directory', async () => writeLayout(await ociLayoutFiles([{ image: built }])), 'oci-layout'],
    [
      'a docker save file',
      async () => {
        const path = join(mkdtempSync(join(tmpdir(), 'docker-save-')), 'image.tar');
        writeFileSync(path, writeDockerArchive(built, ['disk:1']));
        return path;
      },
      'docker-archive',
    ],
  ])('opens %s from disk and walks it', async (_name, make, format) => {
    const image = await openImage(await openImageSource(await make()), { createHash: nodeSha256 });
    expect(image.format).toBe(format);
    const paths: string[] = [];
    const summary = await walkImage(image, { entry: (e) => void paths.push(e.file.path) });
    expect(paths).toEqual(['etc', 'etc/os-release']);
    expect(summary.layers[0]?.diffIdVerified).toBe(true);
  });

  it('reports a missing path as IO_ERROR', async () => {
    await expect(openImageSource('/nonexistent/image.tar')).rejects.toMatchObject({ code: 'IO_ERROR' });
  });

  it('nodeSha256 agrees with the pure-TS hasher', () => {
    const data = crypto.getRandomValues(new Uint8Array(10_000));
    const a = nodeSha256();
    const b = new Sha256();
    a.update(data.subarray(0, 3333));
    a.update(data.subarray(3333));
    b.update(data);
    expect(toHex(a.digest())).toBe(toHex(b.digest()));
  });
});
