/**
 * The scan orchestrator (Trivy's `pkg/scan` glue): open the image, walk its layers once feeding every
 * analyzer whose `required()` accepts a file, merge the per-layer results (whiteouts, origin layers),
 * resolve the OS, build the inventory, match it against the advisory index and assemble the report.
 * Inventory and detection stay apart: analyzers never see advisories and detectors never read files.
 */
import type { AdvisoryIndex } from '../advisory/advisory-index';
import type { OsvRecord } from '../advisory/osv-types';
import type { Analyzer, PackageLicenses } from '../analyzer/analyzer';
import { LOCK_FILE_ANALYZERS } from '../analyzer/language';
import { osEol, resolveOs } from '../analyzer/os';
import { withOsPurls } from '../analyzer/pkg/purl';
import { detectVulnerabilities } from '../detector/detect';
import { type OpenImageOptions, openImage } from '../image/read/open-image';
import type { ImageSource } from '../image/read/sources';
import { walkImage } from '../image/read/walk-image';
import type { Inspector } from '../inspect/inspector';
import { InspectionRun } from '../inspect/run-inspectors';
import type { ScanReport } from '../report/scan-report';
import { ScanError } from '../types/errors';
import { TRIVY_SEVERITIES, type TrivySeverity } from '../types/finding';
import type { LayerRef } from '../types/image';
import type { Inventory, Package } from '../types/package';
import { compareVersions, isValidVersion } from '../version';
import { buildAdvisoryIndex } from './advisories';
import { defaultAnalyzers } from './default-analyzers';
import { LayeredResults } from './layered-results';

/** A step of a scan, reported through {@link ScanImageOptions.onProgress}. */
export type ScanProgress =
  | { phase: 'opening' }
  /** Layer `index` (0-based) of `count` is being streamed. */
  | { phase: 'layer'; index: number; count: number; layer: LayerRef }
  | { phase: 'analyzing' }
  | { phase: 'matching'; packages: number }
  | { phase: 'done'; vulnerabilities: number };

/** Identifies the scanner in reports. */
export const SCANNER = { name: 'acr-scan', version: '0.1.0' } as const;

/** Options of {@link scanImage}. */
export interface ScanImageOptions
  extends Pick<OpenImageOptions, 'platform' | 'tag' | 'limits' | 'decompress' | 'createHash' | 'crypto'> {
  /** Name shown in reports (file path or reference); defaults to the first repo tag, else `image`. */
  artifactName?: string;
  /** Analyzers to run; defaults to every OS, OS-package and language analyzer. */
  analyzers?: readonly Analyzer[];
  /**
   * Also read lock files (package-lock.json, yarn.lock, go.mod, … — the analyzers named in
   * `LOCK_FILE_ANALYZERS`). Default false: like Trivy's image scan, only installed packages count (node_modules,
   * site-packages, jars, Go binaries), since a lock file left in an image need not match what was installed.
   * Applies to `analyzers` too.
   */
  lockFiles?: boolean;
  /** A prebuilt index (reuse across scans); when set, `builtinAdvisories`/`extraAdvisories` are ignored. */
  advisoryIndex?: AdvisoryIndex;
  /** Use the curated dataset shipped with the core (default true). */
  builtinAdvisories?: boolean;
  /** More OSV records (already loaded, e.g. from files the user chose). */
  extraAdvisories?: readonly OsvRecord[];
  /** Keep only findings of these severities (default: all). */
  severities?: readonly TrivySeverity[];
  /** Report development-only dependencies too. */
  includeDev?: boolean;
  /** Verify layer digests and diffIds while streaming (default true). */
  verify?: boolean;
  onProgress?: (progress: ScanProgress) => void;
  /** Clock for EOL decisions and the report time (tests pin it). */
  now?: () => Date;
  /**
   * Content inspectors (baseline, secrets, malware) to run in the same walk; their findings go to
   * `report.inspection`, which is present only when this option is given.
   */
  inspectors?: readonly Inspector[];
}

/**
 * Adds the licences found apart from the package database (dpkg copyright files, only those still in the
 * final filesystem) to the packages of that name, after any the database itself named (Trivy's applier does
 * the same by `PkgName`).
 */
function withPackageLicenses(packages: Package[], found: readonly PackageLicenses[]): Package[] {
  if (found.length === 0) return packages;
  const byName = new Map<string, string[]>();
  for (const entry of found) {
    const key = `${entry.ecosystem}\u0000${entry.name}`;
    byName.set(key, [...new Set([...(byName.get(key) ?? []), ...entry.licenses])]);
  }
  return packages.map((p) => {
    const extra = byName.get(`${p.ecosystem}\u0000${p.name}`);
    return extra ? { ...p, licenses: [...new Set([...p.licenses, ...extra])] } : p;
  });
}

/**
 * Scans one container image.
 *
 * @throws ScanError from reading the image (`INVALID_IMAGE`, `MISSING_BLOB`, `DIGEST_MISMATCH`,
 * `PLATFORM_NOT_FOUND`, `LIMIT_EXCEEDED`, `UNSUPPORTED_COMPRESSION`, `UNSAFE_PATH`, `IO_ERROR`) or from
 * the advisory data. Files an analyzer cannot parse do not fail the scan: they are listed in `warnings`.
 */
export async function scanImage(source: ImageSource, options: ScanImageOptions = {}): Promise<ScanReport> {
  const progress = options.onProgress ?? (() => {});
  const now = options.now ?? (() => new Date());
  progress({ phase: 'opening' });
  const image = await openImage(source, {
    platform: options.platform,
    tag: options.tag,
    limits: options.limits,
    decompress: options.decompress,
    createHash: options.createHash,
    crypto: options.crypto,
  });

  const lockFileAnalyzers = new Set(options.lockFiles ? [] : LOCK_FILE_ANALYZERS);
  const analyzers = (options.analyzers ?? defaultAnalyzers()).filter((a) => !lockFileAnalyzers.has(a.name));
  const results = new LayeredResults();
  const warnings: string[] = [];
  const { maxFileBytes } = image.readOptions.limits;
  const count = image.layers.length;
  const inspection = options.inspectors ? new InspectionRun(options.inspectors, warnings) : undefined;
  await walkImage(
    image,
    {
      layerStart: (layer) => progress({ phase: 'layer', index: layer.index, count, layer }),
      whiteout: (event) => {
        if (event.kind === 'whiteout') {
          results.whiteout(event.path, event.layer);
          inspection?.whiteout(event.path, event.layer);
        } else {
          results.opaque(event.path, event.layer);
          inspection?.opaque(event.path, event.layer);
        }
      },
      entry: async ({ file, read }) => {
        results.touch(file.path, file.layer);
        // Inspectors are asked about every entry type (a world-writable directory is a finding).
        const selected = inspection?.entry(file);
        const wanted = file.type === 'file' ? analyzers.filter((a) => a.required(file.path, file)) : [];
        let content: Uint8Array | undefined;
        if (wanted.length > 0 || (selected?.content.length ?? 0) > 0) {
          // An oversized file (a huge binary) is skipped with a warning rather than failing the scan.
          if (file.size > maxFileBytes) {
            warnings.push(`${file.path}: skipped, ${file.size} bytes is over the ${maxFileBytes}-byte file limit`);
          } else {
            content = await read(); // read once, shared by analyzers and inspectors
          }
        }
        if (selected) await inspection?.inspect(file, selected, content);
        if (!content) return;
        for (const analyzer of wanted) {
          try {
            const result = await analyzer.analyze({ path: file.path, file, content });
            if (result) results.add(file.path, analyzer.name, file.layer, result);
          } catch (error) {
            // One unreadable manifest (a broken package.json deep in node_modules) must not sink the
            // scan; like Trivy, skip the file and say so. Anything but a ScanError is a bug: rethrow.
            if (!(error instanceof ScanError)) throw error;
            warnings.push(`${analyzer.name}: ${file.path}: ${error.message}`);
          }
        }
      },
    },
    { verify: options.verify },
  );

  progress({ phase: 'analyzing' });
  const merged = results.merged();
  merged.osPackages = withPackageLicenses(merged.osPackages, merged.packageLicenses);
  const resolved = resolveOs(merged.os, { osPackages: merged.osPackages });
  const os = resolved && osEol(resolved, now());
  const inventory: Inventory = {
    ...(os ? { os } : {}),
    osPackages: os ? withOsPurls(merged.osPackages, os) : merged.osPackages,
    applications: merged.applications,
  };

  const index =
    options.advisoryIndex ??
    buildAdvisoryIndex({ builtin: options.builtinAdvisories ?? true, extra: options.extraAdvisories ?? [] });
  const packageCount = inventory.osPackages.length + inventory.applications.reduce((n, a) => n + a.packages.length, 0);
  progress({ phase: 'matching', packages: packageCount });
  const found = detectVulnerabilities(inventory, index, {
    versions: { compare: compareVersions, isValid: isValidVersion },
    includeDev: options.includeDev,
  });
  const severities = new Set(options.severities ?? TRIVY_SEVERITIES);
  const vulnerabilities = found.filter((v) => severities.has(v.severity));

  const inspected = inspection?.finish({
    config: image.config,
    ...(os ? { os } : {}),
    osPackages: inventory.osPackages,
    layers: image.layers,
  });

  const layers = image.layerBlobs.map((b) => ({ ...b.ref, size: b.size }));
  const report: ScanReport = {
    artifactName: options.artifactName ?? image.repoTags[0] ?? 'image',
    artifactType: 'container_image',
    imageId: image.configDigest,
    ...(image.manifestDigest ? { digest: image.manifestDigest } : {}),
    repoTags: image.repoTags,
    repoDigests: [],
    platform: image.platform,
    size: layers.reduce((n, l) => n + l.size, 0),
    imageConfig: image.config,
    ...(os ? { os } : {}),
    layers,
    inventory,
    vulnerabilities,
    ...(inspected ? { inspection: inspected } : {}),
    warnings,
    metadata: {
      scanner: { ...SCANNER },
      dbVersion: index.info.version,
      scannedAt: now().toISOString(),
      ...(severities.size < TRIVY_SEVERITIES.length
        ? { severities: TRIVY_SEVERITIES.filter((s) => severities.has(s)) }
        : {}),
    },
  };
  progress({ phase: 'done', vulnerabilities: vulnerabilities.length });
  return report;
}
