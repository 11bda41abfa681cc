/**
 * Small helpers shared by the language analyzers: text decoding, path pieces and the typed error
 * every parser throws for a manifest it cannot read.
 */

import { ScanError } from '../../types/errors';
import type { Package } from '../../types/package';
import type { AnalysisResult, AnalyzerInput } from '../analyzer';

const utf8 = new TextDecoder('utf-8');

/**
 * Decodes a manifest as text. UTF-8 by default; a UTF-16 byte-order mark switches the decoder (Windows
 * tools write `requirements.txt` as UTF-16LE) and a UTF-8 BOM is dropped.
 */
export function decodeText(content: Uint8Array): string {
  if (content.length >= 2 && content[0] === 0xff && content[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(content.subarray(2));
  }
  if (content.length >= 2 && content[0] === 0xfe && content[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(content.subarray(2));
  }
  const text = utf8.decode(content);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The last path element. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The error a parser throws for a lock file, manifest or binary it cannot read. */
export function invalidManifest(format: string, path: string, cause?: unknown): ScanError {
  const reason = cause instanceof Error ? `: ${cause.message}` : '';
  return new ScanError('INVALID_PACKAGE_DB', `${format}: cannot parse ${path}${reason}`, { cause });
}

/** Parses JSON, turning a syntax error into the typed error. */
export function parseJson(text: string, format: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw invalidManifest(format, path, error);
  }
}

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or '' when missing or of another type. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Wraps a parser's packages as the analyzer result: one application for the file, each package stamped
 * with the layer the file came from. No packages → null, as the contract asks.
 */
export function applicationResult(type: string, input: AnalyzerInput, packages: Package[]): AnalysisResult | null {
  if (packages.length === 0) return null;
  const stamped = packages.map((p) => ({ ...p, layer: input.file.layer }));
  return { applications: [{ type, filePath: input.path, packages: stamped }] };
}

/** True when the path goes through a `node_modules` directory (lock files there belong to a dependency). */
export function inNodeModules(path: string): boolean {
  return path.startsWith('node_modules/') || path.includes('/node_modules/');
}

/** Keeps the first item of each key, in order (a lock file lists a package once per place it is used). */
export function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
