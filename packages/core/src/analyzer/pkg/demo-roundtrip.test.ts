/** The demo image generator writes apk and dpkg databases; the analyzers must read back exactly what it wrote. */
import { describe, expect, it } from 'vitest';
import { ALPINE_318, apkPackages } from '../../demo/alpine-data';
import { BOOKWORM, DISTROLESS_STATIC, dpkgPackages, JAMMY } from '../../demo/debian-data';
import { formatApkInstalled } from '../../demo/formats/apk-installed';
import { formatDpkgStanza, formatDpkgStatus } from '../../demo/formats/dpkg-status';
import { parseApkInstalled } from './apk';
import { parseDpkgStatus } from './dpkg';

describe('demo databases round-trip', () => {
  it('apk', () => {
    const written = apkPackages(ALPINE_318.vulnerable.versions, ALPINE_318.vulnerable.created);
    const read = parseApkInstalled(formatApkInstalled(written), 'lib/apk/db/installed');
    expect(read.map((p) => [p.name, p.version, p.srcName, p.arch])).toEqual(
      written.map((p) => [p.name, p.version, p.origin, p.arch]),
    );
  });

  it.each([
    ['bookworm', BOOKWORM.vulnerable],
    ['jammy', JAMMY.patched],
  ])('dpkg status (%s)', (_name, release) => {
    const written = dpkgPackages(release);
    const read = parseDpkgStatus(formatDpkgStatus(written), 'var/lib/dpkg/status');
    expect(read.map((p) => [p.name, p.version, p.srcName, p.srcVersion, p.arch])).toEqual(
      written.map((p) => [p.name, p.version, p.source ?? p.name, p.sourceVersion ?? p.version, p.architecture]),
    );
  });

  it('dpkg status.d (distroless): one stanza per file, Status line present or not', () => {
    const written = dpkgPackages(DISTROLESS_STATIC.vulnerable);
    const read = written.flatMap((p) =>
      parseDpkgStatus(formatDpkgStanza(p).replace(/^Status: .*\n/m, ''), `var/lib/dpkg/status.d/${p.name}`),
    );
    expect(read.map((p) => p.name)).toEqual(written.map((p) => p.name));
  });
});
