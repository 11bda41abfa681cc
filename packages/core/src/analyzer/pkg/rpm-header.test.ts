import { describe, expect, it } from 'vitest';
import { ScanError } from '../../types/errors';
import { RPMTAG, RpmHeader } from './rpm-header';
import { rpmPackage, rpmPackageInfo } from './rpm-package';
import { encodeRpmHeader } from './rpm-test-header';

const openssl = encodeRpmHeader([
  { tag: RPMTAG.NAME, value: 'openssl-libs' },
  { tag: RPMTAG.VERSION, value: '3.0.7' },
  { tag: RPMTAG.RELEASE, value: '24.el9' },
  { tag: RPMTAG.EPOCH, value: [1] },
  { tag: RPMTAG.LICENSE, value: ['ASL 2.0'], type: 9 },
  { tag: RPMTAG.ARCH, value: 'x86_64' },
  { tag: RPMTAG.SOURCERPM, value: 'openssl-3.0.7-24.el9.src.rpm' },
]);

describe('RpmHeader', () => {
  it('decodes the tags of a well-formed header into a Package', () => {
    const info = rpmPackageInfo(new RpmHeader(openssl));
    expect(info).toEqual({
      name: 'openssl-libs',
      version: '3.0.7',
      release: '24.el9',
      epoch: 1,
      arch: 'x86_64',
      sourceRpm: 'openssl-3.0.7-24.el9.src.rpm',
      license: 'ASL 2.0',
    });
    expect(info && rpmPackage(info, 'var/lib/rpm/rpmdb.sqlite')).toEqual({
      ecosystem: 'rpm',
      name: 'openssl-libs',
      version: '1:3.0.7-24.el9',
      srcName: 'openssl',
      srcVersion: '1:3.0.7-24.el9',
      arch: 'x86_64',
      licenses: ['Apache-2.0'],
      purl: 'pkg:rpm/redhat/openssl-libs@3.0.7-24.el9?arch=x86_64&epoch=1',
      filePath: 'var/lib/rpm/rpmdb.sqlite',
    });
  });

  it('skips gpg-pubkey pseudo packages and headers without NAME/VERSION/RELEASE', () => {
    const key = encodeRpmHeader([
      { tag: RPMTAG.NAME, value: 'gpg-pubkey' },
      { tag: RPMTAG.VERSION, value: 'fd431d51' },
      { tag: RPMTAG.RELEASE, value: '4ae0493b' },
    ]);
    const info = rpmPackageInfo(new RpmHeader(key));
    expect(info && rpmPackage(info, 'x')).toBeUndefined();
    expect(rpmPackageInfo(new RpmHeader(encodeRpmHeader([{ tag: RPMTAG.NAME, value: 'x' }])))).toBeUndefined();
  });

  const truncated = openssl.slice(0, openssl.length - 5);
  const badOffset = openssl.slice();
  new DataView(badOffset.buffer).setInt32(8 + 8, 0x7fffff00);
  const unterminated = encodeRpmHeader([{ tag: RPMTAG.NAME, value: 'abc' }]).slice(0, -1);
  new DataView(unterminated.buffer).setUint32(4, 3);
  const hugeCount = encodeRpmHeader([{ tag: RPMTAG.EPOCH, value: [1] }]);
  new DataView(hugeCount.buffer).setUint32(8 + 12, 1000);

  it.each<[string, Uint8Array, (h: RpmHeader) => unknown]>([
    ['empty blob', new Uint8Array(0), () => 0],
    ['zero entries', new Uint8Array(8), () => 0],
    ['absurd il', Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0), () => 0],
    ['data store past the end', truncated, () => 0],
    ['offset outside the data store', badOffset, () => 0],
    ['string without NUL', unterminated, (h) => h.string(RPMTAG.NAME)],
    ['integer count overruns', hugeCount, (h) => h.int(RPMTAG.EPOCH)],
  ])('rejects %s with INVALID_PACKAGE_DB', (_name, blob, read) => {
    const attempt = () => read(new RpmHeader(blob));
    expect(attempt).toThrow(ScanError);
    try {
      attempt();
    } catch (error) {
      expect((error as ScanError).code).toBe('INVALID_PACKAGE_DB');
    }
  });

  it('survives random bytes without anything but ScanError', () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let n = 0; n < 300; n++) {
      const blob = openssl.slice();
      for (let k = 0; k < 6; k++) blob[rand() % blob.length] = rand() & 0xff;
      try {
        const info = rpmPackageInfo(new RpmHeader(blob));
        if (info) rpmPackage(info, 'x');
      } catch (error) {
        expect(error).toBeInstanceOf(ScanError);
      }
    }
  });
});
