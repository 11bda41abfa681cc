/**
 * Composer constraints: `^1.2.3`, `~1.2`, `1.2.*`, hyphen ranges `1.0 - 2.0`, plain operators
 * (`>=`, `<`, `!=`/`<>`, `==`), AND by comma or space, OR by `||` (or the legacy single `|`).
 * Bounds end in `-dev` like Composer's own, so `^1.2` excludes `2.0.0-beta1` but accepts `1.2.0-RC1`.
 * ref. https://getcomposer.org/doc/articles/versions.md#writing-version-constraints and
 * composer/semver src/VersionParser.php (parseConstraint)
 */

import { normalizeComposerVersion } from './composer';
import { type Comparator, type Op, parseOrGroups, type Range, splitTerms } from './constraint';

const OPS = ['==', '!=', '<>', '<=', '>=', '<', '>', '=', '^', '~'];

/** Numeric release parts of a constraint version (`v1.2` → ['1', '2']), or undefined when not plain numbers. */
function numbers(v: string): string[] | undefined {
  const m = /^v?(\d+(?:\.\d+){0,3})(?:[.-]?(?:stable|beta|b|rc|alpha|a|patch|pl|p|dev)[.-]?\d*)*$/i.exec(v);
  return m?.[1]?.split('.');
}

const inc = (n: string): string => String(BigInt(n) + 1n);
const dev = (parts: string[]): string => {
  const p = [...parts];
  while (p.length < 4) p.push('0');
  return `${p.join('.')}-dev`;
};

function bounds(op: string, text: string): Comparator[] | undefined {
  if (text === '*' || /^[xX*]$/.test(text)) return [{ op: '>=', version: '0.0.0.0-dev' }];
  const wild = /^v?(\d+(?:\.\d+){0,2})\.[xX*]$/.exec(text);
  if (wild) {
    if (op !== '' && op !== '=' && op !== '==') return undefined;
    const parts = (wild[1] ?? '').split('.');
    const upper = [...parts.slice(0, -1), inc(parts[parts.length - 1] ?? '0')];
    return [
      { op: '>=', version: dev(parts) },
      { op: '<', version: dev(upper) },
    ];
  }
  const norm = normalizeComposerVersion(text);
  if (norm === undefined) return undefined;
  if (op === '^' || op === '~') {
    const n = numbers(text);
    if (!n) return undefined;
    let upper: string[];
    if (op === '^') {
      // The first non-zero number may not change (^0.3 → <0.4, ^0.0.3 → <0.0.4).
      const i = n.findIndex((x) => x !== '0' && /[1-9]/.test(x));
      const pos = i < 0 ? n.length - 1 : i;
      upper = [...n.slice(0, pos), inc(n[pos] ?? '0')];
    } else {
      // ~1.2 → <2.0, ~1.2.3 → <1.3: the next-to-last given number is bumped.
      const pos = n.length > 1 ? n.length - 2 : 0;
      upper = [...n.slice(0, pos), inc(n[pos] ?? '0')];
    }
    return [
      { op: '>=', version: /-/.test(norm) ? norm : `${norm}-dev` },
      { op: '<', version: dev(upper) },
    ];
  }
  const plain: Record<string, Op> = {
    '': '=',
    '=': '=',
    '==': '=',
    '!=': '!=',
    '<>': '!=',
    '<': '<',
    '<=': '<=',
    '>': '>',
    '>=': '>=',
  };
  const o = plain[op];
  return o ? [{ op: o, version: norm }] : undefined;
}

/** Parses a Composer constraint into plain comparators over Composer-normalised versions. */
export function parseComposerConstraint(constraint: string): Range | undefined {
  return parseOrGroups(constraint.replace(/(?<!\|)\|(?!\|)/g, '||'), (group) => {
    const h = /^(\S+)\s+-\s+(\S+)$/.exec(group);
    if (h) {
      const lo = normalizeComposerVersion(h[1] ?? '');
      const hiParts = numbers(h[2] ?? '');
      const hi = normalizeComposerVersion(h[2] ?? '');
      if (!lo || !hi || !hiParts) return undefined;
      // A partial upper bound covers its whole line: `1.0 - 2.1` means `< 2.2`.
      const upper: Comparator =
        hiParts.length < 3
          ? { op: '<', version: dev([...hiParts.slice(0, -1), inc(hiParts[hiParts.length - 1] ?? '0')]) }
          : { op: '<=', version: hi };
      // Like Composer, a lower bound without a stability admits that version's pre-releases.
      return [{ op: '>=', version: /-/.test(lo) ? lo : `${lo}-dev` }, upper];
    }
    const terms = splitTerms(group, OPS);
    if (!terms) return undefined;
    const out: Comparator[] = [];
    for (const t of terms) {
      const cs = bounds(t.op, t.version);
      if (!cs) return undefined;
      out.push(...cs);
    }
    return out;
  });
}
