const encoder = new TextEncoder();

/**
 * Serialises a JSON value with object keys sorted and no whitespace, so equal values always give
 * equal bytes (and therefore equal digests) whatever order their keys were built in. Properties
 * whose value is `undefined` are dropped, as `JSON.stringify` does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** {@link canonicalJson} encoded as UTF-8. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return encoder.encode(canonicalJson(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // No prototype, so a `__proto__` key (JSON.parse makes it an own key) is kept as a key, not swallowed.
  const out: Record<string, unknown> = Object.create(null);
  // Code-unit order, like Go's encoding/json sorts map keys.
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = sortKeys(child);
  }
  return out;
}
