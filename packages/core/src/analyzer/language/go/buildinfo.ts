/**
 * Go build information embedded in executables (what `go version -m` prints; the reader is Go's
 * debug/buildinfo, https://cs.opensource.google/go/go/+/refs/tags/go1.22.0:src/debug/buildinfo/buildinfo.go).
 * A 32-byte header starts with the magic `\xff Go buildinf:`, then the pointer size and a flags byte.
 * Go 1.18+ (flag 0x2) follows it with two varint-length-prefixed strings, the Go version and the module
 * info; older toolchains store two pointers to Go string headers instead, which need the executable's
 * address map. The module info is text between two 16-byte sentinels, one tab-separated line each:
 * `path`, `mod` (main module), `dep`, `=>` (replacement of the preceding dep), `build` settings.
 */
import { ScanError } from '../../../types/errors';
import { type Executable, readAtAddress, readExecutable } from './executable';

/** A module line of the module info. */
export interface GoModule {
  path: string;
  version: string;
  replace?: GoModule;
}

/** Decoded build information. */
export interface GoBuildInfo {
  /** e.g. `go1.22.1` (possibly followed by ` X:experiment`). */
  goVersion: string;
  /** The main package's import path (`path` line). */
  path: string;
  main?: GoModule;
  deps: GoModule[];
  /** `build` key=value settings, e.g. `-ldflags`, `vcs.revision`. */
  settings: Map<string, string>;
}

const MAGIC = [0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66, 0x3a];
const decoder = new TextDecoder();

/**
 * Reads the build info of a Go executable. Throws ScanError `UNSUPPORTED_PACKAGE_DB` for a file that is
 * not an ELF, Mach-O or PE executable; returns null for an executable without Go build info.
 */
export function readGoBuildInfo(content: Uint8Array): GoBuildInfo | null {
  const exe = readExecutable(content);
  if (!exe) throw new ScanError('UNSUPPORTED_PACKAGE_DB', 'unrecognized executable format');
  // The magic can also occur as a string literal in a program that links debug/buildinfo, so every
  // occurrence is tried until one decodes.
  for (let at = findMagic(content, 0); at >= 0; at = findMagic(content, at + 1)) {
    const strings = decodeHeader(content, at, exe);
    const version = strings ? decoder.decode(strings.version) : '';
    if (strings && /^(?:go\d|devel )/.test(version))
      return parseModInfo(version, decoder.decode(stripSentinels(strings.modinfo)));
  }
  return null;
}

function findMagic(b: Uint8Array, from: number): number {
  for (let i = b.indexOf(0xff, from); i >= 0 && i + 32 <= b.length; i = b.indexOf(0xff, i + 1)) {
    let ok = true;
    for (let k = 1; k < MAGIC.length && ok; k++) ok = b[i + k] === MAGIC[k];
    if (ok) return i;
  }
  return -1;
}

/** The raw version and module-info strings the header at `at` leads to, or null when they do not decode. */
function decodeHeader(b: Uint8Array, at: number, exe: Executable): { version: Uint8Array; modinfo: Uint8Array } | null {
  const ptrSize = b[at + 14] ?? 0;
  const flags = b[at + 15] ?? 0;
  if (flags & 0x2) {
    const version = readVarString(b, at + 32);
    const modinfo = version && readVarString(b, version.end);
    return version && modinfo ? { version: version.bytes, modinfo: modinfo.bytes } : null;
  }
  if ((ptrSize !== 4 && ptrSize !== 8) || at + 16 + 2 * ptrSize > b.length) return null;
  const littleEndian = (flags & 0x1) === 0;
  const ptr = (bytes: Uint8Array | null, off: number): number | null => {
    if (!bytes || off + ptrSize > bytes.length) return null;
    const v = new DataView(bytes.buffer, bytes.byteOffset + off, ptrSize);
    return ptrSize === 8 ? Number(v.getBigUint64(0, littleEndian)) : v.getUint32(0, littleEndian);
  };
  // Each pointer leads to a Go string header {data pointer, length}.
  const readString = (addr: number | null): Uint8Array | null => {
    if (addr === null) return null;
    const header = readAtAddress(b, exe, addr, 2 * ptrSize);
    const data = ptr(header, 0);
    const len = ptr(header, ptrSize);
    if (data === null || len === null || len > 1 << 24) return null;
    return readAtAddress(b, exe, data, len);
  };
  const header = b.subarray(at, at + 16 + 2 * ptrSize);
  const version = readString(ptr(header, 16));
  const modinfo = readString(ptr(header, 16 + ptrSize));
  return version && modinfo ? { version, modinfo } : null;
}

/** Module info is framed by two 16-byte sentinels; Go checks for the newline before the closing one. */
function stripSentinels(mod: Uint8Array): Uint8Array {
  return mod.length >= 33 && mod[mod.length - 17] === 0x0a ? mod.subarray(16, mod.length - 16) : mod;
}

/** A uvarint length then that many bytes. */
function readVarString(b: Uint8Array, at: number): { bytes: Uint8Array; end: number } | null {
  let len = 0;
  let shift = 0;
  let i = at;
  for (; i < b.length && shift < 35; i++, shift += 7) {
    const byte = b[i] ?? 0;
    len += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) break;
  }
  const start = i + 1;
  if (start + len > b.length) return null;
  return { bytes: b.subarray(start, start + len), end: start + len };
}

/** Parses the module info text (without its sentinels). */
export function parseModInfo(goVersion: string, modinfo: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion: goVersion.trim(), path: '', deps: [], settings: new Map() };
  for (const line of modinfo.split('\n')) {
    const fields = line.split('\t');
    const kind = fields[0] ?? '';
    const module = (): GoModule => ({ path: fields[1] ?? '', version: fields[2] ?? '' });
    if (kind === 'path') info.path = fields[1] ?? '';
    else if (kind === 'mod') info.main = module();
    else if (kind === 'dep') info.deps.push(module());
    else if (kind === '=>') {
      const target = info.deps[info.deps.length - 1] ?? info.main;
      if (target) target.replace = module();
    } else if (kind === 'build') {
      const setting = fields[1] ?? '';
      const eq = setting.indexOf('=');
      if (eq > 0) info.settings.set(setting.slice(0, eq), unquote(setting.slice(eq + 1)));
    }
  }
  return info;
}

// Build settings whose value has spaces or quotes are written as Go quoted strings.
function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value.slice(1, -1);
  }
}
