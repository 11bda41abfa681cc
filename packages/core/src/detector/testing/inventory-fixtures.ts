/** Small builders for detector tests: an OSV record with one range, a package, and inventories around them. */
import type { OsvRecord } from '../../advisory/osv-types';
import type { Ecosystem } from '../../types/ecosystem';
import type { Inventory, OsInfo, Package } from '../../types/package';

export function rec(
  id: string,
  ecosystem: string,
  name: string,
  events: Record<string, string>[],
  extra: Partial<OsvRecord> = {},
): OsvRecord {
  return {
    id,
    modified: '2024-01-01T00:00:00Z',
    affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events }] }],
    ...extra,
  };
}

export function pkg(ecosystem: Ecosystem, name: string, version: string, extra: Partial<Package> = {}): Package {
  return {
    ecosystem,
    name,
    version,
    purl: `pkg:${ecosystem}/${name}@${version}`,
    licenses: [],
    filePath: 'lib/db',
    ...extra,
  };
}

export function osInv(os: OsInfo, ...packages: Package[]): Inventory {
  return { os, osPackages: packages, applications: [] };
}
