/**
 * Encodes RPM header blobs for tests (the inverse of `RpmHeader`, same layout: il, dl, index, data store), so the
 * parser and the analyzer can be fed hand-made and deliberately broken headers.
 * ref. https://rpm-software-management.github.io/rpm/manual/format_header.html
 */

/** One entry to encode: strings are written as STRING (6) unless `type` says otherwise; numbers as INT32 (4). */
export interface TestTag {
  tag: number;
  value: string | string[] | number[];
  type?: number;
}

const align = (n: number, to: number) => Math.ceil(n / to) * to;

/** Builds a header blob from `tags`, in order. */
export function encodeRpmHeader(tags: readonly TestTag[]): Uint8Array {
  const enc = new TextEncoder();
  const data: number[] = [];
  const index: Array<[number, number, number, number]> = [];
  for (const { tag, value, type } of tags) {
    if (typeof value === 'string' || (Array.isArray(value) && typeof value[0] === 'string')) {
      const strings = typeof value === 'string' ? [value] : (value as string[]);
      index.push([tag, type ?? (typeof value === 'string' ? 6 : 8), data.length, strings.length]);
      for (const s of strings) data.push(...enc.encode(s), 0);
    } else {
      const ints = value as number[];
      while (data.length % 4 !== 0) data.push(0);
      index.push([tag, type ?? 4, align(data.length, 4), ints.length]);
      for (const n of ints) data.push((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    }
  }
  const out = new Uint8Array(8 + index.length * 16 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, index.length);
  view.setUint32(4, data.length);
  index.forEach(([tag, type, offset, count], i) => {
    view.setInt32(8 + i * 16, tag);
    view.setUint32(12 + i * 16, type);
    view.setInt32(16 + i * 16, offset);
    view.setUint32(20 + i * 16, count);
  });
  out.set(data, 8 + index.length * 16);
  return out;
}
