/**
 * Exports (console-only, 导出): one image's scan (`ExportScanReport`, through the core's report writers), the
 * security report (`ExportSecurityReport`) and the search results (`ExportSearchResults`). Files are returned
 * as text; the console offers them as downloads.
 */
import { writeReport } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { SearchHit, SecurityReport } from '@/api/contract/reports';
import { SCAN_SEVERITIES } from '@/api/contract/scans';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { type ExportLang, renderHtmlReport, SEVERITY_COLORS } from './export-html';
import { exportWords, severityLabel, shanghaiDateTime } from './export-labels';
import { searchSarif } from './export-sarif';
import { EXPORT_SCANNER, toCoreReport } from './export-scan-model';
import type { Payload } from './payload';
import { digestOf } from './report-data';
import { resolveCompleteScan } from './report-scan';
import { securityReport } from './report-security';
import { searchHits } from './search';

type File = Payload<'ExportScanReport'>;

const MEDIA_TYPES = {
  CSV: 'text/csv',
  JSON: 'application/json',
  SARIF: 'application/sarif+json',
  CYCLONEDX: 'application/vnd.cyclonedx+json',
  SPDX: 'application/spdx+json',
  HTML: 'text/html',
} as const;
const EXTENSIONS = {
  CSV: 'csv',
  JSON: 'json',
  SARIF: 'sarif.json',
  CYCLONEDX: 'cdx.json',
  SPDX: 'spdx.json',
  HTML: 'html',
} as const;

type Format = keyof typeof MEDIA_TYPES;

/** File names keep letters, digits, `.`, `_` and `-`. */
const safeName = (value: string) => value.replace(/[^A-Za-z0-9._-]+/g, '_');

function file(base: string, format: Format, Content: string): File {
  return { FileName: `${safeName(base)}.${EXTENSIONS[format]}`, MediaType: MEDIA_TYPES[format], Content };
}

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with `'`. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const csvLine = (cells: readonly (string | number | boolean | undefined)[]) =>
  cells.map((cell) => csvField(cell === undefined ? '' : String(cell))).join(',');

/** `ExportScanReport`: SBOM_NOT_AVAILABLE for an SBOM of a scan stored without its package list. */
export async function exportScanReport(
  ctx: ServiceContext,
  params: ActionParams<'ExportScanReport'>,
): Promise<Payload<'ExportScanReport'>> {
  const scan = await resolveCompleteScan(ctx, params);
  const artifact = `${scan.repo.RepoNamespaceName}/${scan.repo.RepoName}:${scan.task.Tag}`;
  const report = toCoreReport(scan, artifact);
  const base = `${scan.repo.RepoNamespaceName}-${scan.repo.RepoName}-${scan.task.Tag}`;
  const sbom = params.Format === 'CYCLONEDX' || params.Format === 'SPDX';
  if (sbom && scan.result.Packages === undefined) throw new BusinessFailure('SBOM_NOT_AVAILABLE');
  switch (params.Format) {
    case 'CSV':
      return file(base, 'CSV', writeReport(report, 'csv'));
    case 'JSON':
      return file(base, 'JSON', writeReport(report, 'json', { listPackages: true }));
    case 'SARIF':
      return file(base, 'SARIF', writeReport(report, 'sarif'));
    case 'CYCLONEDX':
      return file(base, 'CYCLONEDX', writeReport(report, 'cyclonedx'));
    case 'SPDX':
      return file(base, 'SPDX', writeReport(report, 'spdx'));
    case 'HTML': {
      const lang = params.Lang ?? 'zh-CN';
      const w = exportWords(lang);
      const rows = scan.result.Vulnerabilities;
      const counts = SCAN_SEVERITIES.map((s) => [s, rows.filter((r) => r.Severity === s).length] as const);
      const packages = scan.result.Packages;
      return file(
        base,
        'HTML',
        renderHtmlReport({
          lang,
          title: `${w.scanTitle}: ${artifact}`,
          subtitle: [
            `${w.digest} ${digestOf(scan.task.Digest)}`,
            `${w.scanTask} ${scan.task.ScanTaskId}`,
            `${w.finished} ${shanghaiDateTime(scan.task.FinishTime ?? scan.task.StartTime)}`,
            scan.repo.Summary ? `${w.repoSummary}: ${scan.repo.Summary}` : '',
          ]
            .filter(Boolean)
            .join(' · '),
          summary: [
            [w.total, rows.length],
            ...counts.map(([s, n]): [string, number] => [severityLabel(s, lang), n]),
            [w.packages, packages ? packages.length : '—'],
          ],
          chart: {
            title: w.bySeverity,
            groups: counts.map(([s, n]) => ({
              label: severityLabel(s, lang),
              segments: [{ name: severityLabel(s, lang), value: n, color: SEVERITY_COLORS[s] }],
            })),
          },
          tables: [
            {
              title: w.vulnerabilities,
              headers: [w.cve, w.severity, w.pkg, w.version, w.fixed, w.cvss],
              rows: rows.map((r) => [
                r.CveName,
                severityLabel(r.Severity, lang),
                r.Feature,
                r.Version,
                r.VersionFixed,
                r.CvssScore ?? '',
              ]),
              empty: w.noVulnerabilities,
            },
            {
              title: w.packages,
              headers: [w.pkg, w.version, w.ecosystem],
              rows: (packages ?? []).map((p) => [p.Name, p.Version, p.Ecosystem]),
              empty: w.noPackages,
            },
          ],
          footer: `${w.footer} ${EXPORT_SCANNER.name} ${EXPORT_SCANNER.version}`,
        }),
      );
    }
  }
}

function reportCsv(report: SecurityReport): string {
  const lines: string[] = [];
  const section = (title: string, headers: string[], rows: (string | number)[][]) => {
    lines.push(csvLine([`# ${title}`]), csvLine(headers), ...rows.map(csvLine), '');
  };
  const { Raw, Effective } = report.Levels;
  section(
    'Summary',
    ['Instances', 'Days', 'ArtifactsTotal', 'ArtifactsScanned', 'Level', 'Raw', 'Effective'],
    (['Total', 'High', 'Medium', 'Low', 'Unknown'] as const).map((level) => [
      report.InstanceIds.join(' '),
      report.Days,
      report.ArtifactsTotal,
      report.ArtifactsScanned,
      level,
      Raw[level],
      Effective[level],
    ]),
  );
  section(
    'Trend',
    ['Date', 'High', 'Medium', 'Low', 'Unknown', 'Scans'],
    report.Trend.map((p) => [p.Date, p.High, p.Medium, p.Low, p.Unknown, p.Scans]),
  );
  section(
    'TopImages',
    ['InstanceId', 'Namespace', 'RepoName', 'Tag', 'High', 'Medium', 'Low', 'Unknown', 'Total'],
    report.TopImages.map((i) => [
      i.InstanceId,
      i.Namespace,
      i.RepoName,
      i.Tag,
      i.High,
      i.Medium,
      i.Low,
      i.Unknown,
      i.Total,
    ]),
  );
  section(
    'TopCves',
    ['CveId', 'Severity', 'Images', 'Packages'],
    report.TopCves.map((c) => [c.CveId, c.Severity, c.Images, c.Packages.join(' ')]),
  );
  section(
    'Ecosystems',
    ['Ecosystem', 'Count'],
    report.Ecosystems.map((e) => [e.Ecosystem, e.Count]),
  );
  section(
    'FixProgress',
    ['Date', 'Unfixed', 'Fixing', 'Fixed', 'Ignored'],
    report.FixProgress.map((p) => [p.Date, p.Unfixed, p.Fixing, p.Fixed, p.Ignored]),
  );
  section(
    'Compliance',
    ['CisItem', 'Title', 'Passed', 'Failed', 'PassRate'],
    report.Compliance.map((c) => [c.CisItem, c.Title['en-US'], c.Passed, c.Failed, c.PassRate]),
  );
  return lines.join('\n');
}

/** The security report as a printable HTML document. */
export function reportHtml(report: SecurityReport, lang: ExportLang): string {
  const w = exportWords(lang);
  const { Raw, Effective } = report.Levels;
  return renderHtmlReport({
    lang,
    title: w.reportTitle,
    subtitle: `${w.instances} ${report.InstanceIds.join(', ')} · ${w.days} ${report.Days} · ${w.generated} ${shanghaiDateTime(report.GeneratedTime)}`,
    summary: [
      [w.artifacts, report.ArtifactsTotal],
      [w.scanned, report.ArtifactsScanned],
      [w.total, Raw.Total],
      ...SCAN_SEVERITIES.map((s): [string, number] => [severityLabel(s, lang), Raw[s]]),
      [w.effective, Effective.Total],
    ],
    chart: {
      title: w.trend,
      groups: report.Trend.map((p) => ({
        label: p.Date.slice(5),
        segments: SCAN_SEVERITIES.map((s) => ({
          name: severityLabel(s, lang),
          value: p[s],
          color: SEVERITY_COLORS[s],
        })),
      })),
    },
    tables: [
      {
        title: w.topImages,
        headers: [w.image, ...SCAN_SEVERITIES.map((s) => severityLabel(s, lang)), w.total],
        rows: report.TopImages.map((i) => [
          `${i.Namespace}/${i.RepoName}:${i.Tag}`,
          i.High,
          i.Medium,
          i.Low,
          i.Unknown,
          i.Total,
        ]),
        empty: w.none,
      },
      {
        title: w.topCves,
        headers: [w.cve, w.severity, w.images, w.pkg],
        rows: report.TopCves.map((c) => [c.CveId, severityLabel(c.Severity, lang), c.Images, c.Packages.join(', ')]),
        empty: w.none,
      },
      {
        title: w.ecosystems,
        headers: [w.ecosystem, w.count],
        rows: report.Ecosystems.map((e) => [e.Ecosystem, e.Count]),
        empty: w.none,
      },
      {
        title: w.fixProgress,
        headers: [w.date, w.unfixed, w.fixing, w.fixedState, w.ignored],
        rows: report.FixProgress.map((p) => [p.Date, p.Unfixed, p.Fixing, p.Fixed, p.Ignored]),
        empty: w.none,
      },
      {
        title: w.compliance,
        headers: [w.cisItem, w.title, w.passed, w.failed, w.passRate],
        rows: report.Compliance.map((c) => [c.CisItem, c.Title[lang], c.Passed, c.Failed, `${c.PassRate}%`]),
        empty: w.none,
      },
    ],
    footer: w.footer,
  });
}

/** The security report in a format (CSV sections, JSON, HTML). */
export function securityReportFile(report: SecurityReport, format: 'CSV' | 'JSON' | 'HTML', lang: ExportLang): File {
  const base = `security-report-${report.InstanceIds.length === 1 ? report.InstanceIds[0] : 'region'}-${new Date(report.GeneratedTime).toISOString().slice(0, 10)}`;
  if (format === 'CSV') return file(base, 'CSV', reportCsv(report));
  if (format === 'JSON') return file(base, 'JSON', json(report));
  return file(base, 'HTML', reportHtml(report, lang));
}

/** `ExportSecurityReport`. */
export async function exportSecurityReport(
  ctx: ServiceContext,
  params: ActionParams<'ExportSecurityReport'>,
): Promise<Payload<'ExportSecurityReport'>> {
  return securityReportFile(await securityReport(ctx, params), params.Format, params.Lang ?? 'zh-CN');
}

export const MAX_EXPORT_ROWS = 10_000;

const SEARCH_HEADERS = [
  'CveId',
  'Severity',
  'Cvss',
  'Package',
  'Version',
  'FixedVersion',
  'Ecosystem',
  'Namespace',
  'RepoName',
  'Tag',
  'Digest',
  'ScanTaskId',
  'Excepted',
  'FixState',
] as const satisfies readonly (keyof SearchHit)[];

/** `ExportSearchResults`: every hit (up to {@link MAX_EXPORT_ROWS}), in the search's order. */
export async function exportSearchResults(
  ctx: ServiceContext,
  params: ActionParams<'ExportSearchResults'>,
): Promise<Payload<'ExportSearchResults'>> {
  const { Format, Lang: _lang, ...filters } = params;
  const all = await searchHits(ctx, filters);
  const hits = all.slice(0, MAX_EXPORT_ROWS);
  const base = `vulnerabilities-${params.InstanceId}`;
  if (Format === 'CSV') {
    const lines = [csvLine(SEARCH_HEADERS), ...hits.map((hit) => csvLine(SEARCH_HEADERS.map((key) => hit[key])))];
    return file(base, 'CSV', `${lines.join('\n')}\n`);
  }
  if (Format === 'JSON') return file(base, 'JSON', json({ TotalCount: all.length, Items: hits }));
  return file(base, 'SARIF', json(searchSarif(hits)));
}
