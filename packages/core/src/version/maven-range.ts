/**
 * Maven version ranges: `[1.0,2.0)`, `(,1.0]`, `[1.5,)`, `[1.0]` (exact), several ranges separated by
 * commas meaning OR; plus the operator form (`>=1.0 <2.0`) and bare versions (meaning equality) that
 * advisory data uses. ref. https://maven.apache.org/enforcer/enforcer-rules/versionRanges.html and
 * https://maven.apache.org/pom.html#dependency-version-requirement-specification
 */
import { type Comparator, parsePlainRange, type Range } from './constraint';
import { isValidMavenVersion } from './maven';

const RANGE_RE = /([[(])\s*([^[\]()]*?)\s*([\])])/g;

function parseBrackets(text: string): Range | undefined {
  const out: Range = [];
  let rest = text;
  for (const m of text.matchAll(RANGE_RE)) {
    rest = rest.replace(m[0], '');
    const [, open, body = '', close] = m;
    const parts = body.split(',').map((p) => p.trim());
    if (parts.length === 1) {
      // `[1.0]` is an exact pin; `(1.0)` is meaningless.
      if (open !== '[' || close !== ']' || !isValidMavenVersion(parts[0] ?? '')) return undefined;
      out.push([{ op: '=', version: parts[0] ?? '' }]);
      continue;
    }
    if (parts.length !== 2) return undefined;
    const [lo = '', hi = ''] = parts;
    const set: Comparator[] = [];
    if (lo !== '') {
      if (!isValidMavenVersion(lo)) return undefined;
      set.push({ op: open === '[' ? '>=' : '>', version: lo });
    }
    if (hi !== '') {
      if (!isValidMavenVersion(hi)) return undefined;
      set.push({ op: close === ']' ? '<=' : '<', version: hi });
    }
    // `(,)` would be "anything": refuse it rather than guess.
    if (set.length === 0) return undefined;
    out.push(set);
  }
  if (out.length === 0 || rest.replace(/[\s,]/g, '') !== '') return undefined;
  return out;
}

/** Parses a Maven range or operator constraint; `||` alternatives may mix both forms. */
export function parseMavenRange(constraint: string): Range | undefined {
  const out: Range = [];
  for (const part of constraint.split('||')) {
    const r = /[[\]()]/.test(part) ? parseBrackets(part) : parsePlainRange(part, isValidMavenVersion);
    if (!r) return undefined;
    out.push(...r);
  }
  return out;
}
