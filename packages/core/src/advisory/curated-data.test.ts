/** The curated dataset (./data, maintained separately) must load through this loader and index fully. */
import { describe, expect, it } from 'vitest';
import { createAdvisoryIndex } from './advisory-index';
import { cvss3BaseScore } from './cvss3';
import { curatedAdvisories } from './data/index';
import { parseOsvDocument } from './osv-loader';

describe('curated dataset through the OSV loader', () => {
  it('every record validates', () => {
    for (const r of curatedAdvisories) expect(() => parseOsvDocument(JSON.stringify(r), `${r.id}.json`)).not.toThrow();
  });

  it('every ecosystem is one the index scans and ids are unique', () => {
    const index = createAdvisoryIndex(curatedAdvisories);
    expect(index.info.unsupportedEcosystems).toEqual({});
    expect(index.info.recordCount).toBe(curatedAdvisories.length);
  });

  it('every CVSS v3 vector scores', () => {
    const bad = curatedAdvisories.flatMap((r) =>
      (r.severity ?? []).filter((s) => cvss3BaseScore(s.score) === undefined).map((s) => `${r.id}: ${s.score}`),
    );
    expect(bad).toEqual([]);
  });
});
