/**
 * Test support: converts Alpine secdb documents (https://secdb.alpinelinux.org/, the format of the
 * alpinelinux/alpine-secdb repository) into OSV-shaped records, one per vulnerability id, with one
 * `affected` entry per (branch, origin package): `introduced: 0, fixed: <secfix version>`.
 * Shape: `{distroversion: v3.10, packages: [{pkg: {name: <origin>, secfixes: {<fixed>: [CVE-…]}}}]}`;
 * a fixed version of `0` means "never affected in Alpine" and yields no entry. Not used by production code.
 */
import type { OsvAffected, OsvRecord } from '../../advisory/osv-types';

interface SecdbDocument {
  distroversion?: unknown;
  packages?: { pkg?: { name?: unknown; secfixes?: Record<string, unknown> } }[];
}

const ID = /^[A-Z][A-Z0-9]*-\d{4}-\d+$/;

/** Records for every secdb document given (already parsed from YAML or JSON). */
export function alpineSecdbToOsv(documents: readonly unknown[]): OsvRecord[] {
  const byId = new Map<string, OsvRecord & { affected: OsvAffected[] }>();
  for (const doc of documents as SecdbDocument[]) {
    const branch = String(doc.distroversion ?? '');
    for (const { pkg } of doc.packages ?? []) {
      const name = typeof pkg?.name === 'string' ? pkg.name : undefined;
      if (!name) continue;
      for (const [fixed, ids] of Object.entries(pkg?.secfixes ?? {})) {
        if (fixed === '0' || !Array.isArray(ids)) continue;
        // Entries sometimes carry several ids or a note after the id ("CVE-2019-1 CVE-2019-2").
        for (const id of ids.flatMap((x) => String(x).split(/\s+/)).filter((x) => ID.test(x))) {
          const recordId = `ALPINE-${id}`;
          const r = byId.get(recordId) ?? {
            id: recordId,
            modified: '2020-06-08T00:00:00Z',
            aliases: [id],
            affected: [],
          };
          r.affected.push({
            package: { ecosystem: `Alpine:${branch}`, name },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }],
          });
          byId.set(recordId, r);
        }
      }
    }
  }
  return [...byId.values()];
}
