/**
 * Structural validation of OSV records (https://ossf.github.io/osv-schema/).
 *
 * Checks only what the core relies on (ids, ranges, events, packages) so a foreign or newer record with
 * extra fields still loads, while garbage fails loudly with the file it came from.
 */
import { ScanError } from '../types/errors';
import type { OsvAffected, OsvEvent, OsvRecord } from './osv-types';

const EVENT_KEYS = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
const RANGE_TYPES = new Set(['SEMVER', 'ECOSYSTEM', 'GIT']);

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionalStrings(v: unknown): boolean {
  return v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
}

function fail(source: string, id: string | undefined, why: string): never {
  const where = id ? `${source} (${id})` : source;
  throw new ScanError('INVALID_ADVISORY', `${where}: not a valid OSV record: ${why}`);
}

function severityList(v: unknown): boolean {
  return Array.isArray(v) && v.every((s) => isObject(s) && typeof s.type === 'string' && typeof s.score === 'string');
}

function checkEvents(events: unknown, fail1: (why: string) => never): OsvEvent[] {
  if (!Array.isArray(events) || events.length === 0) fail1('range without events');
  for (const e of events) {
    if (!isObject(e)) fail1('event is not an object');
    const keys = EVENT_KEYS.filter((k) => k in e);
    if (keys.length !== 1) fail1(`event must have exactly one of ${EVENT_KEYS.join('/')}`);
    if (typeof e[keys[0] as string] !== 'string') fail1(`event ${keys[0]} is not a string`);
  }
  return events as OsvEvent[];
}

function checkAffected(a: unknown, fail1: (why: string) => never): OsvAffected {
  if (!isObject(a)) fail1('affected entry is not an object');
  if (a.package !== undefined) {
    const p = a.package;
    if (!isObject(p) || typeof p.ecosystem !== 'string' || typeof p.name !== 'string') {
      fail1('affected.package needs string ecosystem and name');
    }
  }
  if (a.ranges !== undefined) {
    if (!Array.isArray(a.ranges)) fail1('affected.ranges is not an array');
    for (const r of a.ranges as unknown[]) {
      if (!isObject(r) || typeof r.type !== 'string' || !RANGE_TYPES.has(r.type))
        fail1('range type must be SEMVER, ECOSYSTEM or GIT');
      checkEvents((r as Json).events, fail1);
    }
  }
  if (!optionalStrings(a.versions)) fail1('affected.versions must be strings');
  // Severity assessment iterates these, so a non-list here must fail at load time, not mid-scan.
  if (a.severity !== undefined && !severityList(a.severity))
    fail1('affected.severity entries need string type and score');
  return a as unknown as OsvAffected;
}

/**
 * Checks that `value` is an OSV record and returns it typed.
 * @param source the file name (or other origin) quoted in the error message.
 * @throws ScanError `INVALID_ADVISORY` naming `source` when the value is not a usable record.
 */
export function validateOsvRecord(value: unknown, source: string): OsvRecord {
  if (!isObject(value)) fail(source, undefined, 'not a JSON object');
  const id = typeof value.id === 'string' && value.id.trim() !== '' ? value.id : undefined;
  if (!id) fail(source, undefined, 'missing id');
  const fail1 = (why: string): never => fail(source, id, why);
  if (typeof value.modified !== 'string') fail1('missing modified timestamp');
  for (const k of ['published', 'withdrawn', 'summary', 'details'] as const) {
    if (value[k] !== undefined && typeof value[k] !== 'string') fail1(`${k} is not a string`);
  }
  for (const k of ['aliases', 'related', 'upstream'] as const) {
    if (!optionalStrings(value[k])) fail1(`${k} must be a list of strings`);
  }
  if (value.severity !== undefined && !severityList(value.severity))
    fail1('severity entries need string type and score');
  if (value.affected !== undefined) {
    if (!Array.isArray(value.affected)) fail1('affected is not an array');
    for (const a of value.affected as unknown[]) checkAffected(a, fail1);
  }
  if (value.references !== undefined) {
    const ok =
      Array.isArray(value.references) && value.references.every((r) => isObject(r) && typeof r.url === 'string');
    if (!ok) fail1('references need a url');
  }
  return value as unknown as OsvRecord;
}
