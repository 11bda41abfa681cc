/**
 * The layers of the ~300 MB benchmark image, as entry generators (nothing is built up front):
 * a Debian 12 base (dpkg status of 300 packages, shared libraries, docs), an Alpine-style layer
 * (apk database and the files it lists), Python site-packages, a node_modules tree of ~2,000
 * packages with a package-lock.json, and large incompressible and compressible files.
 */
import { curatedAdvisories, formatApkInstalled, formatDpkgStatus } from '@acr-console/core';
import { affectedVersions } from './advisory-versions';
import { prng, randomBytes, randomStream, textSlice, textStream, WORDS } from './fill';
import type { LayerEntry } from './layer-file';
import { apkPackages, dpkgPackages } from './os-packages';

/** One layer of the plan: what the config history says and how to produce its entries. */
export interface LayerPlan {
  createdBy: string;
  entries: () => Iterable<LayerEntry>;
}

const MiB = 1024 * 1024;
const file = (name: string, data: Uint8Array | string, mode = 0o644): LayerEntry => ({
  name,
  type: 'file',
  mode,
  data: typeof data === 'string' ? new TextEncoder().encode(data) : data,
});
const word = (i: number) => WORDS[i % WORDS.length] ?? 'x';

/** Half binary, half text: shared libraries compress about 2:1. */
function libraryBytes(rand: () => number, size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(randomBytes(size >> 1, seed));
  out.set(textSlice(rand, size - (size >> 1)), size >> 1);
  return out;
}

function* debianBase(): Iterable<LayerEntry> {
  const rand = prng(1);
  const packages = dpkgPackages(300);
  yield file(
    'etc/os-release',
    'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n',
  );
  yield file('etc/debian_version', '12.4\n');
  yield file('var/lib/dpkg/status', formatDpkgStatus(packages));
  for (const [i, pkg] of packages.entries()) {
    const lib = `usr/lib/x86_64-linux-gnu/${pkg.name}.so.${1 + (i % 3)}`;
    yield file(`var/lib/dpkg/info/${pkg.name}.list`, `/usr/share/doc/${pkg.name}/copyright\n/${lib}\n`);
    yield file(`usr/share/doc/${pkg.name}/copyright`, textSlice(rand, 1024 + Math.floor(rand() * 3072)));
    yield file(lib, libraryBytes(rand, 16_384 + Math.floor(rand() * 240_000), i));
  }
  for (let i = 0; i < 3000; i++) {
    yield file(`usr/share/locale/${word(i)}/LC_MESSAGES/${word(i * 3)}-${i}.mo`, textSlice(rand, 1024));
  }
}

function* alpineStyle(): Iterable<LayerEntry> {
  const rand = prng(2);
  const packages = apkPackages(40);
  yield file('lib/apk/db/installed', formatApkInstalled(packages));
  yield file('etc/apk/world', `${packages.map((p) => p.name).join('\n')}\n`);
  for (const pkg of packages) {
    for (const group of pkg.files ?? []) {
      for (const name of group.files ?? [])
        yield file(`${group.dir}/${name}`, textSlice(rand, 1024 + (name.length % 7) * 1024));
    }
  }
  for (let i = 0; i < 2000; i++) yield file(`usr/share/apk-bench/misc/${word(i)}-${i}.txt`, textSlice(rand, 1024));
}

/** `count` (name, version) pairs: the curated advisories' affected versions first, then generated ones. */
function appPackages(ecosystem: string, count: number, generated: (i: number) => string): [string, string][] {
  const out = [...affectedVersions(curatedAdvisories, ecosystem)];
  const names = new Set(out.map(([name]) => name));
  for (let i = 0; out.length < count; i++) {
    const name = generated(i);
    if (!names.has(name)) out.push([name, `${1 + (i % 4)}.${i % 17}.${i % 11}`]);
  }
  return out.slice(0, count);
}

function* pythonSitePackages(): Iterable<LayerEntry> {
  const rand = prng(3);
  const root = 'usr/local/lib/python3.11/site-packages';
  for (const [i, [name, version]] of appPackages('PyPI', 150, (j) => `bench-${word(j)}-${j}`).entries()) {
    const dist = `${root}/${name.replace(/-/g, '_')}-${version}.dist-info`;
    const pkgDir = `${root}/${name.toLowerCase().replace(/[-.]/g, '_')}`;
    yield file(
      `${dist}/METADATA`,
      `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: ${name} (benchmark)\nLicense: MIT\n\n${name}\n`,
    );
    yield file(`${dist}/INSTALLER`, 'pip\n');
    yield file(`${dist}/top_level.txt`, `${name}\n`);
    const modules = Array.from({ length: 10 }, (_, j) => `${pkgDir}/${word(i + j)}_${j}.py`);
    yield file(`${dist}/RECORD`, modules.map((m) => `${m.slice(root.length + 1)},,\n`).join(''));
    for (const m of modules) yield file(m, textSlice(rand, 2048 + Math.floor(rand() * 12_000)));
    if (i % 4 === 0) yield file(`${pkgDir}/_speedups.cpython-311-x86_64-linux-gnu.so`, libraryBytes(rand, 150_000, i));
  }
}

function* nodeModules(): Iterable<LayerEntry> {
  const rand = prng(4);
  const app = 'usr/src/app';
  const packages = appPackages('npm', 2000, (j) => `${word(j)}-${word(j * 13 + 5)}-${j}`);
  const lockPackages: Record<string, unknown> = { '': { name: 'bench-app', version: '1.0.0' } };
  for (const [name, version] of packages) {
    lockPackages[`node_modules/${name}`] = {
      version,
      resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`,
      license: 'MIT',
    };
  }
  yield file(`${app}/package.json`, JSON.stringify({ name: 'bench-app', version: '1.0.0', private: true }, null, 2));
  yield file(
    `${app}/package-lock.json`,
    JSON.stringify(
      { name: 'bench-app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: lockPackages },
      null,
      2,
    ),
  );
  for (const [name, version] of packages) {
    const dir = `${app}/node_modules/${name}`;
    yield file(`${dir}/package.json`, JSON.stringify({ name, version, license: 'MIT', main: 'index.js' }, null, 2));
    yield file(`${dir}/index.js`, textSlice(rand, 1024 + Math.floor(rand() * 4096)));
    yield file(`${dir}/lib/main.js`, textSlice(rand, 2048 + Math.floor(rand() * 12_000)));
    yield file(`${dir}/README.md`, textSlice(rand, 2048));
  }
}

function* bigIncompressible(): Iterable<LayerEntry> {
  yield { name: 'opt/assets/video.mp4', type: 'file', mode: 0o644, size: 64 * MiB, data: randomStream(64 * MiB, 5) };
  yield { name: 'opt/assets/textures.pak', type: 'file', mode: 0o644, size: 36 * MiB, data: randomStream(36 * MiB, 6) };
}

function* bigCompressible(): Iterable<LayerEntry> {
  yield { name: 'var/log/app/history.log', type: 'file', mode: 0o644, size: 60 * MiB, data: textStream(60 * MiB, 7) };
  yield {
    name: 'usr/share/bench/corpus.txt',
    type: 'file',
    mode: 0o644,
    size: 40 * MiB,
    data: textStream(40 * MiB, 8),
  };
}

function* appLayer(): Iterable<LayerEntry> {
  yield file(
    'usr/src/app/server.js',
    "'use strict';\nrequire('http').createServer((q, r) => r.end('ok')).listen(8080);\n",
  );
  yield file('usr/local/bin/entrypoint.sh', '#!/bin/sh\nexec node /usr/src/app/server.js "$@"\n', 0o755);
}

/** The benchmark image, bottom layer first. */
export const LAYER_PLAN: readonly LayerPlan[] = [
  { createdBy: 'ADD rootfs.tar.xz / # debian:12 base, 300 dpkg packages', entries: debianBase },
  { createdBy: 'COPY --from=alpine / / # apk database and its files', entries: alpineStyle },
  { createdBy: 'RUN pip install -r requirements.txt # 150 dists', entries: pythonSitePackages },
  { createdBy: 'RUN npm ci # ~2,000 packages', entries: nodeModules },
  { createdBy: 'COPY assets/ /opt/assets/ # incompressible media', entries: bigIncompressible },
  { createdBy: 'COPY data/ / # compressible logs and text', entries: bigCompressible },
  { createdBy: 'COPY server.js entrypoint.sh', entries: appLayer },
];
