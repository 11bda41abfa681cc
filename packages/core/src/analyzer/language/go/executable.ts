/**
 * Just enough of the three executable formats Go builds to tell them apart and to turn a virtual
 * address into a file offset, which the pre-1.18 build info (pointers, not inline strings) needs:
 * - ELF program headers, PT_LOAD (https://refspecs.linuxfoundation.org/elf/gabi4+/ch5.pheader.html);
 * - Mach-O LC_SEGMENT / LC_SEGMENT_64 load commands (https://github.com/aidansteele/osx-abi-macho-file-format-reference);
 * - PE section headers plus the optional header's ImageBase (https://learn.microsoft.com/en-us/windows/win32/debug/pe-format).
 * Every read is bounds-checked; a malformed header yields no segments rather than an exception.
 */

export type ExecutableFormat = 'elf' | 'macho' | 'pe';

/** A loaded range: `filesz` bytes at file `offset` appear at virtual address `vaddr`. */
export interface Segment {
  vaddr: number;
  offset: number;
  filesz: number;
}

/** An executable's format, byte order and loaded segments. */
export interface Executable {
  format: ExecutableFormat;
  littleEndian: boolean;
  segments: Segment[];
}

/** The format named by the file's magic number, or null for anything else (scripts, data, Java classes). */
export function executableFormat(b: Uint8Array): ExecutableFormat | null {
  if (b.length < 64) return null;
  if (b[0] === 0x7f && b[1] === 0x45 && b[2] === 0x4c && b[3] === 0x46) return 'elf';
  const m = ((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0);
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(m >>> 0)) return 'macho';
  if (b[0] === 0x4d && b[1] === 0x5a) return 'pe';
  return null;
}

/** Parses the header of a recognised executable; null when the format is unknown. */
export function readExecutable(b: Uint8Array): Executable | null {
  const format = executableFormat(b);
  if (!format) return null;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  try {
    if (format === 'elf') return readElf(view);
    if (format === 'macho') return readMachO(view);
    return readPe(view);
  } catch {
    // A RangeError from a truncated header: the format is known, the layout is not.
    return { format, littleEndian: true, segments: [] };
  }
}

/** Reads `n` bytes at virtual address `addr`, or null when no segment holds them. */
export function readAtAddress(b: Uint8Array, exe: Executable, addr: number, n: number): Uint8Array | null {
  for (const s of exe.segments) {
    if (addr >= s.vaddr && addr + n <= s.vaddr + s.filesz) {
      const start = s.offset + (addr - s.vaddr);
      return start + n <= b.length ? b.subarray(start, start + n) : null;
    }
  }
  return null;
}

function u64(view: DataView, at: number, le: boolean): number {
  return Number(view.getBigUint64(at, le));
}

function readElf(view: DataView): Executable {
  const is64 = view.getUint8(4) === 2;
  const le = view.getUint8(5) !== 2;
  const phoff = is64 ? u64(view, 0x20, le) : view.getUint32(0x1c, le);
  const phentsize = view.getUint16(is64 ? 0x36 : 0x2a, le);
  const phnum = view.getUint16(is64 ? 0x38 : 0x2c, le);
  const segments: Segment[] = [];
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (view.getUint32(at, le) !== 1) continue; // PT_LOAD
    segments.push(
      is64
        ? { offset: u64(view, at + 8, le), vaddr: u64(view, at + 16, le), filesz: u64(view, at + 32, le) }
        : {
            offset: view.getUint32(at + 4, le),
            vaddr: view.getUint32(at + 8, le),
            filesz: view.getUint32(at + 16, le),
          },
    );
  }
  return { format: 'elf', littleEndian: le, segments };
}

function readMachO(view: DataView): Executable {
  const magicLe = view.getUint32(0, true);
  const le = magicLe === 0xfeedface || magicLe === 0xfeedfacf;
  const is64 = view.getUint32(0, le) === 0xfeedfacf;
  const ncmds = view.getUint32(16, le);
  const segments: Segment[] = [];
  let at = is64 ? 32 : 28;
  for (let i = 0; i < ncmds && at + 8 <= view.byteLength; i++) {
    const cmd = view.getUint32(at, le);
    const size = view.getUint32(at + 4, le);
    if (cmd === 0x19) {
      segments.push({ vaddr: u64(view, at + 24, le), offset: u64(view, at + 40, le), filesz: u64(view, at + 48, le) });
    } else if (cmd === 0x1) {
      segments.push({
        vaddr: view.getUint32(at + 24, le),
        offset: view.getUint32(at + 32, le),
        filesz: view.getUint32(at + 36, le),
      });
    }
    if (size < 8) break;
    at += size;
  }
  return { format: 'macho', littleEndian: le, segments };
}

function readPe(view: DataView): Executable {
  const pe = view.getUint32(0x3c, true);
  if (view.getUint32(pe, false) !== 0x50450000) return { format: 'pe', littleEndian: true, segments: [] };
  const nsections = view.getUint16(pe + 6, true);
  const optSize = view.getUint16(pe + 20, true);
  const opt = pe + 24;
  const imageBase = view.getUint16(opt, true) === 0x20b ? u64(view, opt + 24, true) : view.getUint32(opt + 28, true);
  const segments: Segment[] = [];
  for (let i = 0; i < nsections; i++) {
    const at = opt + optSize + i * 40;
    segments.push({
      vaddr: imageBase + view.getUint32(at + 12, true),
      filesz: view.getUint32(at + 16, true),
      offset: view.getUint32(at + 20, true),
    });
  }
  return { format: 'pe', littleEndian: true, segments };
}
