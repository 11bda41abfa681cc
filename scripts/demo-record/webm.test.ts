import { describe, expect, it } from 'vitest';
import { ebmlElement, float64, inspectWebm, WEBM_IDS, withDuration } from './webm';

const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const uint = (value: number, length: number) =>
  Array.from({ length }, (_, i) => Math.floor(value / 256 ** (length - 1 - i)) % 256);
const text = (s: string) => [...new TextEncoder().encode(s)];

/** A SimpleBlock on track 1 at `relative` ms from its cluster, with a few payload bytes. */
const simpleBlock = (relative: number) =>
  ebmlElement(WEBM_IDS.simpleBlock, bytes([0x81], uint(relative & 0xffff, 2), [0x80, 1, 2, 3]));

/**
 * A file laid out as Chromium's MediaRecorder writes it: EBML header, a Segment of unknown size, Info
 * without Duration, Tracks, then Clusters of unknown size.
 */
function streamedWebm(docType = 'webm'): Uint8Array {
  const header = ebmlElement(WEBM_IDS.ebml, bytes([0x42, 0x82, 0x80 | docType.length], text(docType)));
  const info = ebmlElement(
    WEBM_IDS.info,
    bytes([0x2a, 0xd7, 0xb1, 0x83], uint(1_000_000, 3), [0x4d, 0x80, 0x84], text('test')),
  );
  const tracks = ebmlElement(0x1654ae6b, bytes([0xae, 0x83, 0xd7, 0x81, 0x01]));
  const unknownCluster = (timecode: number, ...blocks: Uint8Array[]) =>
    bytes(
      [0x1f, 0x43, 0xb6, 0x75, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
      [0xe7, 0x82],
      uint(timecode, 2),
      ...blocks,
    );
  return bytes(
    header,
    [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff],
    info,
    tracks,
    unknownCluster(0, simpleBlock(0), simpleBlock(40), simpleBlock(80)),
    unknownCluster(1000, simpleBlock(0), simpleBlock(500)),
  );
}

describe('inspectWebm', () => {
  it('reads the DocType, the frames and the last frame time of a streamed file', () => {
    const summary = inspectWebm(streamedWebm());
    expect(summary).toMatchObject({
      docType: 'webm',
      timecodeScale: 1_000_000,
      declaredDurationMs: undefined,
      frames: 5,
      clusters: 2,
      lastFrameMs: 1500,
    });
  });

  it('refuses a file without the EBML magic, another DocType, or no frames', () => {
    expect(() => inspectWebm(Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0]))).toThrow(/not an EBML file/);
    expect(() => inspectWebm(streamedWebm('matroska'))).toThrow(/DocType is "matroska"/);
    const header = ebmlElement(WEBM_IDS.ebml, bytes([0x42, 0x82, 0x84], text('webm')));
    const empty = bytes(header, ebmlElement(WEBM_IDS.segment, ebmlElement(WEBM_IDS.info, new Uint8Array())));
    expect(() => inspectWebm(empty)).toThrow(/no video frames/);
  });

  it('reads an 8-byte float Duration', () => {
    const header = ebmlElement(WEBM_IDS.ebml, bytes([0x42, 0x82, 0x84], text('webm')));
    const info = ebmlElement(WEBM_IDS.info, ebmlElement(WEBM_IDS.duration, float64(2500)));
    const cluster = ebmlElement(WEBM_IDS.cluster, bytes([0xe7, 0x81, 0x00], simpleBlock(20)));
    expect(inspectWebm(bytes(header, ebmlElement(WEBM_IDS.segment, bytes(info, cluster)))).declaredDurationMs).toBe(
      2500,
    );
  });
});

describe('withDuration', () => {
  it('writes the Duration into Segment Info and leaves every frame in place', () => {
    const original = streamedWebm();
    const patched = withDuration(original, 1500);
    const summary = inspectWebm(patched);
    expect(summary.declaredDurationMs).toBe(1500);
    expect(summary.frames).toBe(5);
    expect(summary.lastFrameMs).toBe(1500);
    // Only Info grew, by the Duration element: 2-byte ID, 8-byte size, 8-byte float.
    expect(patched.length).toBe(original.length + 18);
  });

  it('replaces a Duration that is already there', () => {
    const twice = withDuration(withDuration(streamedWebm(), 1500), 1600);
    expect(inspectWebm(twice).declaredDurationMs).toBe(1600);
  });
});
