/**
 * Merges per-file analysis results across layers the way the container's final filesystem sees them
 * (Trivy's `applier.ApplyLayers`): a file rewritten by a later layer replaces the earlier result, a
 * whiteout (`.wh.<name>`) or an opaque directory (`.wh..wh..opq`) deletes results from lower layers,
 * and every package keeps the layer that first installed it (`lookupOriginLayerForPkg`), so a package
 * database rewritten by each `apk add` still credits each package to the step that added it.
 * ref. https://github.com/opencontainers/image-spec/blob/main/layer.md#whiteouts
 */
import type { AnalysisResult, PackageLicenses } from '../analyzer/analyzer';
import type { LayerRef } from '../types/image';
import type { Application, OsInfo, Package } from '../types/package';

interface Stored {
  analyzer: string;
  layer: LayerRef;
  result: AnalysisResult;
}

/** What survives in the final filesystem. */
export interface MergedResults {
  /** OS detections with the file they came from (input of `resolveOs`). */
  os: { path: string; os: OsInfo }[];
  osPackages: Package[];
  applications: Application[];
  /** Licences found outside package databases (dpkg copyright files), whose files survive. */
  packageLicenses: PackageLicenses[];
}

const packageKey = (p: Package): string =>
  `${p.ecosystem}\u0000${p.id ?? p.name}\u0000${p.version}\u0000${p.arch ?? ''}`;
const isUnder = (path: string, dir: string): boolean => dir === '' || path.startsWith(`${dir}/`);

/** Accumulates analysis results during one base-first walk of an image's layers. */
export class LayeredResults {
  /** Current results per image path (one per analyzer that accepted the file). */
  private readonly byPath = new Map<string, Stored[]>();
  /** Per `analyzer + path`: the layer where each package was first seen, while the file kept existing. */
  private readonly firstSeen = new Map<string, Map<string, LayerRef>>();

  /**
   * Records that `path` exists in `layer` (any entry type). Results from lower layers at that exact path
   * are dropped: the file was replaced, and only what the analyzers make of the new one counts.
   */
  touch(path: string, layer: LayerRef): void {
    const stored = this.byPath.get(path);
    if (!stored) return;
    const kept = stored.filter((s) => s.layer.index >= layer.index);
    if (kept.length === 0) this.byPath.delete(path);
    else this.byPath.set(path, kept);
  }

  /** Stores what `analyzer` found in `path` of `layer` (call after {@link touch} for that entry). */
  add(path: string, analyzer: string, layer: LayerRef, result: AnalysisResult): void {
    const history = this.firstSeen.get(`${analyzer}\u0000${path}`) ?? new Map<string, LayerRef>();
    this.firstSeen.set(`${analyzer}\u0000${path}`, history);
    const withOrigin = (pkgs: readonly Package[]) =>
      pkgs.map((p) => {
        const key = packageKey(p);
        const origin = history.get(key) ?? layer;
        history.set(key, origin);
        return { ...p, layer: origin };
      });
    const stored: Stored = {
      analyzer,
      layer,
      result: {
        ...(result.os ? { os: result.os } : {}),
        ...(result.osPackages ? { osPackages: withOrigin(result.osPackages) } : {}),
        ...(result.applications
          ? { applications: result.applications.map((a) => ({ ...a, packages: withOrigin(a.packages) })) }
          : {}),
        ...(result.packageLicenses ? { packageLicenses: result.packageLicenses } : {}),
      },
    };
    const list = (this.byPath.get(path) ?? []).filter((s) => s.analyzer !== analyzer);
    list.push(stored);
    this.byPath.set(path, list);
  }

  /** `.wh.<name>` in `layer`: `path` and everything below it disappear from lower layers. */
  whiteout(path: string, layer: LayerRef): void {
    this.removeLower((p) => p === path || isUnder(p, path), layer);
  }

  /** `.wh..wh..opq` in `layer`: the lower contents of directory `dir` are hidden. */
  opaque(dir: string, layer: LayerRef): void {
    this.removeLower((p) => isUnder(p, dir), layer);
  }

  private removeLower(matches: (path: string) => boolean, layer: LayerRef): void {
    for (const [path, stored] of this.byPath) {
      if (!matches(path)) continue;
      const kept = stored.filter((s) => s.layer.index >= layer.index);
      if (kept.length === 0) this.byPath.delete(path);
      else this.byPath.set(path, kept);
    }
    // A deleted file's history ends: a package re-created later was installed again, by that later layer.
    for (const key of this.firstSeen.keys()) {
      const path = key.slice(key.indexOf('\u0000') + 1);
      if (matches(path) && !this.byPath.has(path)) this.firstSeen.delete(key);
    }
  }

  /** The merged view, in path order (stable across runs). */
  merged(): MergedResults {
    const out: MergedResults = { os: [], osPackages: [], applications: [], packageLicenses: [] };
    for (const path of [...this.byPath.keys()].sort()) {
      for (const { result } of this.byPath.get(path) ?? []) {
        if (result.os) out.os.push({ path, os: result.os });
        if (result.osPackages) out.osPackages.push(...result.osPackages);
        if (result.applications) out.applications.push(...result.applications);
        if (result.packageLicenses) out.packageLicenses.push(...result.packageLicenses);
      }
    }
    return out;
  }
}
