/** Shared helpers for the per-scheme comparators. */

/** A three-way comparison result, as every comparator in this folder returns. */
export type Ordering = -1 | 0 | 1;

/** Sign of a number as an {@link Ordering}. */
export function sign(n: number): Ordering {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Compares two strings of ASCII digits numerically without overflowing (arbitrarily long numbers occur in versions). */
export function compareDigits(a: string, b: string): Ordering {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain code-unit string order (what C `strcmp` does on ASCII), independent of locale. */
export function compareStrings(a: string, b: string): Ordering {
  return a < b ? -1 : a > b ? 1 : 0;
}
