/**
 * Property tests for canonical JSON (issue 9, item 2). Image configs and manifests are hashed from these
 * bytes and cosign payloads are signed over them, so the printer must be a faithful, order-independent
 * encoding: parsing the output gives back the input value (every key, including awkward ones such as
 * `__proto__` that a label or annotation may carry), the output does not depend on the order keys were
 * inserted, and printing is idempotent (canonical(parse(canonical(v))) = canonical(v)). Seeds are fixed.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fuzzTimeout, runs } from '../testing/fuzz';
import { canonicalJson } from './canonical-json';

vi.setConfig({ testTimeout: fuzzTimeout() });

const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'a', 'B', 'é', ''),
);
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.boolean(),
      fc.constant(null),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
    ),
    fc.array(tie('json'), { maxLength: 4 }),
    // JSON.parse makes `__proto__` an own key; build objects the same way.
    fc
      .array(fc.tuple(key, tie('json')), { maxLength: 4 })
      .map((entries) =>
        JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`),
      ),
  ),
}));

/** Re-inserts every object's keys in reverse order (same value, different insertion order). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.keys(value).reverse();
  return JSON.parse(
    `{${entries.map((k) => `${JSON.stringify(k)}:${canonicalJson(reverseKeys((value as Record<string, unknown>)[k]))}`).join(',')}}`,
  );
}

/** Deep equality that treats an own `__proto__` key like any other key, and -0 like 0 (as JSON does). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return a === b || (a === 0 && b === 0);
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return (
    ka.length === kb.length &&
    ka.every((k, i) => k === kb[i] && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

describe('canonicalJson', () => {
  it('parses back to the same value, keeps every key, ignores insertion order and is idempotent', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        expect(jsonEqual(JSON.parse(text), value)).toBe(true);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { seed: 0xc0a, numRuns: runs(500) },
    );
  });
});
