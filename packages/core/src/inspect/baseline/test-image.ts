/** Builds and scans small Alpine test images for the baseline tests (test support, not used by the scan). */

import { createAdvisoryIndex } from '../../advisory/advisory-index';
import { osAnalyzers } from '../../analyzer/os';
import { osPackageAnalyzers } from '../../analyzer/pkg';
import { formatApkInstalled } from '../../demo/formats/apk-installed';
import { buildImage } from '../../image/build-image';
import { writeDockerArchive } from '../../image/docker-archive';
import type { ImageFileSpec, ImageSpec, LayerSpec } from '../../image/image-spec';
import type { ContainerConfig } from '../../image/oci';
import { bytesBlob } from '../../image/read/sources';
import type { ScanReport } from '../../report/scan-report';
import { type ScanImageOptions, scanImage } from '../../scan/scan-image';
import type { Inspector } from '../inspector';

/** A small image: an Alpine base with packages, files, a config and history-only steps. */
export interface TestImage {
  /** Alpine release written to `etc/os-release` (default `3.22.1`, supported at {@link TEST_NOW}). */
  alpine?: string;
  /** apk packages installed besides musl. */
  packages?: string[];
  /** Files of the second layer. */
  files?: ImageFileSpec[];
  config?: ContainerConfig;
  /** `created_by` of history-only steps, after the layers. */
  history?: string[];
  /** More layers after the file layer. */
  layers?: LayerSpec[];
}

/** The scan clock of the tests. */
export const TEST_NOW = () => new Date('2026-11-28T00:00:00Z');

const apkDb = (names: readonly string[]) =>
  formatApkInstalled(
    names.map((name) => ({
      name,
      version: '1.0.0-r0',
      arch: 'x86_64',
      size: 1,
      installedSize: 1,
      description: name,
      url: 'https://example.test',
      license: 'MIT',
      origin: name,
      buildTime: 1,
    })),
  );

/** The image spec of a {@link TestImage}. */
export function testImageSpec(image: TestImage): ImageSpec {
  const version = image.alpine ?? '3.22.1';
  return {
    created: '2026-01-01T00:00:00Z',
    config: image.config ?? {},
    layers: [
      {
        createdBy: 'ADD alpine-minirootfs.tar.gz / # buildkit',
        files: [
          { path: 'etc/os-release', content: `ID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux"\n` },
          { path: 'etc/alpine-release', content: `${version}\n` },
          { path: 'lib/apk/db/installed', content: apkDb(['musl', ...(image.packages ?? [])]) },
        ],
      },
      { createdBy: 'COPY . /app # buildkit', files: image.files ?? [] },
      ...(image.layers ?? []),
      ...(image.history ?? []).map((createdBy) => ({ createdBy, files: [], emptyLayer: true })),
    ],
  };
}

/** Builds a {@link TestImage} and scans it with `inspectors` (OS and OS-package analyzers only, no advisories). */
export async function scanTestImage(
  image: TestImage,
  inspectors: readonly Inspector[],
  options: Partial<ScanImageOptions> = {},
): Promise<ScanReport> {
  const built = await buildImage(testImageSpec(image));
  return scanImage(bytesBlob(writeDockerArchive(built, ['test/image:1'])), {
    analyzers: [...osAnalyzers, ...osPackageAnalyzers],
    advisoryIndex: createAdvisoryIndex([]),
    now: TEST_NOW,
    inspectors,
    ...options,
  });
}
