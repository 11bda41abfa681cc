/**
 * Writes hostile-corpus cases to disk as `<id>.tar`, for e2e specs (which drive the app through a browser and
 * import nothing of the repository) and for trying `acr-scan` by hand:
 *
 *   npx tsx --conditions=source packages/core/testdata/hostile/write-corpus.ts <out-dir> [id ...]
 *
 * Without ids every case is written. Prints a JSON array of `{ id, file, expect }`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOSTILE_CASES, hostileCase } from './build-corpus';

const [out, ...ids] = process.argv.slice(2);
if (!out) {
  console.error('usage: write-corpus <out-dir> [id ...]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const cases = ids.length > 0 ? ids.map(hostileCase) : HOSTILE_CASES;
const written = [];
for (const testCase of cases) {
  const file = join(out, `${testCase.id}.tar`);
  writeFileSync(file, await testCase.build());
  const expect = testCase.expect.outcome === 'reject' ? `reject ${testCase.expect.code}` : 'handled';
  written.push({ id: testCase.id, file, expect });
}
console.log(JSON.stringify(written));
