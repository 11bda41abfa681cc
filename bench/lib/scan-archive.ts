/**
 * One full scan of an archive, as `acr-scan image` does it: the Node file source, node:crypto
 * SHA-256 injected, every default analyzer and the built-in advisories.
 */
import { baselineInspector, malwareInspector, scanImage, secretsInspector } from '@acr-console/core';
// The `.js` suffix: tsx would otherwise read `.node` as a native addon (as src/cli/run.ts does).
import { nodeSha256, openImageSource } from '../../packages/core/src/image/read/node-sources.node.js';

/** What one scan found. */
export interface ScanSummary {
  osFamily: string;
  osPackages: number;
  applications: number;
  appPackages: number;
  findings: number;
  warnings: number;
  layers: number;
  /** Cloud engine only: baseline, secret and malware findings. */
  inspected?: number;
}

/**
 * Scans the archive at `path` and summarises the report. `cloud` adds the cloud-security engine's content
 * inspectors (baseline, secrets, malware) to the same pass.
 */
export async function scanArchive(path: string, options: { cloud?: boolean } = {}): Promise<ScanSummary> {
  const report = await scanImage(await openImageSource(path), {
    artifactName: path,
    createHash: nodeSha256,
    ...(options.cloud ? { inspectors: [baselineInspector(), secretsInspector(), malwareInspector()] } : {}),
  });
  const { inventory } = report;
  return {
    osFamily: inventory.os ? `${inventory.os.family} ${inventory.os.name}` : 'none',
    osPackages: inventory.osPackages.length,
    applications: inventory.applications.length,
    appPackages: inventory.applications.reduce((n, a) => n + a.packages.length, 0),
    findings: report.vulnerabilities.length,
    warnings: report.warnings?.length ?? 0,
    layers: report.layers.length,
    ...(report.inspection
      ? {
          inspected:
            report.inspection.baseline.length + report.inspection.secrets.length + report.inspection.malware.length,
        }
      : {}),
  };
}
