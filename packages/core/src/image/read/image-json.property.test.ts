/**
 * Property tests for the image document parsers (issue 9, item 2): OCI index, manifest and descriptor,
 * image config and `docker save`'s manifest.json come straight from an uploaded archive, so each parser must
 * return a typed value or throw ScanError('INVALID_IMAGE') on any JSON value, and what it returns must have
 * the types it promises (the config's `config` and `history` feed the inspectors, which trust them). And the
 * platform parser round-trips: parsePlatform(formatPlatform(p)) = p, and whatever parsePlatform accepts
 * formats back to its normalised input. Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fuzzTimeout, jsonMutationArb, mutateJson, runs } from '../../testing/fuzz';
import { ScanError } from '../../types/errors';
import { parseConfig, parseDescriptor, parseDockerManifestJson, parseIndex, parseManifest } from './image-json';
import { formatPlatform, parsePlatform } from './platform-select';

vi.setConfig({ testTimeout: fuzzTimeout() });

const D = `sha256:${'a'.repeat(64)}`;
const VALID = {
  descriptor: {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: D,
    size: 10,
    annotations: { a: 'b' },
    platform: { os: 'linux', architecture: 'arm64', variant: 'v8' },
  },
  index: { schemaVersion: 2, manifests: [{ mediaType: 'm', digest: D, size: 1 }] },
  manifest: {
    schemaVersion: 2,
    config: { mediaType: 'c', digest: D, size: 1 },
    layers: [{ mediaType: 'l', digest: D, size: 2 }],
  },
  config: {
    architecture: 'amd64',
    os: 'linux',
    created: '2024-01-01T00:00:00Z',
    config: {
      User: 'app',
      Env: ['A=1'],
      Cmd: ['sh'],
      ExposedPorts: { '80/tcp': {} },
      Labels: { a: 'b' },
      Healthcheck: { Test: ['CMD', 'true'], Interval: 1 },
    },
    rootfs: { type: 'layers', diff_ids: [D] },
    history: [
      { created: '2024-01-01T00:00:00Z', created_by: 'RUN x' },
      { created_by: 'CMD', empty_layer: true },
    ],
  },
  dockerManifest: [{ Config: 'c.json', RepoTags: ['a:1'], Layers: ['l/layer.tar'] }],
};
const PARSERS: [keyof typeof VALID, (v: unknown) => unknown][] = [
  ['descriptor', (v) => parseDescriptor(v, 'd')],
  ['index', (v) => parseIndex(v, 'i')],
  ['manifest', (v) => parseManifest(v, 'm')],
  ['config', (v) => parseConfig(v, 'c')],
  ['dockerManifest', (v) => parseDockerManifestJson(v, 'manifest.json')],
];

const isStrings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The promised types of a parsed config's fields that the inspectors read. */
function checkConfigTypes(c: ReturnType<typeof parseConfig>): void {
  const cc = c.config as Record<string, unknown>;
  for (const k of ['User', 'WorkingDir', 'StopSignal']) if (k in cc) expect(typeof cc[k]).toBe('string');
  for (const k of ['Env', 'Cmd', 'Entrypoint']) if (k in cc) expect(isStrings(cc[k])).toBe(true);
  for (const k of ['ExposedPorts', 'Volumes', 'Labels'])
    if (k in cc) expect(typeof cc[k] === 'object' && cc[k] !== null && !Array.isArray(cc[k])).toBe(true);
  if (cc.Labels) expect(Object.values(cc.Labels).every((v) => typeof v === 'string')).toBe(true);
  if (cc.Healthcheck) expect(isStrings((cc.Healthcheck as { Test: unknown }).Test)).toBe(true);
  for (const h of c.history) {
    for (const k of ['created', 'created_by', 'comment', 'author'] as const)
      if (k in h) expect(typeof h[k]).toBe('string');
    if ('empty_layer' in h) expect(typeof h.empty_layer).toBe('boolean');
  }
}

describe.each(PARSERS)('%s parser', (name, parse) => {
  it('accepts its valid document', () => {
    expect(() => parse(VALID[name])).not.toThrow();
  });

  it('returns a well-typed value or throws INVALID_IMAGE on structural edits and arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(jsonMutationArb, { minLength: 1, maxLength: 3 }).map((ms) => mutateJson(VALID[name], ms)),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        (value) => {
          let parsed: unknown;
          try {
            parsed = parse(value);
          } catch (error) {
            if (error instanceof ScanError && error.code === 'INVALID_IMAGE') return;
            throw new Error(`not an INVALID_IMAGE ScanError: ${String(error)}`, { cause: error });
          }
          if (name === 'config') checkConfigTypes(parsed as ReturnType<typeof parseConfig>);
        },
      ),
      { seed: 0x1d0 + PARSERS.findIndex(([n]) => n === name), numRuns: runs(300) },
    );
  });
});

describe('platforms', () => {
  const part = fc.string({ unit: fc.constantFrom(...'abcxyz0189_-.'.split('')), minLength: 1, maxLength: 8 });

  it('parsePlatform(formatPlatform(p)) = p', () => {
    fc.assert(
      fc.property(part, part, fc.option(part, { nil: undefined }), (os, architecture, variant) => {
        const p = variant ? { os, architecture, variant } : { os, architecture };
        expect(parsePlatform(formatPlatform(p))).toEqual(p);
      }),
      { seed: 0x1e1, numRuns: runs(300) },
    );
  });

  it('any text parses to a platform that formats back to its normalised form, or a PLATFORM_NOT_FOUND', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.array(part, { maxLength: 4 }).map((xs) => xs.join('/')),
        ),
        (text) => {
          try {
            expect(formatPlatform(parsePlatform(text))).toBe(text.trim().toLowerCase());
          } catch (error) {
            if (!(error instanceof ScanError && error.code === 'PLATFORM_NOT_FOUND')) throw error;
          }
        },
      ),
      { seed: 0x1e2, numRuns: runs(300) },
    );
  });
});
