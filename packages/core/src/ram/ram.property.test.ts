/**
 * Property tests for RAM policy parsing and wildcard matching (issue 9, item 2). A policy is text a user
 * typed into the console, so `parseRamPolicy`/`validateRamPolicy` must never throw on any string or JSON
 * value (they return `{ ok: false, problems }` instead), a valid document must survive print → parse
 * unchanged once normalised (single strings become lists, condition values become strings), and hostile
 * keys such as `__proto__` must not silently vanish from a condition (which would turn a condition into a
 * vacuous one). `wildcardMatch` must agree with the obvious specification (`*` any run, `?` one character)
 * on every pattern and value, including values that themselves contain `*` or `?`; we check it against a
 * small reference matcher and with the laws `'*'+s+'*'` matches `x+s+y` and a pattern without wildcards
 * matches exactly itself. Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fuzzTimeout, runs } from '../testing/fuzz';
import { evaluateRam } from './evaluate';
import { parseRamPolicy, validateRamPolicy } from './parse';
import { RAM_CONDITION_OPERATORS } from './types';
import { wildcardMatch } from './wildcard';

vi.setConfig({ testTimeout: fuzzTimeout() });

/** Reference matcher: dynamic programming over code units, obviously correct and fine for short inputs. */
function referenceMatch(pattern: string, value: string): boolean {
  const p = pattern; // code units, like wildcardMatch
  let row = new Array<boolean>(value.length + 1).fill(false);
  row[0] = true;
  for (let i = 0; i < p.length; i++) {
    const next = new Array<boolean>(value.length + 1).fill(false);
    if (p[i] === '*') {
      let any = false;
      for (let j = 0; j <= value.length; j++) {
        any ||= row[j] ?? false;
        next[j] = any;
      }
    } else {
      for (let j = 1; j <= value.length; j++)
        next[j] = (row[j - 1] ?? false) && (p[i] === '?' || p[i] === value[j - 1]);
    }
    row = next;
  }
  return row[value.length] ?? false;
}

const chars = (alphabet: string, maxLength = 8): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...alphabet.split('')), maxLength });
const text = fc.oneof(chars('ab*?', 8), chars('abAB:/-', 10), fc.string({ maxLength: 8 }));
const literal = chars('abAB:/-', 8);

describe('wildcardMatch', () => {
  it('agrees with a reference matcher on every pattern and value (values may contain * and ?)', () => {
    fc.assert(
      fc.property(text, text, (p, v) => {
        expect(wildcardMatch(p, v)).toBe(referenceMatch(p, v));
      }),
      { seed: 0x3a1, numRuns: runs(3000) },
    );
  });

  it("'*'+s+'*' matches x+s+y, and s+'*' matches s+y", () => {
    fc.assert(
      fc.property(text, text, text, (s, x, y) => {
        const sLiteral = s.replace(/[*?]/g, '');
        expect(wildcardMatch(`*${sLiteral}*`, x + sLiteral + y)).toBe(true);
        expect(wildcardMatch(`${sLiteral}*`, sLiteral + y)).toBe(true);
      }),
      { seed: 0x3a2, numRuns: runs(1000) },
    );
  });

  it('a pattern without wildcards matches itself and nothing else', () => {
    fc.assert(
      fc.property(literal, literal, (p, v) => {
        expect(wildcardMatch(p, p)).toBe(true);
        expect(wildcardMatch(p, v)).toBe(p === v);
        expect(wildcardMatch(p, v.toUpperCase(), true)).toBe(p.toLowerCase() === v.toLowerCase());
      }),
      { seed: 0x3a3, numRuns: runs(1000) },
    );
  });

  it('stays linear on a pathological pattern', () => {
    const started = performance.now();
    expect(wildcardMatch(`${'*a'.repeat(2000)}b`, 'a'.repeat(20000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Policy documents

const action = fc.oneof(
  fc.constant('*'),
  fc
    .tuple(fc.constantFrom('cr', 'ecs', 'ram-x'), fc.constantFrom('GetRepository', 'List*', 'Get?epo', '*', 'Pull'))
    .map(([p, a]) => `${p}:${a}`),
);
const resource = fc.oneof(
  fc.constant('*'),
  fc
    .tuple(
      fc.constantFrom('cr', 'c*'),
      fc.constantFrom('cn-hangzhou', '*', ''),
      fc.constantFrom('123', '*', ''),
      fc.constantFrom('repository/i/ns/app', '*', 'instance/*'),
    )
    .map(([s, r, a, id]) => `acs:${s}:${r}:${a}:${id}`),
);
const oneOrMany = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | T[]> =>
  fc.oneof(a, fc.array(a, { minLength: 1, maxLength: 3 }));
const conditionKey = fc.constantFrom(
  'acs:SourceIp',
  'acs:SecureTransport',
  'cr:Tag',
  '__proto__',
  'constructor',
  'toString',
);
const conditionValue = fc.oneof(fc.string({ maxLength: 6 }), fc.boolean(), fc.integer({ min: -5, max: 5 }));
const condition = fc.dictionary(
  fc.constantFrom(...RAM_CONDITION_OPERATORS),
  fc.dictionary(conditionKey, oneOrMany(conditionValue), { minKeys: 1, maxKeys: 3 }),
  { minKeys: 1, maxKeys: 2 },
);
const statement = fc.record(
  {
    Effect: fc.constantFrom('Allow', 'Deny'),
    Action: oneOrMany(action),
    Resource: oneOrMany(resource),
    Condition: condition,
  },
  { requiredKeys: ['Effect', 'Action', 'Resource'] },
);
const policy = fc.record({ Version: fc.constant('1'), Statement: fc.array(statement, { minLength: 1, maxLength: 3 }) });

const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);

describe('RAM policy documents', () => {
  it('a generated valid document parses to its normalised form, and parsing that again changes nothing', () => {
    fc.assert(
      fc.property(policy, (doc) => {
        const parsed = parseRamPolicy(JSON.stringify(doc));
        if (!parsed.ok) throw new Error(`rejected: ${JSON.stringify(parsed.problems)}`);
        const want = {
          Version: '1',
          Statement: doc.Statement.map((s) => ({
            Effect: s.Effect,
            Action: list(s.Action),
            Resource: list(s.Resource),
            ...(s.Condition
              ? {
                  Condition: Object.fromEntries(
                    Object.entries(s.Condition).map(([op, keys]) => [
                      op,
                      Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, list(v).map(String)])),
                    ]),
                  ),
                }
              : {}),
          })),
        };
        // Compare as JSON so an own `__proto__` key counts like any other key.
        expect(JSON.stringify(parsed.document)).toBe(JSON.stringify(want));
        const again = validateRamPolicy(JSON.parse(JSON.stringify(parsed.document)));
        expect(again.ok && JSON.stringify(again.document)).toBe(JSON.stringify(parsed.document));
      }),
      { seed: 0x3b1, numRuns: runs(500) },
    );
  });

  it('never throws on arbitrary text or JSON values, and explains every rejection', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
          policy.chain((doc) =>
            fc
              .jsonValue({ maxDepth: 2 })
              .map((junk) => JSON.stringify({ ...doc, Statement: [...doc.Statement, junk] })),
          ),
        ),
        (input) => {
          const r = parseRamPolicy(input);
          if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
        },
      ),
      { seed: 0x3b2, numRuns: runs(500) },
    );
  });

  it('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), (value) => {
        validateRamPolicy(value);
        validateRamPolicy({ Version: '1', Statement: [value] });
        validateRamPolicy({
          Version: '1',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: value }],
        });
      }),
      { seed: 0x3b3, numRuns: runs(500) },
    );
  });
});

// The minimal inputs fast-check shrank to when these properties first ran, kept as plain examples.
describe('regressions found by the properties', () => {
  it('a pattern `*` is never read as a literal `*` in the value', () => {
    expect(wildcardMatch('aaa*', 'aaa*a')).toBe(true);
    expect(wildcardMatch('*a*', '*ba')).toBe(true);
  });

  it('a condition keyed `__proto__` stays a condition (and so does not hold without that context key)', () => {
    const parsed = parseRamPolicy(
      '{"Version":"1","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"StringEquals":{"__proto__":"x"}}}]}',
    );
    if (!parsed.ok) throw new Error('rejected');
    expect(Object.keys(parsed.document.Statement[0]?.Condition?.StringEquals ?? {})).toEqual(['__proto__']);
    const decision = evaluateRam([{ PolicyName: 'p', PolicyType: 'Custom', Document: parsed.document }], {
      action: 'cr:GetRepository',
      resource: 'acs:cr:cn-hangzhou:123:repository/i/ns/app',
    });
    expect(decision.allowed).toBe(false);
  });
});
