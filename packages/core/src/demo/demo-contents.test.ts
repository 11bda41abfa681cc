import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltImage, buildImage } from '../image/build-image';
import { findDemoRecipe } from './recipes';
import type { DemoPackage, DemoVariant } from './types';

const workDir = mkdtempSync(join(tmpdir(), 'demo-contents-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Loaded {
  image: BuiltImage;
  root: string;
  packages: DemoPackage[];
}

const cache = new Map<string, Promise<Loaded>>();

/** Builds a recipe variant once and unpacks its layers in order with GNU tar. */
function get(name: string, variant: DemoVariant): Promise<Loaded> {
  const key = `${name}/${variant}`;
  let loaded = cache.get(key);
  if (!loaded) {
    loaded = (async () => {
      const recipe = findDemoRecipe(name);
      if (!recipe) throw new Error(`no recipe ${name}`);
      const image = await buildImage(recipe.spec({ variant }));
      const root = mkdtempSync(join(workDir, 'root-'));
      for (const layer of image.layers) {
        const blob = join(workDir, `${layer.digest.slice(7)}.tar.gz`);
        writeFileSync(blob, layer.bytes);
        execFileSync('tar', ['-xzf', blob, '-C', root]);
      }
      return { image, root, packages: recipe.packages({ variant }) };
    })();
    cache.set(key, loaded);
  }
  return loaded;
}

const readText = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const ofType = (packages: DemoPackage[], type: DemoPackage['type']) => packages.filter((p) => p.type === type);

/** dpkg control stanzas: blank-line separated, `Field: value`, continuation lines start with a space. */
function parseDpkgStanzas(text: string) {
  return text
    .split('\n\n')
    .filter((stanza) => stanza.trim() !== '')
    .map((stanza) => {
      const fields = new Map<string, string>();
      for (const line of stanza.replace(/^\n+|\n+$/g, '').split('\n')) {
        const match = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/.exec(line);
        if (match) fields.set(match[1] ?? '', match[2] ?? '');
      }
      return fields;
    });
}

describe('demo image contents', () => {
  const osRelease = (root: string) =>
    Object.fromEntries(
      readText(root, 'etc/os-release')
        .trim()
        .split('\n')
        .map((line) => {
          const [key = '', value = ''] = line.split('=');
          return [key, value.replace(/^"|"$/g, '')];
        }),
    );

  it.each([
    { name: 'alpine:3.18', variant: 'vulnerable', id: 'alpine', versionId: '3.18.0' },
    { name: 'alpine:3.18', variant: 'patched', id: 'alpine', versionId: '3.18.8' },
    { name: 'alpine:3.19', variant: 'vulnerable', id: 'alpine', versionId: '3.19.1' },
    { name: 'debian:12-slim', variant: 'vulnerable', id: 'debian', versionId: '12' },
    { name: 'debian:11', variant: 'patched', id: 'debian', versionId: '11' },
    { name: 'ubuntu:22.04', variant: 'vulnerable', id: 'ubuntu', versionId: '22.04' },
    { name: 'nginx:1.25-alpine', variant: 'vulnerable', id: 'alpine', versionId: '3.18.0' },
    { name: 'python:3.11-slim', variant: 'patched', id: 'debian', versionId: '12' },
    { name: 'go-api:1.0', variant: 'vulnerable', id: 'debian', versionId: '12' },
  ] as const)('$name ($variant) identifies as $id $versionId', async ({ name, variant, id, versionId }) => {
    const release = osRelease((await get(name, variant)).root);
    expect([release.ID, release.VERSION_ID]).toEqual([id, versionId]);
  });

  it.each([
    // [recipe, variant, type, name, version]: the versions the demo exists to show.
    ['alpine:3.18', 'vulnerable', 'apk', 'libcrypto3', '3.1.0-r4'],
    ['alpine:3.18', 'vulnerable', 'apk', 'busybox', '1.36.0-r9'],
    ['alpine:3.18', 'vulnerable', 'apk', 'musl', '1.2.4-r0'],
    ['alpine:3.18', 'vulnerable', 'apk', 'zlib', '1.2.13-r1'],
    ['alpine:3.18', 'patched', 'apk', 'libcrypto3', '3.1.6-r0'],
    ['alpine:3.19', 'vulnerable', 'apk', 'libssl3', '3.1.4-r5'],
    ['debian:12-slim', 'vulnerable', 'dpkg', 'libc6', '2.36-9'],
    ['debian:12-slim', 'vulnerable', 'dpkg', 'zlib1g', '1:1.2.13.dfsg-1'],
    ['debian:12-slim', 'patched', 'dpkg', 'libc6', '2.36-9+deb12u7'],
    ['debian:11', 'vulnerable', 'dpkg', 'libssl1.1', '1.1.1n-0+deb11u4'],
    ['ubuntu:22.04', 'vulnerable', 'dpkg', 'libssl3', '3.0.2-0ubuntu1.10'],
    ['nginx:1.25-alpine', 'vulnerable', 'apk', 'curl', '8.1.2-r0'],
    ['node:18-alpine', 'vulnerable', 'npm', 'lodash', '4.17.15'],
    ['node:18-alpine', 'vulnerable', 'npm', 'minimist', '1.2.5'],
    ['node:18-alpine', 'vulnerable', 'npm', 'axios', '0.21.1'],
    ['node:18-alpine', 'vulnerable', 'npm', 'express', '4.17.1'],
    ['node:18-alpine', 'patched', 'npm', 'lodash', '4.17.21'],
    ['python:3.11-slim', 'vulnerable', 'dpkg', 'libssl3', '3.0.9-1'],
    ['python:3.11-slim', 'vulnerable', 'pypi', 'requests', '2.25.1'],
    ['python:3.11-slim', 'vulnerable', 'pypi', 'urllib3', '1.26.4'],
    ['python:3.11-slim', 'vulnerable', 'pypi', 'PyYAML', '5.3.1'],
    ['python:3.11-slim', 'vulnerable', 'pypi', 'Jinja2', '2.11.2'],
    ['python:3.11-slim', 'vulnerable', 'pypi', 'Django', '3.2'],
    ['java-app:1.0', 'vulnerable', 'jar', 'org.apache.logging.log4j:log4j-core', '2.14.1'],
    ['java-app:1.0', 'vulnerable', 'jar', 'com.fasterxml.jackson.core:jackson-databind', '2.9.10.1'],
    ['java-app:1.0', 'patched', 'jar', 'org.apache.logging.log4j:log4j-core', '2.24.3'],
    ['go-api:1.0', 'vulnerable', 'gomod', 'golang.org/x/net', 'v0.7.0'],
  ] as const)('%s (%s) declares %s %s %s', async (name, variant, type, pkgName, version) => {
    const found = (await get(name, variant)).packages.filter((p) => p.type === type && p.name === pkgName);
    expect(found.map((p) => p.version)).toEqual([version]);
  });

  it('records source packages the way dpkg does (binNMU and epoch differences carry a version)', async () => {
    const status = parseDpkgStanzas(readText((await get('debian:12-slim', 'vulnerable')).root, 'var/lib/dpkg/status'));
    const field = (pkg: string, key: string) => status.find((s) => s.get('Package') === pkg)?.get(key);
    expect(field('bash', 'Source')).toBe('bash (5.2.15-2)');
    expect(field('bsdutils', 'Source')).toBe('util-linux (2.38.1-5)');
    expect(field('login', 'Source')).toBe('shadow (1:4.13+dfsg1-1)');
    expect(field('libc6', 'Source')).toBe('glibc');
    expect(field('dpkg', 'Source')).toBeUndefined();
  });

  it('rewrites the whole database in the layer that installs packages, as apk does', async () => {
    const { image, packages } = await get('nginx:1.25-alpine', 'vulnerable');
    const dbLayers = image.layers.filter((layer) => {
      const blob = join(workDir, `${layer.digest.slice(7)}.tar.gz`);
      return execFileSync('tar', ['-tzf', blob], { encoding: 'utf8' }).split('\n').includes('lib/apk/db/installed');
    });
    expect(dbLayers).toHaveLength(2);
    expect(ofType(packages, 'apk').map((p) => p.name)).toEqual(expect.arrayContaining(['musl', 'nginx', 'libcurl']));
  });

  it('links /bin/sh to busybox on alpine and hardlinks applets on busybox', async () => {
    const alpine = (await get('alpine:3.18', 'vulnerable')).root;
    expect(execFileSync('readlink', [join(alpine, 'bin/sh')], { encoding: 'utf8' }).trim()).toBe('/bin/busybox');
    const busybox = (await get('busybox:1.36', 'patched')).root;
    const inode = (path: string) =>
      execFileSync('stat', ['-c', '%i', join(busybox, path)], { encoding: 'utf8' }).trim();
    expect(inode('bin/ls')).toBe(inode('bin/busybox'));
    expect(readText(busybox, 'bin/busybox')).toContain('BusyBox v1.36.1');
    expect(existsSync(join(busybox, 'etc/os-release'))).toBe(false);
  });

  it('keeps the python requirements file in step with the installed distributions', async () => {
    const { root, packages } = await get('python:3.11-slim', 'vulnerable');
    const pinned = readText(root, 'usr/src/app/requirements.txt').trim().split('\n');
    const installed = ofType(packages, 'pypi').map((p) => `${p.name}==${p.version}`);
    expect(installed).toEqual(expect.arrayContaining(pinned));
    expect(pinned).toContain('requests==2.25.1');
  });
});
