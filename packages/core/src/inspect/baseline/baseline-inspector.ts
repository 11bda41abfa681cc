/** The baseline inspector: runs the data-driven checks of {@link BASELINE_CHECKS} during and after the walk. */
import type { BaselineFinding, FindingLocation, Inspector } from '../inspector';
import { BASELINE_CHECKS } from './registry';
import type { BaselineCheck, BaselineHit } from './types';

function toFinding(check: BaselineCheck, hit: BaselineHit): BaselineFinding {
  const location: FindingLocation = { ...hit.location };
  return {
    kind: 'baseline',
    ruleId: check.ruleId,
    level: check.level,
    ...(check.cis ? { cis: check.cis } : {}),
    title: check.title,
    category: check.category,
    description: check.description,
    remediation: check.remediation,
    location,
    ...(hit.evidence !== undefined ? { evidence: hit.evidence } : {}),
  };
}

/**
 * The baseline (configuration hygiene) inspector. Per-file checks see files as the walk meets them (the scan
 * drops findings at files a later layer replaced or deleted); image checks run on the facts after the walk.
 *
 * @param checks the checks to run (default: all of {@link BASELINE_CHECKS}).
 */
export function baselineInspector(checks: readonly BaselineCheck[] = BASELINE_CHECKS): Inspector {
  const fileChecks = checks.filter((c) => c.file);
  const imageChecks = checks.filter((c) => c.image);
  return {
    name: 'baseline',
    wants(path, file) {
      let wanted: 'meta' | false = false;
      for (const check of fileChecks) {
        const w = check.file?.wants(path, file);
        if (w === 'content') return 'content';
        if (w === 'meta') wanted = 'meta';
      }
      return wanted;
    },
    inspect(input) {
      const findings: BaselineFinding[] = [];
      for (const check of fileChecks) {
        const w = check.file?.wants(input.path, input.file);
        // A file over the size limit arrives without content: its content checks are skipped.
        if (!w || (w === 'content' && !input.content)) continue;
        for (const hit of check.file?.detect(input) ?? []) findings.push(toFinding(check, hit));
      }
      return findings;
    },
    finish(facts) {
      return imageChecks.flatMap((check) => (check.image?.(facts) ?? []).map((hit) => toFinding(check, hit)));
    },
  };
}
