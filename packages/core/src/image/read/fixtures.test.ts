/**
 * Reads the real images of Trivy's test fixtures (docker save archives of alpine 3.10/3.11 and
 * two OCI layouts). Skipped when /work/shared, which holds them, is absent.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../types/errors';
import { applyLayers } from './file-tree';
import { nodeSha256, openImageSource } from './node-sources.node';
import { openImage } from './open-image';
import { walkImage } from './walk-image';

const dir = '/work/shared/testdata/trivy/fixtures/images';

// Note: these fixtures live outside the repository; without them the suite is skipped, not failed.
describe.skipIf(!existsSync(dir))('real fixtures (Trivy test images)', () => {
  it.each([
    [
      'alpine-310.tar.gz',
      'alpine:3.10',
      'sha256:531743b7098cb2aaf615641007a129173f63ed86ca32fe7b5a246a1c47286028',
      '3.10.4',
    ],
    [
      'alpine-311.tar.gz',
      'alpine:3.11',
      'sha256:beee9f30bc1f711043e78d4a2be0668955d4b761d587d6f60c2c8dc081efb203',
      '3.11.5',
    ],
  ])('opens %s (a gzip-compressed legacy docker save) and walks its files', async (name, tag, diffId, release) => {
    const image = await openImage(await openImageSource(`${dir}/${name}`), { createHash: nodeSha256 });
    expect(image.format).toBe('docker-archive');
    expect(image.repoTags).toEqual([tag]);
    expect(image.platform).toEqual({ os: 'linux', architecture: 'amd64' });
    expect(image.layers.map((l) => l.diffId)).toEqual([diffId]);
    expect(image.layers[0]?.createdBy).toMatch(/^\/bin\/sh -c #\(nop\) ADD file:[0-9a-f]{64} in \/ $/);
    const contents = new Map<string, string>();
    const { tree, summary } = await applyLayers(image);
    await walkImage(image, {
      entry: async (entry) => {
        if (entry.file.path === 'etc/alpine-release' || entry.file.path === 'lib/apk/db/installed') {
          contents.set(entry.file.path, new TextDecoder().decode(await entry.read()));
        }
      },
    });
    expect(contents.get('etc/alpine-release')).toBe(`${release}\n`);
    expect(contents.get('lib/apk/db/installed')).toMatch(/^C:Q1.*\nP:musl\n(.|\n)*\nP:alpine-baselayout\n/);
    expect(summary.layers[0]).toMatchObject({ compression: 'none', diffIdVerified: true });
    expect(tree.get('lib/apk/db/installed')?.layer.diffId).toBe(diffId);
    expect(tree.resolve('bin/sh')).toMatchObject({ status: 'found', path: 'bin/busybox' });
  });

  it('counts the alpine 3.11 layer like tar does and reads a large file deep in it', async () => {
    const image = await openImage(await openImageSource(`${dir}/alpine-311.tar.gz`));
    let musl: Uint8Array = new Uint8Array(0);
    const summary = await walkImage(image, {
      entry: async (entry) => {
        // Reading this file after skipping ~170 bodies used to hang (see entry-body.ts).
        if (entry.file.path === 'lib/ld-musl-x86_64.so.1') musl = await entry.read();
      },
    });
    expect(summary.entries).toBe(488);
    expect(summary.uncompressedBytes).toBe(5861888);
    expect(musl.length).toBe(596528);
    expect([...musl.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
  });

  it.each([
    ['test.oci', undefined],
    ['test_image_tag.oci', '0.0.1'],
  ])('opens the OCI layout %s and walks its one layer', async (name, refName) => {
    const image = await openImage(await openImageSource(`${dir}/${name}`), { tag: refName });
    expect(image.format).toBe('oci-layout');
    expect(image.refName).toBe(refName);
    expect(image.manifestDigest).toBe('sha256:afb744871f99e0ff8e6f253244836ed34c5d805fdb096d3a205ffaf5e9073cab');
    expect(image.layers).toEqual([
      {
        index: 0,
        digest: 'sha256:cdd16bd695eda2819e7637648f573c2ca64896c4f7bff9732ac9db734ca3bc2c',
        diffId: 'sha256:9c27e219663c25e0f28493790cc0b88bc973ba3b1686355f221c38a36978ac63',
        createdBy: expect.stringMatching(/COPY file:7bf12aab/),
      },
    ]);
    const files: string[] = [];
    const summary = await walkImage(image, {
      entry: (entry) => void files.push(`${entry.file.path} ${entry.file.size} ${entry.file.mode.toString(8)}`),
    });
    expect(files).toEqual(['hello 13336 775']);
    expect(summary.layers[0]).toMatchObject({ compression: 'gzip', digestVerified: true, diffIdVerified: true });
  });

  it('refuses an unknown tag on the tagged layout', async () => {
    const error = await openImage(await openImageSource(`${dir}/test_image_tag.oci`), { tag: '9.9.9' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ScanError);
    expect((error as ScanError).message).toMatch(/0\.0\.1/);
  });
});
