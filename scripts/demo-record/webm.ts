/**
 * Just enough EBML to check and finish the WebM that Chromium's MediaRecorder writes: confirm the header,
 * read the video's length from its blocks, and write that length into Segment Info. MediaRecorder streams
 * (it cannot go back), so its files have no Duration and players show them as unseekable "live" video.
 */

const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  clusterTimecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
  cues: 0x1c53bb6b,
} as const;

/** Elements that may follow a Cluster at Segment level: where a cluster of unknown size ends. */
const SEGMENT_CHILDREN = new Set<number>([
  ID.seekHead,
  ID.info,
  ID.cluster,
  ID.cues,
  0x1654ae6b, // Tracks
  0x1941a469, // Attachments
  0x1043a770, // Chapters
  0x1254c367, // Tags
]);

interface Element {
  id: number;
  /** Offset of the element's first byte (its ID). */
  start: number;
  /** Offset of its payload. */
  dataStart: number;
  /** End of its payload; for unknown sizes, the end of the buffer until the parent knows better. */
  end: number;
  unknownSize: boolean;
}

function readId(bytes: Uint8Array, at: number): { value: number; length: number } {
  const first = bytes[at] ?? 0;
  const length = first >= 0x80 ? 1 : first >= 0x40 ? 2 : first >= 0x20 ? 3 : first >= 0x10 ? 4 : 0;
  if (length === 0 || at + length > bytes.length) throw new Error(`bad EBML id at byte ${at}`);
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return { value, length };
}

function readSize(bytes: Uint8Array, at: number): { value: number; length: number; unknown: boolean } {
  const first = bytes[at] ?? 0;
  let length = 1;
  while (length <= 8 && !(first & (0x100 >> length))) length++;
  if (length > 8 || at + length > bytes.length) throw new Error(`bad EBML size at byte ${at}`);
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = bytes[at + i] ?? 0;
    value = value * 256 + b;
    allOnes &&= b === 0xff;
  }
  return { value, length, unknown: allOnes };
}

function readElement(bytes: Uint8Array, at: number, parentEnd: number): Element {
  const id = readId(bytes, at);
  const size = readSize(bytes, at + id.length);
  const dataStart = at + id.length + size.length;
  const end = size.unknown ? parentEnd : Math.min(dataStart + size.value, parentEnd);
  return { id: id.value, start: at, dataStart, end, unknownSize: size.unknown };
}

function* children(bytes: Uint8Array, start: number, end: number): Generator<Element> {
  let at = start;
  while (at < end) {
    const el = readElement(bytes, at, end);
    yield el;
    at = el.end;
  }
}

function readUint(bytes: Uint8Array, el: Element): number {
  let value = 0;
  for (let i = el.dataStart; i < el.end; i++) value = value * 256 + (bytes[i] ?? 0);
  return value;
}

function readFloat(bytes: Uint8Array, el: Element): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset + el.dataStart, el.end - el.dataStart);
  return el.end - el.dataStart === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

/** Relative timecode of a (Simple)Block: after the track number (a size-like vint), a signed 16-bit int. */
function blockTimecode(bytes: Uint8Array, el: Element): number {
  const track = readSize(bytes, el.dataStart);
  const at = el.dataStart + track.length;
  return new DataView(bytes.buffer, bytes.byteOffset + at, 2).getInt16(0);
}

export interface WebmSummary {
  docType: string;
  /** Nanoseconds per timecode unit (1,000,000 = milliseconds, the usual). */
  timecodeScale: number;
  /** Duration as written in Segment Info, in ms; undefined when the file has none (as MediaRecorder writes). */
  declaredDurationMs: number | undefined;
  /** Timestamp of the last frame, in ms: the length a player shows. */
  lastFrameMs: number;
  frames: number;
  clusters: number;
}

interface Layout extends WebmSummary {
  segment: Element;
  info: Element | undefined;
  hasSeekHead: boolean;
}

/** Walks a cluster's children; a cluster of unknown size ends where a Segment-level element starts. */
function walkCluster(bytes: Uint8Array, cluster: Element, onBlock: (timecode: number) => void): number {
  let base = 0;
  let at = cluster.dataStart;
  while (at < cluster.end) {
    const el = readElement(bytes, at, cluster.end);
    if (cluster.unknownSize && SEGMENT_CHILDREN.has(el.id)) return at;
    if (el.id === ID.clusterTimecode) base = readUint(bytes, el);
    else if (el.id === ID.simpleBlock) onBlock(base + blockTimecode(bytes, el));
    else if (el.id === ID.blockGroup) {
      for (const inner of children(bytes, el.dataStart, el.end))
        if (inner.id === ID.block) onBlock(base + blockTimecode(bytes, inner));
    }
    at = el.end;
  }
  return cluster.end;
}

function layout(bytes: Uint8Array): Layout {
  const header = readElement(bytes, 0, bytes.length);
  if (header.id !== ID.ebml) throw new Error('not an EBML file (no 1A 45 DF A3 header)');
  let docType = '';
  for (const el of children(bytes, header.dataStart, header.end)) {
    if (el.id === ID.docType) docType = new TextDecoder().decode(bytes.subarray(el.dataStart, el.end));
  }
  const segment = readElement(bytes, header.end, bytes.length);
  if (segment.id !== ID.segment) throw new Error('no Segment after the EBML header');
  let timecodeScale = 1_000_000;
  let declared: number | undefined;
  let info: Element | undefined;
  let hasSeekHead = false;
  let frames = 0;
  let clusters = 0;
  let last = 0;
  let at = segment.dataStart;
  while (at < segment.end) {
    const el = readElement(bytes, at, segment.end);
    at = el.end;
    if (el.id === ID.seekHead) hasSeekHead = true;
    else if (el.id === ID.info) {
      info = el;
      for (const field of children(bytes, el.dataStart, el.end)) {
        if (field.id === ID.timecodeScale) timecodeScale = readUint(bytes, field);
        if (field.id === ID.duration) declared = readFloat(bytes, field);
      }
    } else if (el.id === ID.cluster) {
      clusters++;
      at = walkCluster(bytes, el, (timecode) => {
        frames++;
        last = Math.max(last, timecode);
      });
    }
  }
  const toMs = timecodeScale / 1_000_000;
  return {
    docType,
    timecodeScale,
    declaredDurationMs: declared === undefined ? undefined : declared * toMs,
    lastFrameMs: last * toMs,
    frames,
    clusters,
    segment,
    info,
    hasSeekHead,
  };
}

/** Reads a WebM's header and blocks; throws with the reason when it is not a WebM video with frames. */
export function inspectWebm(bytes: Uint8Array): WebmSummary {
  const { segment: _s, info: _i, hasSeekHead: _h, ...summary } = layout(bytes);
  if (summary.docType !== 'webm') throw new Error(`EBML DocType is "${summary.docType}", not "webm"`);
  if (summary.frames === 0) throw new Error('the WebM holds no video frames');
  return summary;
}

/** An EBML element: ID bytes, an 8-byte size, the payload. */
export function ebmlElement(id: number, payload: Uint8Array): Uint8Array {
  const idBytes: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) idBytes.unshift(v % 256);
  const size = [0x01, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 7, v = payload.length; i > 0 && v > 0; i--, v = Math.floor(v / 256)) size[i] = v % 256;
  const out = new Uint8Array(idBytes.length + 8 + payload.length);
  out.set(idBytes, 0);
  out.set(size, idBytes.length);
  out.set(payload, idBytes.length + 8);
  return out;
}

export function float64(value: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, value);
  return out;
}

/**
 * The same file with Segment Info's Duration set to `durationMs` (replacing one that is there). Only for
 * files laid out as MediaRecorder writes them: a Segment of unknown size and no SeekHead, so no offset
 * elsewhere in the file points past the Info element that grows.
 */
export function withDuration(bytes: Uint8Array, durationMs: number): Uint8Array {
  const file = layout(bytes);
  if (!file.info) throw new Error('the WebM has no Segment Info');
  if (!file.segment.unknownSize || file.hasSeekHead)
    throw new Error('only streamed WebM (unknown-size Segment, no SeekHead) can be patched');
  const { info } = file;
  const kept = [...children(bytes, info.dataStart, info.end)]
    .filter((el) => el.id !== ID.duration)
    .map((el) => bytes.subarray(el.start, el.end));
  const duration = ebmlElement(ID.duration, float64(durationMs / (file.timecodeScale / 1_000_000)));
  const payload = new Uint8Array(kept.reduce((n, part) => n + part.length, 0) + duration.length);
  let at = 0;
  for (const part of [...kept, duration]) {
    payload.set(part, at);
    at += part.length;
  }
  const newInfo = ebmlElement(ID.info, payload);
  const out = new Uint8Array(bytes.length - (info.end - info.start) + newInfo.length);
  out.set(bytes.subarray(0, info.start), 0);
  out.set(newInfo, info.start);
  out.set(bytes.subarray(info.end), info.start + newInfo.length);
  return out;
}

export const WEBM_IDS = ID;
