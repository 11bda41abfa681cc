import { describe, expect, it } from 'vitest';
import { testInput, testLayerFile } from '../os/test-input';
import { apkAnalyzer, parseApkInstalled } from './apk';

const DB = 'lib/apk/db/installed';
const brief = (text: string) =>
  parseApkInstalled(text, DB).map((p) => [p.name, p.version, p.srcName, p.arch, p.licenses]);

describe('parseApkInstalled', () => {
  it.each<[string, string, unknown[]]>([
    ['empty', '', []],
    [
      'one record, origin as source',
      'C:Q1abc=\nP:libcrypto3\nV:3.1.4-r5\nA:aarch64\nL:Apache-2.0\no:openssl\nF:lib\nR:libcrypto.so.3\n',
      [['libcrypto3', '3.1.4-r5', 'openssl', 'aarch64', ['Apache-2.0']]],
    ],
    ['no origin: source is the package itself', 'P:musl\nV:1.2.4-r2\n', [['musl', '1.2.4-r2', 'musl', undefined, []]]],
    ['record without V dropped', 'P:nover\nA:x86_64\n\nP:ok\nV:1.0-r0\n', [['ok', '1.0-r0', 'ok', undefined, []]]],
    [
      'invalid apk version dropped',
      'P:bad\nV:not-a-version\n\nP:ok\nV:2.0-r1\n',
      [['ok', '2.0-r1', 'ok', undefined, []]],
    ],
    ['duplicate name: first wins', 'P:a\nV:1.0-r0\n\nP:a\nV:2.0-r0\n', [['a', '1.0-r0', 'a', undefined, []]]],
    [
      'CRLF and several blank lines',
      'P:a\r\nV:1.0-r0\r\n\r\n\r\nP:b\r\nV:1.1-r0\r\n',
      [
        ['a', '1.0-r0', 'a', undefined, []],
        ['b', '1.1-r0', 'b', undefined, []],
      ],
    ],
    ['garbage', '\u0000\u0001\u0002 not: an apk db\n::::\nP\n', []],
  ])('%s', (_name, text, want) => {
    expect(brief(text)).toEqual(want);
  });

  it('builds an apk purl without distro (filled later by withOsPurls)', () => {
    expect(parseApkInstalled('P:Musl\nV:1.2.4-r2\nA:x86_64\n', DB)[0]?.purl).toBe(
      'pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64',
    );
  });
});

describe('apkAnalyzer', () => {
  it.each<[string, boolean]>([
    ['lib/apk/db/installed', true],
    ['usr/lib/apk/db/installed', true],
    ['lib/apk/db/installed.bak', false],
    ['etc/apk/world', false],
  ])('required(%s) = %s', (path, want) => {
    expect(apkAnalyzer.required(path, testLayerFile(path))).toBe(want);
  });

  it('returns null when the database holds no package', async () => {
    expect(await apkAnalyzer.analyze(testInput(DB, 'garbage'))).toBeNull();
  });
});
