import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../../types/errors';
import { TRIVY_FIXTURES, type TrivyCase } from '../testing/fixtures';
import { allPackages, runAnalyzer } from '../testing/parser-harness';
import { goBinaryAnalyzer } from './analyzer';
import { parseModInfo } from './buildinfo';
import { parseGoBinary } from './go-binary';
import { chooseMainVersion, parseLdflagsVersion } from './ldflags';

const dir = join(TRIVY_FIXTURES, 'gobinary');
const cases: TrivyCase[] = existsSync(dir) ? JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).cases : [];
const ofTest = (test: string) => cases.filter((c) => c.test === test).map((c) => [String(c.name), c] as const);
const summary = (p: { name: string; version: string }) => ({ name: p.name, version: p.version });

describe.skipIf(!existsSync(dir))('Go binaries against Trivy fixtures (gobinary; skipped without /work/shared)', () => {
  it.each(ofTest('TestParse'))('%s', (_n, c) => {
    const file = join(dir, 'data', String(c.inputFile).replace(/^testdata\//, ''));
    // replace.elf was too large for the snapshot; its case is listed in data_files_not_copied.
    if (!existsSync(file)) {
      expect(String(c.inputFile)).toBe('testdata/replace.elf');
      return;
    }
    const content = readFileSync(file);
    if (c.wantErr) {
      expect(() => parseGoBinary(content, 'x')).toThrow(ScanError);
      expect(() => parseGoBinary(content, 'x')).toThrow(String(c.wantErr));
      return;
    }
    const want = (c.wantPkgs as { Name: string; Version?: string }[]).map((p) => ({
      name: p.Name,
      version: p.Version ?? '',
    }));
    expect(parseGoBinary(content, 'bin/app').map(summary)).toEqual(want);
  });

  it.each(ofTest('TestParser_ChooseMainVersion'))('main version: %s', (_n, c) => {
    expect(chooseMainVersion(String(c.version ?? ''), String(c.ldflagsVersion ?? ''), String(c.elfVersion ?? ''))).toBe(
      c.want,
    );
  });

  it.each(ofTest('TestParser_ParseLDFlags'))('ldflags: %s', (_n, c) => {
    const args = c.args as { name: string; flags?: string[] };
    expect(parseLdflagsVersion(args.name, args.flags ?? [])).toBe(c.want);
  });

  it('reports an ELF Go binary through the analyzer', async () => {
    const content = readFileSync(join(dir, 'data', 'test.elf'));
    const result = await runAnalyzer(goBinaryAnalyzer, 'usr/local/bin/test', content, 0o755);
    expect(result?.applications?.[0]).toMatchObject({ type: 'gobinary', filePath: 'usr/local/bin/test' });
    expect(allPackages(result).find((p) => p.name === 'golang.org/x/xerrors')).toMatchObject({
      ecosystem: 'go',
      purl: 'pkg:golang/golang.org/x/xerrors@v0.0.0-20200804184101-5ec99f83aff1',
      id: 'golang.org/x/xerrors',
    });
  });

  it('ignores a non-executable file and a non-Go file', async () => {
    const content = readFileSync(join(dir, 'data', 'test.elf'));
    expect(await runAnalyzer(goBinaryAnalyzer, 'usr/local/bin/test', content, 0o644)).toBeNull();
    expect(
      await runAnalyzer(goBinaryAnalyzer, 'usr/local/bin/dummy', new Uint8Array(4096).fill(0x41), 0o755),
    ).toBeNull();
  });
});

describe('Go module info', () => {
  const modinfo = [
    'path\texample.com/app/cmd/app',
    'mod\texample.com/app\t(devel)\t',
    'dep\tgithub.com/a/b\tv1.0.0\th1:x=',
    'dep\tgithub.com/c/d\tv1.2.0\th1:y=',
    '=>\tgithub.com/fork/d\tv1.2.1\th1:z=',
    'dep\tgithub.com/e/f\tv0.1.0\th1:w=',
    '=>\t../local/f\t\t',
    'build\t-ldflags="-s -w -X main.version=v2.3.4"',
    '',
  ].join('\n');

  it('parses paths, replacements and build settings', () => {
    const info = parseModInfo('go1.21.5', modinfo);
    expect(info.path).toBe('example.com/app/cmd/app');
    expect(info.main).toEqual({ path: 'example.com/app', version: '(devel)' });
    expect(info.deps[1]?.replace).toEqual({ path: 'github.com/fork/d', version: 'v1.2.1' });
    expect(info.settings.get('-ldflags')).toBe('-s -w -X main.version=v2.3.4');
  });

  it.each([
    ['v1.2.3', '', 'v1.2.3'],
    ['(devel)', 'v2.0.0', 'v2.0.0'],
    ['(devel)', '', ''],
    ['v0.0.0-20210121094942-22b2f8951d46', 'v1.0.0', 'v1.0.0'],
  ])('chooses %s / ldflags %s → %s', (version, ldflags, want) => {
    expect(chooseMainVersion(version, ldflags)).toBe(want);
  });

  it.each([
    ['empty', new Uint8Array(0)],
    ['text', new TextEncoder().encode('#!/bin/sh\necho hello\n'.repeat(10))],
    ['truncated ELF', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, ...new Array(120).fill(0xff)])],
  ])('never crashes on %s', (name, bytes) => {
    if (name === 'truncated ELF') expect(parseGoBinary(bytes, 'x')).toEqual([]);
    else expect(() => parseGoBinary(bytes, 'x')).toThrow(ScanError);
  });
});
