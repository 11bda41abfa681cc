import { describe, expect, it } from 'vitest';
import type { LayerRef } from '../types/image';
import type { Package } from '../types/package';
import { LayeredResults } from './layered-results';

const L = (index: number): LayerRef => ({ index, digest: `sha256:d${index}`, diffId: `sha256:f${index}` });
const apk = (name: string, version = '1.0'): Package => ({
  ecosystem: 'apk',
  name,
  version,
  purl: `pkg:apk/alpine/${name}@${version}`,
  licenses: [],
  filePath: 'lib/apk/db/installed',
});
const DB = 'lib/apk/db/installed';

/** Applies a sequence of layer events and returns `name@version → origin layer index`. */
function origins(steps: Array<(r: LayeredResults) => void>): Record<string, number | undefined> {
  const r = new LayeredResults();
  for (const step of steps) step(r);
  return Object.fromEntries(r.merged().osPackages.map((p) => [`${p.name}@${p.version}`, p.layer?.index]));
}
const writeDb =
  (layer: number, ...pkgs: Package[]) =>
  (r: LayeredResults) => {
    r.touch(DB, L(layer));
    r.add(DB, 'apk', L(layer), { osPackages: pkgs });
  };

describe('LayeredResults', () => {
  it.each([
    ['one layer', [writeDb(0, apk('musl'), apk('busybox'))], { 'busybox@1.0': 0, 'musl@1.0': 0 }],
    [
      'a package added later keeps its own layer; older ones keep theirs',
      [writeDb(0, apk('musl')), writeDb(1, apk('musl'), apk('curl'))],
      { 'curl@1.0': 1, 'musl@1.0': 0 },
    ],
    [
      'an upgraded package is credited to the layer that upgraded it',
      [writeDb(0, apk('openssl', '1.0')), writeDb(2, apk('openssl', '1.1'))],
      { 'openssl@1.1': 2 },
    ],
    [
      'a removed package disappears',
      [writeDb(0, apk('musl'), apk('curl')), writeDb(1, apk('musl'))],
      { 'musl@1.0': 0 },
    ],
    [
      'a whited-out database takes its packages with it',
      [writeDb(0, apk('musl')), (r: LayeredResults) => r.whiteout(DB, L(1))],
      {},
    ],
    [
      'whiting out a parent directory deletes the database below it',
      [writeDb(0, apk('musl')), (r: LayeredResults) => r.whiteout('lib/apk', L(1))],
      {},
    ],
    [
      'an opaque directory hides lower layers',
      [writeDb(0, apk('musl')), (r: LayeredResults) => r.opaque('lib', L(1))],
      {},
    ],
    [
      'an opaque directory keeps what its own layer wrote',
      [writeDb(0, apk('musl')), writeDb(1, apk('zlib')), (r: LayeredResults) => r.opaque('lib', L(1))],
      { 'zlib@1.0': 1 },
    ],
    [
      'a re-created database after a whiteout credits the new layer',
      [writeDb(0, apk('musl')), (r: LayeredResults) => r.whiteout(DB, L(1)), writeDb(2, apk('musl'))],
      { 'musl@1.0': 2 },
    ],
    [
      'a whiteout of a sibling path leaves the database alone',
      [writeDb(0, apk('musl')), (r: LayeredResults) => r.whiteout('lib/apk/db/installed.bak', L(1))],
      { 'musl@1.0': 0 },
    ],
    [
      'a file replaced by an entry no analyzer reads drops the old result',
      [writeDb(0, apk('musl')), (r: LayeredResults) => r.touch(DB, L(1))],
      {},
    ],
  ])('%s', (_name, steps, expected) => {
    expect(origins(steps)).toEqual(expected);
  });

  it('keeps OS detections and applications with their paths, in path order', () => {
    const r = new LayeredResults();
    r.add('etc/os-release', 'os-release', L(0), { os: { family: 'alpine', name: '3.18.4' } });
    r.add('app/package-lock.json', 'npm', L(1), {
      applications: [{ type: 'npm', filePath: 'app/package-lock.json', packages: [{ ...apk('x'), ecosystem: 'npm' }] }],
    });
    const merged = r.merged();
    expect(merged.os).toEqual([{ path: 'etc/os-release', os: { family: 'alpine', name: '3.18.4' } }]);
    expect(merged.applications[0]?.packages[0]?.layer?.index).toBe(1);
  });
});
