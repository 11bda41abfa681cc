/**
 * Search results as one SARIF 2.1.0 log: one rule per vulnerability id, one result per hit, located at the
 * image (`namespace/repo:tag`) with the package as a logical location. Levels follow the core's `sarifLevel`.
 */
import { sarifLevel, type TrivySeverity } from '@acr-console/core';
import type { SearchHit } from '@/api/contract/reports';
import type { ScanSeverity } from '@/api/contract/scans';
import { EXPORT_SCANNER } from './export-scan-model';

export const SARIF_SCHEMA_URL =
  'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';

const TRIVY: Record<ScanSeverity, TrivySeverity> = { High: 'HIGH', Medium: 'MEDIUM', Low: 'LOW', Unknown: 'UNKNOWN' };
const DEFAULT_SCORE: Record<ScanSeverity, string> = { High: '8.0', Medium: '5.5', Low: '2.0', Unknown: '0.0' };

export function searchSarif(hits: readonly SearchHit[]): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  const results = hits.map((hit) => {
    let index = ruleIndex.get(hit.CveId);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(hit.CveId, index);
      rules.push({
        id: hit.CveId,
        name: 'PackageVulnerability',
        shortDescription: { text: hit.CveId },
        defaultConfiguration: { level: sarifLevel(TRIVY[hit.Severity]) },
        properties: {
          'security-severity': hit.Cvss === undefined ? DEFAULT_SCORE[hit.Severity] : String(hit.Cvss),
          tags: ['vulnerability', 'security', TRIVY[hit.Severity]],
        },
      });
    }
    const image = `${hit.Namespace}/${hit.RepoName}:${hit.Tag}`;
    return {
      ruleId: hit.CveId,
      ruleIndex: index,
      level: sarifLevel(TRIVY[hit.Severity]),
      message: {
        text: `Image: ${image}\nPackage: ${hit.Package}\nInstalled Version: ${hit.Version}\nVulnerability ${hit.CveId}\nSeverity: ${TRIVY[hit.Severity]}\nFixed Version: ${hit.FixedVersion ?? ''}`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: image, uriBaseId: 'ROOTPATH' },
            region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
          },
          logicalLocations: [{ name: `${hit.Package}@${hit.Version}`, kind: 'package' }],
          message: { text: `${image}: ${hit.Package}@${hit.Version}` },
        },
      ],
      ...(hit.Excepted
        ? { suppressions: [{ kind: 'external', justification: 'Vulnerability exception in force' }] }
        : {}),
      properties: { digest: hit.Digest, scanTaskId: hit.ScanTaskId, ecosystem: hit.Ecosystem },
    };
  });
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA_URL,
    runs: [
      {
        tool: {
          driver: {
            name: EXPORT_SCANNER.name,
            fullName: 'ACR Console Image Scanner',
            version: EXPORT_SCANNER.version,
            informationUri: 'https://ossf.github.io/osv-schema/',
            rules,
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}
