import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGoBuildInfo } from '../analyzer/language/go/buildinfo';
import { readRpmSqlite } from '../analyzer/pkg/rpm';
import { type BuiltImage, buildImage } from '../image/build-image';
import type { ImageConfig } from '../image/oci';
import { demoImageRecipes, findDemoRecipe } from './recipes';
import type { DemoImageRecipe, DemoPackage, DemoVariant } from './types';

const workDir = mkdtempSync(join(tmpdir(), 'demo-recipes-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Unpacks every layer in order with GNU tar, as a container runtime stacks them. */
function extractRootfs(image: BuiltImage, name: string): string {
  const root = mkdtempSync(join(workDir, `${name.replace(/[^a-z0-9]+/gi, '-')}-`));
  for (const layer of image.layers) {
    const blob = join(workDir, `${layer.digest.slice(7)}.tar.gz`);
    writeFileSync(blob, layer.bytes);
    execFileSync('tar', ['-xzf', blob, '-C', root], { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  return root;
}

// Test-side parsers, written from the formats' documentation rather than shared with the code.

/** apk installed db: records separated by blank lines, one `K:value` field per line. */
function parseApkDb(text: string) {
  expect(text.endsWith('\n\n')).toBe(true);
  return text
    .split('\n\n')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const fields = new Map<string, string>();
      for (const line of record.split('\n')) {
        const match = /^([A-Za-z]):(.*)$/.exec(line);
        if (!match) throw new Error(`bad apk db line: ${line}`);
        const [, key = '', value = ''] = match;
        if (!fields.has(key)) fields.set(key, value);
      }
      return fields;
    });
}

/** dpkg control stanzas: blank-line separated, `Field: value`, continuation lines start with a space. */
function parseDpkgStanzas(text: string) {
  return text
    .split('\n\n')
    .filter((stanza) => stanza.trim() !== '')
    .map((stanza) => {
      const fields = new Map<string, string>();
      for (const line of stanza.replace(/^\n+|\n+$/g, '').split('\n')) {
        if (line.startsWith(' ')) continue;
        const match = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/.exec(line);
        if (!match) throw new Error(`bad dpkg line: ${line}`);
        fields.set(match[1] ?? '', match[2] ?? '');
      }
      return fields;
    });
}

/** `Source: name (version)` or `Source: name`. */
function parseSource(value: string | undefined) {
  const match = /^(\S+)(?: \((\S+)\))?$/.exec(value ?? '');
  return { sourceName: match?.[1], sourceVersion: match?.[2] };
}

const ofType = (packages: DemoPackage[], type: DemoPackage['type']) => packages.filter((p) => p.type === type);
const nameVersion = (packages: { name: string; version: string }[]) =>
  packages.map((p) => `${p.name}@${p.version}`).sort();

interface Built {
  recipe: DemoImageRecipe;
  variant: DemoVariant;
  image: BuiltImage;
  root: string;
  packages: DemoPackage[];
}

const built = new Map<string, Built>();
const variants: DemoVariant[] = ['vulnerable', 'patched'];
const cases = demoImageRecipes.flatMap((recipe) => variants.map((variant) => ({ name: recipe.name, variant })));

let sqlJs: SqlJsStatic;

beforeAll(async () => {
  sqlJs = await initSqlJs();
  for (const recipe of demoImageRecipes) {
    for (const variant of variants) {
      const image = await buildImage(recipe.spec({ variant }));
      built.set(`${recipe.name}/${variant}`, {
        recipe,
        variant,
        image,
        root: extractRootfs(image, `${recipe.name}-${variant}`),
        packages: recipe.packages({ variant }),
      });
    }
  }
}, 60_000);

function get(name: string, variant: DemoVariant): Built {
  const entry = built.get(`${name}/${variant}`);
  if (!entry) throw new Error(`not built: ${name}/${variant}`);
  return entry;
}

const readText = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('demoImageRecipes', () => {
  it('lists the expected recipes with unique names and descriptions', () => {
    expect(demoImageRecipes.map((r) => r.name)).toEqual([
      'alpine:3.18',
      'alpine:3.19',
      'debian:12-slim',
      'debian:11',
      'ubuntu:22.04',
      'busybox:1.36',
      'rockylinux:9',
      'nginx:1.25-alpine',
      'node:18-alpine',
      'python:3.11-slim',
      'java-app:1.0',
      'go-api:1.0',
      'legacy-portal:1.0',
      'hello:1.0',
    ]);
    for (const recipe of demoImageRecipes) expect(recipe.description.length).toBeGreaterThan(20);
    expect(findDemoRecipe('alpine:3.18')?.name).toBe('alpine:3.18');
    expect(findDemoRecipe('alpine:latest')).toBeUndefined();
  });

  it.each(cases)('$name ($variant) builds a small image whose config lists every layer', ({ name, variant }) => {
    const { image } = get(name, variant);
    expect(image.size).toBeGreaterThan(1_000);
    expect(image.size).toBeLessThan(120_000);
    const config = JSON.parse(new TextDecoder().decode(image.config.bytes)) as ImageConfig;
    expect(config.rootfs.diff_ids).toEqual(image.layers.map((l) => l.diffId));
    expect(config.history.filter((h) => !h.empty_layer)).toHaveLength(image.layers.length);
    expect(config.architecture).toBe('amd64');
  });

  it.each(cases)('$name ($variant) is deterministic', async ({ name, variant }) => {
    const again = await buildImage(get(name, variant).recipe.spec({ variant }));
    expect(again.digest).toBe(get(name, variant).image.digest);
  });

  // The clean image has no vulnerable generation: both variants are the same image.
  const CLEAN = 'hello:1.0';

  it.each(demoImageRecipes.map((r) => r.name).filter((name) => name !== CLEAN))(
    '%s gives different images for the two variants',
    (name) => {
      expect(get(name, 'patched').image.digest).not.toBe(get(name, 'vulnerable').image.digest);
      const vulnerable = nameVersion(get(name, 'vulnerable').packages);
      if (vulnerable.length > 0) expect(nameVersion(get(name, 'patched').packages)).not.toEqual(vulnerable);
    },
  );

  it('the clean image is the same in both variants', () => {
    expect(get(CLEAN, 'patched').image.digest).toBe(get(CLEAN, 'vulnerable').image.digest);
  });

  it.each(cases)('$name ($variant): the apk database parses back to the declared packages', ({ name, variant }) => {
    const { root, packages } = get(name, variant);
    const declared = ofType(packages, 'apk');
    if (declared.length === 0) {
      expect(existsSync(join(root, 'lib/apk/db/installed'))).toBe(false);
      return;
    }
    const records = parseApkDb(readText(root, 'lib/apk/db/installed'));
    expect(records.map((r) => `${r.get('P')}@${r.get('V')}`).sort()).toEqual(nameVersion(declared));
    for (const record of records) {
      expect(record.get('C')).toMatch(/^Q1[A-Za-z0-9+/]{27}=$/);
      expect(record.get('A')).toBe('x86_64');
      const pkg = declared.find((p) => p.name === record.get('P'));
      expect(record.get('o')).toBe(pkg?.sourceName ?? pkg?.name);
    }
  });

  it.each(cases)('$name ($variant): the dpkg database parses back to the declared packages', ({ name, variant }) => {
    const { root, packages } = get(name, variant);
    const declared = ofType(packages, 'dpkg');
    const statusDir = join(root, 'var/lib/dpkg/status.d');
    const text = existsSync(statusDir)
      ? readdirSync(statusDir)
          .map((file) => readText(statusDir, file))
          .join('\n')
      : existsSync(join(root, 'var/lib/dpkg/status'))
        ? readText(root, 'var/lib/dpkg/status')
        : '';
    const stanzas = parseDpkgStanzas(text);
    expect(stanzas.map((s) => `${s.get('Package')}@${s.get('Version')}`).sort()).toEqual(nameVersion(declared));
    for (const stanza of stanzas) {
      expect(stanza.get('Status')).toBe('install ok installed');
      const pkg = declared.find((p) => p.name === stanza.get('Package'));
      expect(parseSource(stanza.get('Source'))).toEqual({
        sourceName: stanza.has('Source') ? (pkg?.sourceName ?? pkg?.name) : undefined,
        sourceVersion: pkg?.sourceVersion,
      });
    }
  });

  it.each(cases)('$name ($variant): language manifests parse back to the declared packages', ({ name, variant }) => {
    const { root, packages } = get(name, variant);
    const npm = ofType(packages, 'npm');
    if (npm.length > 0) {
      const lock = JSON.parse(readText(root, 'usr/src/app/package-lock.json')) as {
        lockfileVersion: number;
        packages: Record<string, { version: string }>;
      };
      expect(lock.lockfileVersion).toBe(3);
      const locked = Object.entries(lock.packages)
        .filter(([path]) => path !== '')
        .map(([path, entry]) => ({ name: path.replace(/^node_modules\//, ''), version: entry.version }));
      expect(nameVersion(locked)).toEqual(nameVersion(npm));
      for (const pkg of npm) {
        const manifest = JSON.parse(readText(root, `usr/src/app/node_modules/${pkg.name}/package.json`));
        expect([manifest.name, manifest.version]).toEqual([pkg.name, pkg.version]);
      }
    }
    for (const pkg of ofType(packages, 'pypi')) {
      const metadata = readText(root, pkg.path);
      expect(metadata).toMatch(/^Metadata-Version: 2\.1\n/);
      expect([/^Name: (.*)$/m.exec(metadata)?.[1], /^Version: (.*)$/m.exec(metadata)?.[1]]).toEqual([
        pkg.name,
        pkg.version,
      ]);
    }
    for (const pkg of ofType(packages, 'jar')) {
      const props = Object.fromEntries(
        readText(root, pkg.path)
          .split('\n')
          .filter((line) => line.includes('=') && !line.startsWith('#'))
          .map((line) => line.split('=') as [string, string]),
      );
      expect(`${props.groupId}:${props.artifactId}@${props.version}`).toBe(`${pkg.name}@${pkg.version}`);
    }
    const gomod = ofType(packages, 'gomod');
    if (gomod.length > 0) {
      const required = [...readText(root, gomod[0]?.path ?? '').matchAll(/^\t(\S+) (v\S+)/gm)].map(
        ([, path = '', version = '']) => ({
          name: path,
          version,
        }),
      );
      expect(nameVersion(required)).toEqual(nameVersion(gomod));
    }
  });

  it.each(cases)('$name ($variant): the rpm database reads back to the declared packages', ({ name, variant }) => {
    const { root, packages } = get(name, variant);
    const declared = ofType(packages, 'rpm');
    const path = join(root, 'var/lib/rpm/rpmdb.sqlite');
    if (declared.length === 0) {
      expect(existsSync(path)).toBe(false);
      return;
    }
    const read = readRpmSqlite(sqlJs, new Uint8Array(readFileSync(path)), 'var/lib/rpm/rpmdb.sqlite');
    expect(read.map((p) => `${p.name}@${p.version}`).sort()).toEqual(nameVersion(declared));
    for (const pkg of read) {
      const want = declared.find((p) => p.name === pkg.name);
      expect([pkg.srcName, pkg.srcVersion]).toEqual([want?.sourceName, want?.sourceVersion]);
    }
  });

  it.each(cases)(
    '$name ($variant): the Go binary build info reads back to the declared modules',
    ({ name, variant }) => {
      const { root, packages } = get(name, variant);
      const declared = ofType(packages, 'gobinary');
      for (const path of new Set(declared.map((p) => p.path))) {
        const info = readGoBuildInfo(new Uint8Array(readFileSync(join(root, path))));
        const modules = [
          ...(info?.main ? [info.main] : []),
          { path: 'stdlib', version: `v${info?.goVersion.slice(2)}` },
          ...(info?.deps ?? []),
        ].map((m) => ({ name: m.path, version: m.version }));
        expect(nameVersion(modules)).toEqual(nameVersion(declared.filter((p) => p.path === path)));
      }
    },
  );

  it.each(cases)('$name ($variant): declared package paths exist in the image', ({ name, variant }) => {
    const { root, packages } = get(name, variant);
    for (const pkg of packages) expect(existsSync(join(root, pkg.path)), pkg.path).toBe(true);
  });
});
