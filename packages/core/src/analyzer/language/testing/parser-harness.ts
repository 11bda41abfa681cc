/**
 * Test harness for the language analyzers (the analog of syft's `pkgtest`): builds an `AnalyzerInput`
 * for a path and content, and reduces packages to the fields the fixtures compare. Used by tests only;
 * it has no platform dependency so it compiles with the core.
 */
import type { LayerFile, LayerRef } from '../../../types/image';
import type { Application, Package } from '../../../types/package';
import type { AnalysisResult, Analyzer, AnalyzerInput } from '../../analyzer';

/** The layer every harness file claims to come from. */
export const TEST_LAYER: LayerRef = { index: 0, digest: 'sha256:test', diffId: 'sha256:test' };

/** A regular file at `path`; `mode` defaults to 0o644. */
export function layerFile(path: string, size = 0, mode = 0o644): LayerFile {
  return { path, type: 'file', size, mode, layer: TEST_LAYER };
}

/** An analyzer input for `path` holding `content` (a string is UTF-8 encoded). */
export function analyzerInput(path: string, content: Uint8Array | string, mode?: number): AnalyzerInput {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, file: layerFile(path, bytes.length, mode), content: bytes };
}

/** Runs `required` then `analyze`, as the image walker would; null when the analyzer declines the file. */
export async function runAnalyzer(
  analyzer: Analyzer,
  path: string,
  content: Uint8Array | string,
  mode?: number,
): Promise<AnalysisResult | null> {
  const input = analyzerInput(path, content, mode);
  if (!analyzer.required(path, input.file)) return null;
  return analyzer.analyze(input);
}

/** The comparable part of a package: name, version, licences and the dev flag when set. */
export interface PackageSummary {
  name: string;
  version: string;
  licenses?: string[];
  dev?: boolean;
}

/** Reduces packages to summaries (licences and dev only when present, as Trivy's fixtures omit zero values). */
export function summarize(packages: Package[]): PackageSummary[] {
  return packages.map((p) => {
    const s: PackageSummary = { name: p.name, version: p.version };
    if (p.licenses.length > 0) s.licenses = p.licenses;
    if (p.dev) s.dev = true;
    return s;
  });
}

/** All packages of all applications in a result. */
export function allPackages(result: AnalysisResult | null): Package[] {
  return (result?.applications ?? []).flatMap((a: Application) => a.packages);
}
