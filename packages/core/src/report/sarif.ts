/**
 * SARIF 2.1.0 report, shaped like Trivy's (`--format sarif`): one rule per vulnerability id, one result
 * per finding, levels from severity, `security-severity` from the CVSS v3 score of the severity source.
 * Spec: https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * ref. https://github.com/aquasecurity/trivy/blob/main/pkg/report/sarif.go
 *
 * A cloud-engine scan (`report.inspection`) adds one rule per baseline check, secret rule and malware
 * signature (named `Misconfiguration`, `Secret` and `Malware`) and one result per finding, located at the
 * file and line (or at the image, with the config key in the message, for image-config findings); levels
 * come from the mapped severity (see `./inspection.ts`): CRITICAL/HIGH error, MEDIUM warning, LOW note.
 */
import type { InspectionFinding } from '../inspect/inspector';
import type { TrivySeverity, Vulnerability } from '../types/finding';
import { INSPECTION_CLASS, inspectionFindings, inspectionLocation, inspectionSeverity } from './inspection';
import { reportTargets } from './report-targets';
import type { ScanReport } from './scan-report';
import { compact } from './trivy-json';

/** The SARIF schema URL Trivy writes. */
export const SARIF_SCHEMA =
  'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/main/sarif-2.1/schema/sarif-schema-2.1.0.json';

type Json = Record<string, unknown>;
type SarifLevel = 'error' | 'warning' | 'note';

/** SARIF level for a severity: CRITICAL/HIGH error, MEDIUM warning, LOW/UNKNOWN note. */
export function sarifLevel(severity: TrivySeverity): SarifLevel {
  if (severity === 'CRITICAL' || severity === 'HIGH') return 'error';
  if (severity === 'MEDIUM') return 'warning';
  return 'note';
}

const DEFAULT_SECURITY_SEVERITY: Record<TrivySeverity, string> = {
  CRITICAL: '9.5',
  HIGH: '8.0',
  MEDIUM: '5.5',
  LOW: '2.0',
  UNKNOWN: '0.0',
};

/** GitHub's `security-severity`: the v3 score of the severity source, else a per-severity default. */
export function securitySeverity(v: Vulnerability): string {
  const v3 = v.cvss.find((c) => c.source === v.severitySource && c.vector.startsWith('CVSS:3'));
  return v3 ? String(v3.score) : DEFAULT_SECURITY_SEVERITY[v.severity];
}

/** Builds the SARIF log object. */
export function toSarif(report: ScanReport): Json {
  const rules: Json[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Json[] = [];
  const uri = imageUri(report.artifactName);
  for (const target of reportTargets(report)) {
    for (const v of target.vulnerabilities) {
      let index = ruleIndex.get(v.id);
      if (index === undefined) {
        index = rules.length;
        ruleIndex.set(v.id, index);
      }
      // Trivy keeps the rule of the last finding with this id (its help text names that package).
      const ruleName = target.class === 'os-pkgs' ? 'OsPackageVulnerability' : 'LanguageSpecificPackageVulnerability';
      rules[index] = sarifRule(v, ruleName);
      const location = target.class === 'os-pkgs' ? uri : v.pkgPath || target.target;
      results.push({
        ruleId: v.id,
        ruleIndex: index,
        level: sarifLevel(v.severity),
        message: {
          text: `Package: ${v.pkgName}\nInstalled Version: ${v.installedVersion}\nVulnerability ${v.id}\nSeverity: ${v.severity}\nFixed Version: ${v.fixedVersion ?? ''}\nLink: [${v.id}](${v.primaryUrl})`,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: location, uriBaseId: 'ROOTPATH' },
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
            },
            message: { text: `${location}: ${v.pkgName}@${v.installedVersion}` },
          },
        ],
      });
    }
  }
  for (const f of inspectionFindings(report)) {
    let index = ruleIndex.get(f.ruleId);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(f.ruleId, index);
      rules.push(inspectionRule(f));
    }
    const severity = inspectionSeverity(f);
    const path = f.location.path;
    const where = inspectionLocation(f);
    const line = f.location.line ?? 1;
    results.push({
      ruleId: f.ruleId,
      ruleIndex: index,
      level: sarifLevel(severity),
      message: {
        text: `${f.title['en-US']}\nSeverity: ${severity} (${f.level})\nLocation: ${where}${f.evidence ? `\nEvidence: ${f.evidence}` : ''}`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: path ?? uri, uriBaseId: 'ROOTPATH' },
            region: { startLine: line, startColumn: 1, endLine: line, endColumn: 1 },
          },
          message: { text: path ? where : `${uri}: ${where}` },
        },
      ],
    });
  }
  return {
    version: '2.1.0',
    $schema: SARIF_SCHEMA,
    runs: [
      {
        tool: {
          driver: {
            fullName: 'ACR Console Image Scanner',
            informationUri: 'https://ossf.github.io/osv-schema/',
            name: report.metadata.scanner.name,
            rules,
            version: report.metadata.scanner.version,
          },
        },
        results,
        columnKind: 'utf16CodeUnits',
        properties: {
          imageName: report.artifactName,
          imageID: report.imageId,
          repoDigests: report.repoDigests,
          repoTags: report.repoTags,
        },
      },
    ],
  };
}

function sarifRule(v: Vulnerability, name: string): Json {
  const fixed = v.fixedVersion ?? '';
  const link = `[${v.id}](${v.primaryUrl})`;
  const description = v.description ?? v.title;
  const properties: Json = { precision: 'very-high', 'security-severity': securitySeverity(v) };
  properties.tags = ['vulnerability', 'security', v.severity];
  const own = v.cvss.filter((c) => c.source === v.severitySource);
  const v2 = own.find((c) => !c.vector.startsWith('CVSS:'));
  const v3 = own.find((c) => c.vector.startsWith('CVSS:3'));
  return compact({
    id: v.id,
    name,
    shortDescription: { text: v.title || v.id },
    fullDescription: { text: description || v.id },
    defaultConfiguration: { level: sarifLevel(v.severity) },
    helpUri: v.primaryUrl,
    help: {
      text: `Vulnerability ${v.id}\nSeverity: ${v.severity}\nPackage: ${v.pkgName}\nFixed Version: ${fixed}\nLink: ${link}\n${description}`,
      markdown: `**Vulnerability ${v.id}**\n| Severity | Package | Fixed Version | Link |\n| --- | --- | --- | --- |\n|${v.severity}|${v.pkgName}|${fixed}|${link}|\n\n${description}`,
    },
    properties: compact({
      cvssv2_score: v2?.score,
      cvssv2_vector: v2?.vector,
      cvssv3_baseScore: v3?.score,
      cvssv3_vector: v3?.vector,
      ...properties,
    }),
  });
}

const INSPECTION_RULE_NAME = { config: 'Misconfiguration', secret: 'Secret', malware: 'Malware' } as const;

function inspectionRule(f: InspectionFinding): Json {
  const severity = inspectionSeverity(f);
  const title = f.title['en-US'];
  const description = f.description['en-US'];
  const remediation = f.remediation['en-US'];
  const kindTag = f.kind === 'baseline' ? 'misconfiguration' : f.kind;
  return {
    id: f.ruleId,
    name: INSPECTION_RULE_NAME[INSPECTION_CLASS[f.kind]],
    shortDescription: { text: title },
    fullDescription: { text: description || title },
    defaultConfiguration: { level: sarifLevel(severity) },
    help: {
      text: `${title}\nSeverity: ${severity}\nCategory: ${f.category['en-US']}\n${description}\nResolution: ${remediation}`,
      markdown: `**${title}**\n| Severity | Category |\n| --- | --- |\n|${severity}|${f.category['en-US']}|\n\n${description}\n\n${remediation}`,
    },
    properties: {
      precision: 'very-high',
      'security-severity': DEFAULT_SECURITY_SEVERITY[severity],
      tags: [kindTag, 'security', severity],
    },
  };
}

/** Trivy cleans the artifact name into a repository-relative URI (no scheme, no leading slash). */
export function imageUri(artifactName: string): string {
  return artifactName.replace(/^[a-z]+:\/\//, '').replace(/^\/+/, '');
}
