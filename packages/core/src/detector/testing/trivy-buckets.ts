/**
 * Test support: converts Trivy's detector DB fixtures (trivy-db BoltDB buckets written as YAML, as
 * `internal/dbtest` loads them) into OSV records, so Trivy's detector test cases can run against the
 * OSV index. Shapes: `- bucket: <name>` with `pairs` of sub-buckets or `key`/`value` leaves.
 *   OS:       `<platform> <release>` → package → vulnerability id → {FixedVersion, AffectedVersion, Severity, Status, VendorIDs}
 *   Red Hat:  `Red Hat` → package → RHSA/CVE id → {Entries[{FixedVersion, Affected[cpe index], Arches, Cves[{ID, Severity}], Status}]}
 *   Library:  `<eco>::<source>` → package → id → {VulnerableVersions[], PatchedVersions[], UnaffectedVersions[], VendorIDs[]}
 * Not used by production code.
 */
import type { OsvAffected, OsvEvent, OsvRecord } from '../../advisory/osv-types';

export interface BoltPair {
  bucket?: string;
  key?: string;
  value?: unknown;
  pairs?: BoltPair[];
}

const SEVERITIES = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const STATUSES = [
  'unknown',
  'not_affected',
  'affected',
  'fixed',
  'unknown',
  'will_not_fix',
  'fix_deferred',
  'end_of_life',
];
const LIBRARY_ECOSYSTEMS: Record<string, string> = {
  composer: 'Packagist',
  go: 'Go',
  pip: 'PyPI',
  npm: 'npm',
  rubygems: 'RubyGems',
  maven: 'Maven',
  cargo: 'crates.io',
};

/** Builds records keyed by id, merging affected entries of the same id met in several package buckets. */
class RecordSet {
  readonly byId = new Map<string, Record<string, unknown> & { affected: unknown[]; aliases: string[] }>();
  add(id: string, aliases: string[], affected: unknown, extra: Record<string, unknown> = {}): void {
    const r = this.byId.get(id) ?? { id, modified: '2024-01-01T00:00:00Z', aliases: [], affected: [], ...extra };
    for (const a of aliases) if (a !== id && !r.aliases.includes(a)) r.aliases.push(a);
    r.affected.push(affected);
    this.byId.set(id, r);
  }
}

function osEcosystem(bucket: string): string | undefined {
  const m = /^(alpine|debian|ubuntu) (\S+)$/.exec(bucket);
  if (!m) return undefined;
  const [, platform, release] = m as unknown as [string, string, string];
  if (platform === 'alpine') return `Alpine:v${release}`;
  if (platform === 'debian') return `Debian:${release}`;
  const esm = /^(.*)-ESM$/.exec(release);
  return esm ? `Ubuntu:Pro:${esm[1]}:LTS` : `Ubuntu:${release}`;
}

function leaves(bucket: BoltPair): { pkg: string; id: string; value: unknown }[] {
  const out: { pkg: string; id: string; value: unknown }[] = [];
  for (const pkg of bucket.pairs ?? [])
    for (const leaf of pkg.pairs ?? []) out.push({ pkg: pkg.bucket ?? '', id: leaf.key ?? '', value: leaf.value });
  return out;
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

function convertOs(bucket: BoltPair, ecosystem: string, platform: string, set: RecordSet): void {
  for (const { pkg, id, value } of leaves(bucket)) {
    const v = obj(value);
    const status = STATUSES[Number(v.Status ?? 0)] ?? 'unknown';
    if (status === 'not_affected') continue;
    const vendorIds = Array.isArray(v.VendorIDs) ? (v.VendorIDs as string[]) : [];
    // Values pass through untouched so a malformed fixture yields a malformed record (and a load error).
    const events: unknown[] = [{ introduced: v.AffectedVersion || '0' }];
    if (v.FixedVersion !== '' && v.FixedVersion !== undefined) events.push({ fixed: v.FixedVersion });
    const specific: Record<string, unknown> = { status };
    if (v.Severity) Object.assign(specific, { severity: SEVERITIES[Number(v.Severity)], severity_source: platform });
    const recordId = vendorIds[0] ?? id;
    set.add(recordId, [id, ...vendorIds], {
      package: { ecosystem, name: pkg },
      ranges: [{ type: 'ECOSYSTEM', events }],
      ecosystem_specific: specific,
    });
  }
}

/** CPE index → `Red Hat:enterprise_linux:<major>…` from the `Red Hat CPE` bucket. */
function redhatCpes(buckets: BoltPair[]): Map<number, string> {
  const cpes = new Map<number, string>();
  const root = buckets.find((b) => b.bucket === 'Red Hat CPE');
  for (const leaf of root?.pairs?.find((p) => p.bucket === 'cpe')?.pairs ?? []) {
    const m = /^cpe:\/[ao]:redhat:(.*)$/.exec(String(leaf.value));
    if (m) cpes.set(Number(leaf.key), `Red Hat:${m[1]}`);
  }
  return cpes;
}

/**
 * trivy-db keeps a CVE's "unfixed" entry next to the RHSA that later fixed it, and Trivy lets the fix
 * win. OSV ORs affected entries, so the converter drops unfixed entries of a package that has a fix.
 */
function dropSupersededUnfixed(set: RecordSet): void {
  for (const r of set.byId.values()) {
    const entries = r.affected as OsvAffected[];
    const hasFix = (a: OsvAffected) =>
      Array.isArray(a.ranges) && a.ranges.some((x) => x.events.some((e) => e.fixed !== undefined));
    const fixedNames = new Set(entries.filter(hasFix).map((a) => `${a.package?.ecosystem}|${a.package?.name}`));
    r.affected = entries.filter((a) => hasFix(a) || !fixedNames.has(`${a.package?.ecosystem}|${a.package?.name}`));
  }
}

function convertRedhat(bucket: BoltPair, cpes: Map<number, string>, set: RecordSet): void {
  for (const { pkg, id, value } of leaves(bucket)) {
    const entries = obj(value).Entries;
    if (!Array.isArray(entries)) {
      set.add(id, [], { package: { ecosystem: 'Red Hat:enterprise_linux:0', name: pkg }, ranges: entries });
      continue;
    }
    for (const e of entries.map(obj)) {
      const status = STATUSES[Number(e.Status ?? 0)] ?? 'unknown';
      const events: unknown[] = [{ introduced: '0' }];
      if (e.FixedVersion) events.push({ fixed: e.FixedVersion });
      const ecosystems = new Set(
        ((e.Affected as number[]) ?? []).map((i) => cpes.get(i)).filter((x): x is string => !!x),
      );
      const arches = Array.isArray(e.Arches) ? (e.Arches as string[]) : [undefined];
      for (const cve of ((e.Cves as unknown[]) ?? [{}]).map(obj)) {
        const cveId = typeof cve.ID === 'string' ? cve.ID : id;
        const specific: Record<string, unknown> = { status, severity_source: 'redhat' };
        if (cve.Severity) specific.severity = SEVERITIES[Number(cve.Severity)];
        for (const ecosystem of ecosystems) {
          for (const arch of arches) {
            const purl = `pkg:rpm/redhat/${pkg}${arch ? `?arch=${arch}` : ''}`;
            set.add(cveId, [id], {
              package: { ecosystem, name: pkg, purl },
              ranges: [{ type: 'ECOSYSTEM', events }],
              ecosystem_specific: specific,
            });
          }
        }
      }
    }
  }
}

/** An AND-group of a Trivy constraint (`>= 4.2.0, < 4.2.7`, `>=5.5.2-sp1 <5.5.2-sp999`, `~> 4.1.11`) as [low, high) bounds. */
interface Interval {
  low?: { v: string; inclusive: boolean };
  high?: { v: string; inclusive: boolean };
  exact?: string;
}

function parseConstraint(text: string): Interval[] {
  return text.split('||').map((group) => {
    const iv: Interval = {};
    for (const m of group.matchAll(/(>=|<=|~>|[<>=])\s*([^\s,]+)/g)) {
      const [, op, v] = m as unknown as [string, string, string];
      if (op === '>=' || op === '>') iv.low = { v, inclusive: op === '>=' };
      else if (op === '<' || op === '<=') iv.high = { v, inclusive: op === '<=' };
      else if (op === '=') iv.exact = v;
      else {
        // ~> a.b.c means >= a.b.c, < a.(b+1)
        const parts = v.split('.');
        parts.pop();
        const last = parts.length - 1;
        parts[last] = String(Number(parts[last]) + 1);
        iv.low = { v, inclusive: true };
        iv.high = { v: parts.join('.'), inclusive: false };
      }
    }
    return iv;
  });
}

function toRangeEvents(iv: Interval): OsvEvent[] {
  const events: OsvEvent[] = [{ introduced: iv.low?.v ?? '0' }];
  if (iv.high) events.push(iv.high.inclusive ? { last_affected: iv.high.v } : { fixed: iv.high.v });
  return events;
}

/** Complement of the patched/unaffected intervals (Trivy: vulnerable iff neither patched nor unaffected). */
function complement(safe: Interval[], compare: (a: string, b: string) => number): OsvEvent[][] {
  const sorted = [...safe].sort((a, b) => (a.low ? (b.low ? compare(a.low.v, b.low.v) : 1) : -1));
  const ranges: OsvEvent[][] = [];
  let cursor: string | undefined = '0';
  for (const iv of sorted) {
    if (cursor === undefined) break;
    if (iv.low && (cursor === '0' || compare(cursor, iv.low.v) < 0))
      ranges.push([{ introduced: cursor }, { fixed: iv.low.v }]);
    if (!iv.high) cursor = undefined;
    else if (cursor === '0' || compare(iv.high.v, cursor) > 0) cursor = iv.high.v;
  }
  if (cursor !== undefined) ranges.push([{ introduced: cursor }]);
  return ranges;
}

function convertLibrary(
  bucket: BoltPair,
  ecosystem: string,
  set: RecordSet,
  compare: (a: string, b: string) => number,
): void {
  for (const { pkg, id, value } of leaves(bucket)) {
    const v = obj(value);
    const vendorIds = Array.isArray(v.VendorIDs) ? (v.VendorIDs as string[]) : [];
    const vulnerable = v.VulnerableVersions as string[] | undefined;
    const patched = v.PatchedVersions;
    if (patched !== undefined && !Array.isArray(patched)) {
      set.add(id, vendorIds, { package: { ecosystem, name: pkg }, ranges: patched });
      continue;
    }
    let ranges: OsvEvent[][];
    if (vulnerable && vulnerable.length > 0) ranges = vulnerable.flatMap(parseConstraint).map(toRangeEvents);
    else
      ranges = complement(
        [...((patched as string[]) ?? []), ...((v.UnaffectedVersions as string[]) ?? [])].flatMap(parseConstraint),
        compare,
      );
    const affected: OsvAffected = {
      package: { ecosystem, name: pkg },
      ranges: ranges.map((events) => ({ type: 'ECOSYSTEM', events })),
    };
    set.add(id, vendorIds, affected);
  }
}

/**
 * Converts fixture buckets to OSV-shaped objects (unvalidated: run them through `parseOsvDocument`).
 * `compare` orders versions of the library ecosystem when a complement has to be computed.
 */
export function trivyBucketsToOsv(
  buckets: BoltPair[],
  compare: (a: string, b: string) => number = () => 0,
): Partial<OsvRecord>[] {
  const set = new RecordSet();
  const cpes = redhatCpes(buckets);
  for (const b of buckets) {
    const name = b.bucket ?? '';
    const os = osEcosystem(name);
    if (os) convertOs(b, os, name.split(' ')[0] as string, set);
    else if (name === 'Red Hat') {
      convertRedhat(b, cpes, set);
      dropSupersededUnfixed(set);
    } else if (name.includes('::')) {
      const prefix = (name.split('::')[0] as string).replace(/^seal /, '');
      const eco = LIBRARY_ECOSYSTEMS[prefix];
      if (eco) convertLibrary(b, eco, set, compare);
    }
  }
  return [...set.byId.values()] as Partial<OsvRecord>[];
}
