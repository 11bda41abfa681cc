/**
 * Where the Trivy fixtures transcribed under /work/shared live, and the shape of their expected.json.
 * Tests skip (with a note) when the shared tree is absent.
 */

/** Root of the transcribed Trivy fixtures (`<root>/<name>/{expected.json,data/}`). */
export const TRIVY_FIXTURES = '/work/shared/testdata/trivy/fixtures';

/** A Trivy package as the fixtures write it (Go zero values omitted). */
export interface TrivyPackage {
  ID?: string;
  Name: string;
  Version?: string;
  Dev?: boolean;
  Licenses?: string[];
  FilePath?: string;
}

/** One case of an expected.json; the other fields depend on the Go test it was transcribed from. */
export interface TrivyCase {
  test: string;
  name?: string;
  want?: unknown;
  [field: string]: unknown;
}

/** The comparable summary of a Trivy package (same shape as the harness's `summarize`). */
export function trivySummary(p: TrivyPackage): { name: string; version: string; licenses?: string[]; dev?: boolean } {
  const s: { name: string; version: string; licenses?: string[]; dev?: boolean } = {
    name: p.Name,
    version: p.Version ?? '',
  };
  if (p.Licenses?.length) s.licenses = p.Licenses;
  if (p.Dev) s.dev = true;
  return s;
}

/** Sorts summaries by name then version so order differences do not matter. */
export function byNameVersion<T extends { name: string; version: string }>(items: T[]): T[] {
  return [...items].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0,
  );
}
