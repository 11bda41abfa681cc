/**
 * Loading OSV records from JSON (or YAML, as pypa/advisory-database stores them), from a directory
 * through a small port, and from the per-ecosystem `all.zip` archives osv.dev publishes
 * (https://google.github.io/osv.dev/data/#data-dumps).
 */
import { unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { ScanError } from '../types/errors';
import type { OsvRecord } from './osv-types';
import { validateOsvRecord } from './osv-validate';

/** Read access to a directory tree of OSV files (Node fs, a File System Access handle, a fixture map…). */
export interface OsvDirectoryPort {
  /** Relative paths of every file below the directory (recursively). */
  list(): Promise<string[]>;
  read(path: string): Promise<Uint8Array | string>;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

function isYaml(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

function isOsvFile(name: string): boolean {
  return /\.(json|ya?ml)$/i.test(name);
}

/**
 * Parses one OSV document: a record, or an array of records (osv.dev's query API and some dumps).
 * `source` names the file in error messages; YAML is used when it ends in `.yaml`/`.yml`.
 * Withdrawn records are returned too — the index drops them and counts them.
 * @throws ScanError `INVALID_ADVISORY` with the file name on unparsable text or invalid records.
 */
export function parseOsvDocument(input: string | Uint8Array | unknown, source = 'input'): OsvRecord[] {
  let value: unknown = input;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const text = typeof input === 'string' ? input : decoder.decode(input);
    try {
      value = isYaml(source) ? parseYaml(text, { logLevel: 'error' }) : JSON.parse(text);
    } catch (cause) {
      throw new ScanError('INVALID_ADVISORY', `${source}: not valid ${isYaml(source) ? 'YAML' : 'JSON'}`, { cause });
    }
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => validateOsvRecord(item, items.length > 1 ? `${source}[${i}]` : source));
}

/** Loads every `.json`/`.yaml` file of a directory, in path order so results are reproducible. */
export async function loadOsvDirectory(port: OsvDirectoryPort): Promise<OsvRecord[]> {
  let paths: string[];
  try {
    paths = (await port.list()).filter(isOsvFile).sort();
  } catch (cause) {
    throw new ScanError('IO_ERROR', 'cannot list the advisory directory', { cause });
  }
  const out: OsvRecord[] = [];
  for (const path of paths) {
    let bytes: Uint8Array | string;
    try {
      bytes = await port.read(path);
    } catch (cause) {
      throw new ScanError('IO_ERROR', `${path}: cannot read`, { cause });
    }
    out.push(...parseOsvDocument(bytes, path));
  }
  return out;
}

/**
 * Loads the `.json` records of a zip (osv.dev's `<ecosystem>/all.zip`: one record per entry).
 * @throws ScanError `INVALID_ADVISORY` when the bytes are not a zip or an entry is not a record.
 */
export function loadOsvFromZip(bytes: Uint8Array, source = 'zip'): OsvRecord[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => isOsvFile(f.name) });
  } catch (cause) {
    throw new ScanError('INVALID_ADVISORY', `${source}: not a readable zip archive`, { cause });
  }
  const out: OsvRecord[] = [];
  for (const name of Object.keys(files).sort()) {
    out.push(...parseOsvDocument(files[name] as Uint8Array, `${source}:${name}`));
  }
  return out;
}
