/**
 * Runs content inspectors inside the scan's single walk over the layers (see `scanImage`'s `inspectors`
 * option): it tracks the final filesystem, hands each entry to the inspectors that want it, and after the
 * walk builds the {@link ImageFacts}, calls `finish` and sorts what was found.
 *
 * Which per-file findings survive (the rule of this module):
 * - Baseline findings describe the image as it runs. A baseline finding at a file counts only while that
 *   file is still in the final filesystem as the version it was found in: a later layer that replaces the
 *   file (a fixed `/etc/shadow`) or deletes it (a whiteout, an opaque directory) drops it.
 * - Secret and malware findings are kept even when a later layer replaced or deleted the file: the bytes
 *   still ship in the earlier layer, and anyone who pulls the image can extract them.
 * - Findings from `finish` are image-level and always kept.
 */
import type { ScanInspection } from '../report/scan-report';
import { ScanError } from '../types/errors';
import type { LayerFile, LayerRef } from '../types/image';
import type { ImageFacts, InspectionFinding, Inspector } from './inspector';

/** Findings of a scan's inspectors, as the report carries them (`ScanReport.inspection`). */
export type InspectionResult = ScanInspection;

/** The inspectors that accepted one entry. */
export interface InspectorSelection {
  /** Want the bytes (only honoured for regular files). */
  content: Inspector[];
  /** Want metadata only (and content inspectors of non-regular entries). */
  meta: Inspector[];
}

interface PerFile {
  finding: InspectionFinding;
  /** The entry the inspector was given (its layer decides whether a baseline finding survives). */
  path: string;
  layer: number;
}

const isUnder = (path: string, dir: string): boolean => dir === '' || path.startsWith(`${dir}/`);

const LEVEL_RANK: Record<string, number> = { high: 0, serious: 0, medium: 1, suspicious: 1, low: 2, remind: 2 };
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders findings deterministically: level (most severe first), then path (config findings, which have
 * none, first), line, rule id, and then config key, layer and evidence so that equal keys never depend on
 * the order inspectors ran in.
 */
export function compareFindings(a: InspectionFinding, b: InspectionFinding): number {
  return (
    (LEVEL_RANK[a.level] ?? 3) - (LEVEL_RANK[b.level] ?? 3) ||
    compareText(a.location.path ?? '', b.location.path ?? '') ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.location.configKey ?? '', b.location.configKey ?? '') ||
    (a.location.layer?.index ?? -1) - (b.location.layer?.index ?? -1) ||
    compareText(a.evidence ?? '', b.evidence ?? '')
  );
}

/** Splits findings by kind and sorts each list with {@link compareFindings}. */
export function groupFindings(findings: readonly InspectionFinding[]): InspectionResult {
  const out: InspectionResult = { baseline: [], secrets: [], malware: [] };
  for (const f of findings) {
    if (f.kind === 'baseline') out.baseline.push(f);
    else if (f.kind === 'secret') out.secrets.push(f);
    else if (f.kind === 'malware') out.malware.push(f);
  }
  out.baseline.sort(compareFindings);
  out.secrets.sort(compareFindings);
  out.malware.sort(compareFindings);
  return out;
}

/** An inspector that throws a ScanError loses that file (a warning); anything else is a bug: rethrow. */
function recoverable(error: unknown, inspector: Inspector, where: string, warnings: string[]): void {
  if (!(error instanceof ScanError)) throw error;
  warnings.push(`${inspector.name}: ${where}: ${error.message}`);
}

/**
 * One scan's inspection: feed it every walk event in order ({@link entry} for each tar entry,
 * {@link whiteout}/{@link opaque} for deletions), then call {@link finish}.
 */
export class InspectionRun {
  private readonly finalFiles = new Map<string, LayerFile>();
  private readonly perFile: PerFile[] = [];

  constructor(
    private readonly inspectors: readonly Inspector[],
    /** Where recoverable problems go (the report's `warnings`). */
    private readonly warnings: string[],
  ) {}

  /** Records an entry in the final filesystem and returns the inspectors that want it. */
  entry(file: LayerFile): InspectorSelection {
    this.track(file);
    const selection: InspectorSelection = { content: [], meta: [] };
    for (const inspector of this.inspectors) {
      const wanted = inspector.wants(file.path, file);
      if (wanted === 'content' && file.type === 'file') selection.content.push(inspector);
      else if (wanted) selection.meta.push(inspector);
    }
    return selection;
  }

  /**
   * Runs the selected inspectors on one entry. `content` is the file's bytes, or undefined when it was not
   * read (then content inspectors are skipped: the caller has already warned why).
   */
  async inspect(file: LayerFile, selection: InspectorSelection, content: Uint8Array | undefined): Promise<void> {
    const run = async (inspector: Inspector, bytes: Uint8Array | undefined) => {
      try {
        const found = await inspector.inspect({ path: file.path, file, ...(bytes ? { content: bytes } : {}) });
        for (const finding of found) this.perFile.push({ finding, path: file.path, layer: file.layer.index });
      } catch (error) {
        recoverable(error, inspector, file.path, this.warnings);
      }
    };
    for (const inspector of selection.meta) await run(inspector, undefined);
    if (content) for (const inspector of selection.content) await run(inspector, content);
  }

  /** `.wh.<name>` in `layer`: `path` and everything below it disappear from lower layers. */
  whiteout(path: string, layer: LayerRef): void {
    this.removeLower((p) => p === path || isUnder(p, path), layer);
  }

  /** `.wh..wh..opq` in `layer`: the lower contents of directory `dir` are hidden. */
  opaque(dir: string, layer: LayerRef): void {
    this.removeLower((p) => isUnder(p, dir), layer);
  }

  /** Calls every inspector's `finish` and returns all findings, filtered by the survival rule and sorted. */
  finish(facts: Omit<ImageFacts, 'finalFiles'>): InspectionResult {
    const all: InspectionFinding[] = [];
    for (const { finding, path, layer } of this.perFile) {
      if (finding.kind === 'baseline' && this.finalFiles.get(path)?.layer.index !== layer) continue;
      all.push(finding);
    }
    const full: ImageFacts = { ...facts, finalFiles: this.finalFiles };
    for (const inspector of this.inspectors) {
      if (!inspector.finish) continue;
      try {
        all.push(...inspector.finish(full));
      } catch (error) {
        recoverable(error, inspector, 'finish', this.warnings);
      }
    }
    return groupFindings(all);
  }

  private track(file: LayerFile): void {
    if (file.path === '') return;
    const previous = this.finalFiles.get(file.path);
    // A non-directory replacing a directory takes everything below it away (as an overlay does).
    if (previous?.type === 'dir' && file.type !== 'dir') {
      for (const p of this.finalFiles.keys()) if (isUnder(p, file.path)) this.finalFiles.delete(p);
    }
    this.finalFiles.set(file.path, file);
  }

  private removeLower(matches: (path: string) => boolean, layer: LayerRef): void {
    for (const [path, file] of this.finalFiles) {
      if (file.layer.index < layer.index && matches(path)) this.finalFiles.delete(path);
    }
  }
}
