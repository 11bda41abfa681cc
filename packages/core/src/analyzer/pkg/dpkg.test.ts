import { describe, expect, it } from 'vitest';
import { testInput, testLayerFile } from '../os/test-input';
import { dpkgAnalyzer, parseDeb822, parseDpkgStatus } from './dpkg';

const STATUS = 'var/lib/dpkg/status';
const stanza = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
const brief = (text: string, path = STATUS) =>
  parseDpkgStatus(text, path).map((p) => [p.name, p.version, p.srcName, p.srcVersion, p.arch]);

describe('parseDpkgStatus', () => {
  it.each<[string, string, unknown[]]>([
    ['empty', '', []],
    [
      'source defaults to the binary',
      stanza({ Package: 'bash', Status: 'install ok installed', Architecture: 'amd64', Version: '5.2.15-2+b2' }),
      [['bash', '5.2.15-2+b2', 'bash', '5.2.15-2+b2', 'amd64']],
    ],
    [
      'source with its own version (binNMU) and epoch kept',
      stanza({
        Package: 'libgcc-s1',
        Status: 'install ok installed',
        Source: 'gcc-12 (12.2.0-14)',
        Version: '1:12.2.0-14',
      }),
      [['libgcc-s1', '1:12.2.0-14', 'gcc-12', '12.2.0-14', undefined]],
    ],
    [
      'removed packages with config files left are skipped',
      stanza({ Package: 'old', Status: 'deinstall ok config-files', Version: '1.0' }),
      [],
    ],
    ['not-installed is skipped', stanza({ Package: 'gone', Status: 'purge ok not-installed', Version: '1.0' }), []],
    [
      'half-installed files are on disk and kept',
      stanza({ Package: 'half', Status: 'install reinstreq half-installed', Version: '1.0' }),
      [['half', '1.0', 'half', '1.0', undefined]],
    ],
    [
      'held packages are installed',
      stanza({ Package: 'held', Status: 'hold ok installed', Version: '2.0' }),
      [['held', '2.0', 'held', '2.0', undefined]],
    ],
    ['no Status in the main status file: skipped', stanza({ Package: 'x', Version: '1.0' }), []],
    ['invalid version: skipped', stanza({ Package: 'x', Status: 'install ok installed', Version: '1:5.#' }), []],
    ['no version: skipped', 'Package: brokenPackageWithNoVersion\n', []],
    ['garbage', '\u0000\u0001\u0002\n:::\n   \n\tcontinuation without field\n', []],
  ])('%s', (_name, text, want) => {
    expect(brief(text)).toEqual(want);
  });

  it('treats distroless status.d stanzas (no Status field) as installed', () => {
    const text = stanza({ Package: 'libssl3', Source: 'openssl', Version: '3.0.11-1~deb12u2', Architecture: 'arm64' });
    expect(brief(text, 'var/lib/dpkg/status.d/libssl3')).toEqual([
      ['libssl3', '3.0.11-1~deb12u2', 'openssl', '3.0.11-1~deb12u2', 'arm64'],
    ]);
    expect(parseDpkgStatus(text, 'var/lib/dpkg/status.d/libssl3')[0]?.purl).toBe(
      'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=arm64',
    );
  });

  it('joins continuation lines and keeps the first of repeated fields', () => {
    const [para] = parseDeb822('Package: a\nDescription: short\n long line\n .\nPackage: b\n');
    expect(para?.get('description')).toBe('short\nlong line\n.');
    expect(para?.get('package')).toBe('a');
  });
});

describe('dpkgAnalyzer', () => {
  it.each<[string, boolean]>([
    ['var/lib/dpkg/status', true],
    ['var/lib/dpkg/status.d/base-files', true],
    ['var/lib/dpkg/status.d/base-files.md5sums', false],
    ['var/lib/dpkg/status.d/', false],
    ['var/lib/dpkg/status.d/sub/x', false],
    ['var/lib/dpkg/status-old', false],
    ['var/lib/dpkg/available', false],
  ])('required(%s) = %s', (path, want) => {
    expect(dpkgAnalyzer.required(path, testLayerFile(path))).toBe(want);
  });

  it('returns null when nothing is installed', async () => {
    expect(
      await dpkgAnalyzer.analyze(testInput(STATUS, 'Package: x\nStatus: deinstall ok config-files\nVersion: 1\n')),
    ).toBeNull();
  });
});
