/**
 * A minimal Go executable for demo images: a well-formed ELF64 little-endian x86-64 executable whose only
 * program is `exit(0)` and whose `.go.buildinfo` section holds build information in the inline format the Go
 * 1.18+ linker writes (what `go version -m` and scanners read):
 * - a 32-byte header: the magic `\xff Go buildinf:`, the pointer size (8), flags 0x2 (strings inline,
 *   little-endian), zero padding;
 * - two uvarint-length-prefixed strings: `runtime.buildVersion` (`go1.22.1`) and `runtime.modinfo`, the module
 *   info text (`path`, `mod`, `dep`, `=>`, `build` lines, tab-separated) between two 16-byte sentinels;
 * - zero padding to 16 bytes.
 * Layout: ELF header and two PT_LOAD program headers at 0, `.text` at 0x1000 (R+X), `.go.buildinfo` at 0x2000
 * (R+W, where Go's linker puts it: first in the data segment), then an optional `.comment`, `.shstrtab` and the
 * section headers.
 * ref. https://cs.opensource.google/go/go/+/refs/tags/go1.22.0:src/debug/buildinfo/buildinfo.go (reader),
 * https://cs.opensource.google/go/go/+/refs/tags/go1.22.0:src/cmd/link/internal/ld/data.go (`buildinfo`),
 * https://cs.opensource.google/go/go/+/refs/tags/go1.22.0:src/runtime/debug/mod.go (`BuildInfo.String`),
 * https://refspecs.linuxfoundation.org/elf/gabi4+/contents.html (ELF)
 */

/** A module as the build info lists it; `sum` is the go.sum `h1:` hash (empty when unknown). */
export interface GoBinaryModule {
  path: string;
  version: string;
  sum?: string;
  /** A `replace` directive's target, written as a `=>` line after the module. */
  replace?: GoBinaryModule;
}

/** What {@link formatGoBinary} embeds. */
export interface GoBinarySpec {
  /** Toolchain, e.g. `go1.22.1`. */
  goVersion: string;
  /** Import path of the main package, e.g. `example.com/demo/api/cmd/server`. */
  path: string;
  /** The main module; `version` is `(devel)` for a build outside a tagged checkout. */
  main: GoBinaryModule;
  deps: readonly GoBinaryModule[];
  /** `build` settings in order (`-ldflags`, `CGO_ENABLED`, `GOOS`, `vcs.revision`, …). */
  settings?: ReadonlyArray<readonly [key: string, value: string]>;
}

// runtime/debug's module-info sentinels (cmd/go/internal/modload: infoStart, infoEnd).
const INFO_START = hexBytes('3077af0c9274080241e1c107e6d618e6');
const INFO_END = hexBytes('f932433186182072008242104116d8f2');
const MAGIC = '\xff Go buildinf:';
/** Flag 0x2: version and module info follow the header inline (Go 1.18+); bit 0x1 clear: little-endian. */
const FLAGS_VERSION_INLINE = 0x2;

const BASE = 0x400000;
const TEXT_OFFSET = 0x1000;
const DATA_OFFSET = 0x2000;
// x86-64: mov edi, 0; mov eax, 60 (exit); syscall — the program does nothing, but does it properly.
const EXIT_CODE = [0xbf, 0, 0, 0, 0, 0xb8, 60, 0, 0, 0, 0x0f, 0x05];

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
}

/** Go quotes a key or value that holds spaces, tabs, newlines, quotes or backquotes (`strconv.Quote`). */
function quoteSetting(s: string): string {
  return /[\s"`]/.test(s) || s === '' ? JSON.stringify(s) : s;
}

/** The module-info text, as `runtime/debug.BuildInfo.String()` writes it minus the `go` line. */
export function goModInfo(spec: GoBinarySpec): string {
  const mod = (word: string, m: GoBinaryModule): string => {
    const own = `${word}\t${m.path}\t${m.version}`;
    return m.replace
      ? `${own}\n=>\t${m.replace.path}\t${m.replace.version}\t${m.replace.sum ?? ''}\n`
      : `${own}\t${m.sum ?? ''}\n`;
  };
  let text = `path\t${spec.path}\n${mod('mod', spec.main)}`;
  for (const dep of spec.deps) text += mod('dep', dep);
  for (const [key, value] of spec.settings ?? []) text += `build\t${quoteSetting(key)}=${quoteSetting(value)}\n`;
  return text;
}

function uvarint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** The `.go.buildinfo` section's bytes. */
export function goBuildInfoSection(spec: GoBinarySpec): Uint8Array {
  const enc = new TextEncoder();
  const version = enc.encode(spec.goVersion);
  const modinfo = [...INFO_START, ...enc.encode(goModInfo(spec)), ...INFO_END];
  const header = new Uint8Array(32);
  for (let i = 0; i < MAGIC.length; i++) header[i] = MAGIC.charCodeAt(i);
  header[MAGIC.length] = 8;
  header[MAGIC.length + 1] = FLAGS_VERSION_INLINE;
  const bytes = [...header, ...uvarint(version.length), ...version, ...uvarint(modinfo.length), ...modinfo];
  while (bytes.length % 16 !== 0) bytes.push(0);
  return Uint8Array.from(bytes);
}

const align = (n: number, to: number): number => Math.ceil(n / to) * to;

interface Section {
  name: string;
  type: number;
  flags: number;
  offset: number;
  size: number;
  align: number;
}

/**
 * Bytes of a static linux/amd64 ELF executable carrying `spec` as its Go build info. A `comment` (say, that
 * the file is a demo stand-in) goes into a `.comment` section, where toolchains put identification strings;
 * it is not loaded and no reader of build info looks at it.
 */
export function formatGoBinary(spec: GoBinarySpec, comment?: string): Uint8Array {
  const enc = new TextEncoder();
  const buildinfo = goBuildInfoSection(spec);
  const commentBytes = comment === undefined ? undefined : enc.encode(`${comment}\0`);
  const names = ['.text', '.go.buildinfo', ...(commentBytes ? ['.comment'] : []), '.shstrtab'];
  const shstrtab = enc.encode(`\0${names.join('\0')}\0`);
  const commentOffset = DATA_OFFSET + buildinfo.length;
  const shstrtabOffset = commentOffset + (commentBytes?.length ?? 0);
  const sections: Section[] = [
    { name: '.text', type: 1, flags: 0x6, offset: TEXT_OFFSET, size: EXIT_CODE.length, align: 16 },
    { name: '.go.buildinfo', type: 1, flags: 0x3, offset: DATA_OFFSET, size: buildinfo.length, align: 16 },
    ...(commentBytes
      ? [{ name: '.comment', type: 1, flags: 0, offset: commentOffset, size: commentBytes.length, align: 1 }]
      : []),
    { name: '.shstrtab', type: 3, flags: 0, offset: shstrtabOffset, size: shstrtab.length, align: 1 },
  ];
  const shoff = align(shstrtabOffset + shstrtab.length, 8);
  const shnum = sections.length + 1;
  const out = new Uint8Array(shoff + shnum * 64);
  const view = new DataView(out.buffer);
  const u16 = (at: number, v: number) => view.setUint16(at, v, true);
  const u32 = (at: number, v: number) => view.setUint32(at, v, true);
  const u64 = (at: number, v: number) => view.setBigUint64(at, BigInt(v), true);

  // ELF header: 64-bit, little-endian, version 1, System V ABI; ET_EXEC for EM_X86_64.
  out.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  u16(16, 2);
  u16(18, 62);
  u32(20, 1);
  u64(24, BASE + TEXT_OFFSET);
  u64(32, 64);
  u64(40, shoff);
  u16(52, 64);
  u16(54, 56);
  u16(56, 2);
  u16(58, 64);
  u16(60, shnum);
  u16(62, shnum - 1);

  // Program headers: PT_LOAD R+X from offset 0 through .text, PT_LOAD R+W for the data (vaddr ≡ offset mod page).
  const phdr = (at: number, flags: number, offset: number, size: number) => {
    u32(at, 1);
    u32(at + 4, flags);
    u64(at + 8, offset);
    u64(at + 16, BASE + offset);
    u64(at + 24, BASE + offset);
    u64(at + 32, size);
    u64(at + 40, size);
    u64(at + 48, 0x1000);
  };
  phdr(64, 0x5, 0, TEXT_OFFSET + EXIT_CODE.length);
  phdr(64 + 56, 0x6, DATA_OFFSET, buildinfo.length);

  out.set(EXIT_CODE, TEXT_OFFSET);
  out.set(buildinfo, DATA_OFFSET);
  if (commentBytes) out.set(commentBytes, commentOffset);
  out.set(shstrtab, shstrtabOffset);

  // Section headers after the null one; only allocated sections (flags with SHF_ALLOC) have an address.
  let nameOffset = 1;
  sections.forEach((section, i) => {
    const at = shoff + (i + 1) * 64;
    u32(at, nameOffset);
    nameOffset += section.name.length + 1;
    u32(at + 4, section.type);
    u64(at + 8, section.flags);
    u64(at + 16, section.flags & 0x2 ? BASE + section.offset : 0);
    u64(at + 24, section.offset);
    u64(at + 32, section.size);
    u64(at + 48, section.align);
  });
  return out;
}
