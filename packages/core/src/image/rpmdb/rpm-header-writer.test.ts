import { describe, expect, it } from 'vitest';
import { RPMTAG, RpmHeader } from '../../analyzer/pkg/rpm-header';
import { rpmPackageInfo } from '../../analyzer/pkg/rpm-package';
import { encodeRpmHeaderBlob, RPM_TAG_TYPE, RPM_WRITE_TAG } from './rpm-header-writer';

/** The index entries of a blob, read with a DataView as rpm's lib/header.c lays them out. */
function indexOf(blob: Uint8Array) {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const il = view.getUint32(0);
  const dl = view.getUint32(4);
  const entries = Array.from({ length: il }, (_, i) => ({
    tag: view.getInt32(8 + i * 16),
    type: view.getUint32(12 + i * 16),
    offset: view.getInt32(16 + i * 16),
    count: view.getUint32(20 + i * 16),
  }));
  return { il, dl, entries, view, store: 8 + il * 16 };
}

describe('encodeRpmHeaderBlob', () => {
  const blob = encodeRpmHeaderBlob([
    { tag: RPM_WRITE_TAG.SOURCERPM, value: 'openssl-3.0.7-16.el9_2.src.rpm' },
    { tag: RPM_WRITE_TAG.NAME, value: 'openssl-libs' },
    { tag: RPM_WRITE_TAG.EPOCH, value: [1] },
    { tag: RPM_WRITE_TAG.VERSION, value: '3.0.7' },
    { tag: RPM_WRITE_TAG.RELEASE, value: '16.el9_2' },
    { tag: RPM_WRITE_TAG.SUMMARY, value: ['A general purpose cryptography library'], type: RPM_TAG_TYPE.I18nString },
    { tag: RPM_WRITE_TAG.ARCH, value: 'x86_64' },
    { tag: RPM_WRITE_TAG.LICENSE, value: 'ASL 2.0' },
    { tag: RPM_WRITE_TAG.SIZE, value: [6_291_456] },
  ]);

  it('is read back by the analyzer with every field', () => {
    expect(rpmPackageInfo(new RpmHeader(blob))).toEqual({
      name: 'openssl-libs',
      epoch: 1,
      version: '3.0.7',
      release: '16.el9_2',
      arch: 'x86_64',
      sourceRpm: 'openssl-3.0.7-16.el9_2.src.rpm',
      license: 'ASL 2.0',
    });
    expect(new RpmHeader(blob).int(RPM_WRITE_TAG.SIZE)).toBe(6_291_456);
    expect(new RpmHeader(blob).string(RPMTAG.NAME)).toBe('openssl-libs');
  });

  it('opens with an immutable region whose trailer spans the whole index (rpm hdrblobVerifyRegion)', () => {
    const { il, dl, entries, view, store } = indexOf(blob);
    expect(entries[0]).toEqual({ tag: 63, type: 7, offset: dl - 16, count: 16 });
    const trailer = store + dl - 16;
    expect([
      view.getInt32(trailer),
      view.getUint32(trailer + 4),
      view.getInt32(trailer + 8),
      view.getUint32(trailer + 12),
    ]).toEqual([63, 7, -(il * 16), 16]);
  });

  it('sorts entries by tag, keeps data offsets ascending and aligns INT32 data', () => {
    const { entries } = indexOf(blob);
    const tags = entries.slice(1).map((e) => e.tag);
    expect(tags).toEqual([...tags].sort((a, b) => a - b));
    const offsets = entries.slice(1).map((e) => e.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const e of entries) if (e.type === RPM_TAG_TYPE.Int32) expect(e.offset % 4).toBe(0);
  });

  it.each([
    [
      'a duplicate tag',
      [
        { tag: 1000, value: 'a' },
        { tag: 1000, value: 'b' },
      ],
    ],
    ['a region tag', [{ tag: 63, value: 'a' }]],
    ['an empty integer array', [{ tag: 1003, value: [] }]],
  ])('rejects %s', (_name, tags) => {
    expect(() => encodeRpmHeaderBlob(tags)).toThrow();
  });
});
