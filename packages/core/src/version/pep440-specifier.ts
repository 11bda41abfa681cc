/**
 * PEP 440 version specifiers: `~=`, `==` (with `.*` prefix matching), `!=`, `<`, `<=`, `>`, `>=`, `===`,
 * comma-separated, plus the `||` alternatives and bare versions (meaning `==`) that advisory data uses.
 * ref. https://packaging.python.org/en/latest/specifications/version-specifiers/#version-specifiers
 *
 * Deliberate simplification for advisory matching: pre-releases are matched by plain ordering
 * (as OSV and Trivy do), not excluded by default the way pip's resolver does.
 */
import { type Comparator, parseOrGroups, type Range, splitTerms } from './constraint';
import { comparePep440Parsed, type Pep440Version, parsePep440 } from './pep440';

const OPS = ['===', '~=', '==', '!=', '<=', '>=', '<', '>', '='];

// `==1.2.*`: epoch and the leading release numbers must match; the rest of the candidate is ignored.
function prefixTest(spec: Pep440Version): (v: string) => boolean {
  return (v) => {
    const c = parsePep440(v);
    if (!c || c.epoch !== spec.epoch) return false;
    return spec.release.every((n, i) => (c.release[i] ?? '0') === n);
  };
}

function cmpTest(spec: Pep440Version, accept: (r: number) => boolean): (v: string) => boolean {
  return (v) => {
    const c = parsePep440(v);
    // Without a local label in the specifier, the candidate's local label is ignored (PEP 440).
    return c !== undefined && accept(comparePep440Parsed(c, spec, spec.local === undefined));
  };
}

const isPreV = (v: Pep440Version): boolean => v.pre !== undefined || v.dev !== undefined;

// packaging's _compare_less_than: full ordering, then the pre-release exclusion.
function lessThan(v: string, spec: Pep440Version): boolean {
  const c = parsePep440(v);
  if (!c || comparePep440Parsed(c, spec) >= 0) return false;
  const earliestPre: Pep440Version = { ...spec, dev: '0', local: undefined };
  return !(!isPreV(spec) && isPreV(c) && comparePep440Parsed(c, earliestPre) >= 0);
}

// packaging's _compare_greater_than: full ordering, then the post-release and local exclusions.
function greaterThan(v: string, spec: Pep440Version): boolean {
  const c = parsePep440(v);
  if (!c || comparePep440Parsed(c, spec) <= 0) return false;
  const postBase: Pep440Version = { ...c, post: undefined, dev: undefined, local: undefined };
  if (spec.post === undefined && c.post !== undefined && comparePep440Parsed(postBase, spec) === 0) return false;
  return !(c.local !== undefined && comparePep440Parsed({ ...c, local: undefined }, spec) === 0);
}

function term(op: string, text: string): Comparator[] | undefined {
  if (op === '===') return [{ op: '=', version: text, test: (v) => v.trim().toLowerCase() === text.toLowerCase() }];
  const wildcard = text.endsWith('.*');
  const spec = parsePep440(wildcard ? text.slice(0, -2) : text);
  if (!spec) return undefined;
  if (wildcard) {
    if (op !== '==' && op !== '!=' && op !== '=') return undefined;
    if (spec.pre || spec.post !== undefined || spec.dev !== undefined || spec.local) return undefined;
    const t = prefixTest(spec);
    return op === '!=' ? [{ op: '!=', version: text, test: (v) => !t(v) }] : [{ op: '=', version: text, test: t }];
  }
  switch (op) {
    case '~=': {
      // ~=2.2.post3 means >=2.2.post3, ==2.*: drop the last release number and match the prefix.
      if (spec.release.length < 2 || spec.local) return undefined;
      const prefix = { epoch: spec.epoch, release: spec.release.slice(0, -1) };
      return [
        { op: '>=', version: text, test: cmpTest(spec, (r) => r >= 0) },
        { op: '=', version: `${prefix.release.join('.')}.*`, test: prefixTest(prefix) },
      ];
    }
    case '':
    case '=':
    case '==':
      return [{ op: '=', version: text, test: cmpTest(spec, (r) => r === 0) }];
    case '!=':
      return [{ op: '!=', version: text, test: cmpTest(spec, (r) => r !== 0) }];
    case '<':
      // `<1.0` admits no pre-release of 1.0 (from 1.0.dev0 up) unless it names a pre-release itself.
      return [{ op: '<', version: text, test: (v) => lessThan(v, spec) }];
    case '<=':
      return [{ op: '<=', version: text, test: cmpTest(spec, (r) => r <= 0) }];
    case '>':
      // `>1.0` admits neither post-releases of 1.0 (unless it names one) nor 1.0 with a local label.
      return [{ op: '>', version: text, test: (v) => greaterThan(v, spec) }];
    case '>=':
      return [{ op: '>=', version: text, test: cmpTest(spec, (r) => r >= 0) }];
    default:
      return undefined;
  }
}

/** Parses a PEP 440 specifier set (with `||` alternatives); `*` alone matches every version. */
export function parsePep440Specifier(constraint: string): Range | undefined {
  return parseOrGroups(constraint, (group) => {
    if (group === '*') return [{ op: '>=', version: '0', test: (v) => parsePep440(v) !== undefined }];
    const terms = splitTerms(group, OPS);
    if (!terms) return undefined;
    const out: Comparator[] = [];
    for (const t of terms) {
      const cs = term(t.op, t.version);
      if (!cs) return undefined;
      out.push(...cs);
    }
    return out;
  });
}
