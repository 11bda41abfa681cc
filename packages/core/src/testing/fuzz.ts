/**
 * Fuzzing helpers shared by the property tests (`*.property.test.ts`): byte-level mutations of a valid input
 * (flips, truncations, insertions of structural bytes, deletions, duplicated slices), so a parser is driven
 * past its first checks into the code that trusts lengths, offsets and nesting. Used by tests only.
 */
import fc from 'fast-check';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** One byte-level edit; positions wrap around the current length. */
export type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

/** A random edit, tilted towards flips and towards inserting bytes that matter to text formats. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.nat(255) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.oneof(
        fc.uint8Array({ minLength: 1, maxLength: 8 }),
        fc.constantFrom(...['\n', '\0', ':', '"', '{', '[', '\n\n', '\r\n', '\\', ' ', '-', '@', '=', '\xff'].map(enc)),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 16 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 64 }),
    }),
  },
);

/** Applies `mutations` in order to a copy of `seed`. */
export function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b: Uint8Array = seed.slice();
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    if (m.kind === 'flip') {
      if (b.length > 0) b[at % b.length] = m.value;
    } else if (m.kind === 'truncate') b = b.slice(0, at);
    else if (m.kind === 'insert') b = concat(b.slice(0, at), m.bytes, b.slice(at));
    else if (m.kind === 'delete') b = concat(b.slice(0, at), b.slice(at + m.length));
    else b = concat(b.slice(0, at + m.length), b.slice(at, at + m.length), b.slice(at + m.length));
  }
  return b;
}

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * Scales a property's run count by `FC_SCALE` (default 1), for a deeper local fuzzing session
 * (`FC_SCALE=50 npx vitest run …property.test.ts`); the suite itself always runs the fixed default.
 */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * fuzzScale()));
}

/** A test timeout (default vitest's 5 s) scaled like {@link runs}, for `vi.setConfig({ testTimeout })`. */
export function fuzzTimeout(ms = 5000): number {
  return Math.round(ms * Math.max(1, fuzzScale()));
}

function fuzzScale(): number {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const scale = Number(env?.FC_SCALE ?? 1);
  return Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** A structural edit of a JSON value: at the `at`-th node (depth-first, wrapping), replace or delete it. */
export interface JsonMutation {
  at: number;
  op: 'replace' | 'delete';
  value: unknown;
}

/** A random structural JSON edit, replacing with any JSON value (wrong types, empty containers, nulls). */
export const jsonMutationArb: fc.Arbitrary<JsonMutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace' as const, 'replace' as const, 'delete' as const),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(null, '', 0, -1, 1e308, [], {}, '../../etc/passwd', 'sha256:zz', [null], { '': null }),
  ),
});

/** Applies `mutations` to a deep copy of `value`; the root itself may be replaced. */
export function mutateJson(value: unknown, mutations: readonly JsonMutation[]): unknown {
  let root: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  for (const m of mutations) {
    const slots: { parent: unknown; key: string | number }[] = [];
    const visit = (node: unknown, parent: unknown, key: string | number): void => {
      slots.push({ parent, key });
      if (Array.isArray(node)) {
        node.forEach((child, i) => {
          visit(child, node, i);
        });
      } else if (node !== null && typeof node === 'object')
        for (const k of Object.keys(node)) visit((node as Record<string, unknown>)[k], node, k);
    };
    visit(root, undefined, '');
    const slot = slots[m.at % slots.length];
    // A fresh copy each time: constants are shared instances, and inserting one inside itself would loop.
    const value: unknown = JSON.parse(JSON.stringify(m.value) ?? 'null');
    if (!slot || slot.parent === undefined) {
      root = m.op === 'replace' ? value : null;
      continue;
    }
    const parent = slot.parent as Record<string | number, unknown>;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(slot.key as number, 1);
      else delete parent[slot.key];
    } else parent[slot.key] = value;
  }
  return root;
}
