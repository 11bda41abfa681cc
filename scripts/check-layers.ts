/** Fails (exit 1) when any import crosses a layer boundary of DESIGN.md §2. Run by `npm run lint`. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { violation } from './layer-rules';

const ROOTS = ['src', 'mocks', 'packages/core/src', 'e2e'];
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'testdata') yield* sourceFiles(full);
    } else if (/\.(ts|tsx)$/.test(entry.name)) yield full;
  }
}

const problems: string[] = [];
let files = 0;
for (const root of ROOTS) {
  for (const file of sourceFiles(root)) {
    files++;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const problem = violation(file, m[1] ?? m[2] ?? '');
      if (problem) problems.push(problem);
    }
  }
}
if (problems.length > 0) {
  console.error(`Layer rules broken (${problems.length}):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`layers: ${files} files checked, no import crosses a layer boundary`);
