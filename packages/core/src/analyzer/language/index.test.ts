import { describe, expect, it } from 'vitest';
import { ScanError } from '../../types/errors';
import { LOCK_FILE_ANALYZERS, languageAnalyzers } from './index';
import { analyzerInput } from './testing/parser-harness';

/** A deterministic pseudo-random byte source, so a failure can be reproduced. */
function bytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const PATHS = [
  'app/package-lock.json',
  'app/yarn.lock',
  'app/pnpm-lock.yaml',
  'app/node_modules/x/package.json',
  'usr/lib/python3/site-packages/x-1.0.dist-info/METADATA',
  'usr/lib/python3/site-packages/x-1.0.egg',
  'app/requirements.txt',
  'app/poetry.lock',
  'app/Pipfile.lock',
  'opt/app/app-1.0.jar',
  'usr/local/bin/app',
  'app/go.mod',
  'app/lib/x-1/META-INF/maven/g/x/pom.properties',
  'app/Cargo.lock',
  'app/composer.lock',
  'app/Gemfile.lock',
];

describe('languageAnalyzers', () => {
  it('has unique names, and every lock-file name is one of them', () => {
    const names = languageAnalyzers.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of LOCK_FILE_ANALYZERS) expect(names).toContain(name);
  });

  it('claims every path of the table with exactly one analyzer', () => {
    for (const path of PATHS) {
      const file = analyzerInput(path, bytes(1, 4096), path === 'usr/local/bin/app' ? 0o755 : 0o644).file;
      expect(languageAnalyzers.filter((a) => a.required(path, file)).map((a) => a.name)).toHaveLength(1);
    }
  });

  // Garbage in: a typed ScanError or an empty result, never any other exception.
  it.each(PATHS.flatMap((path) => [1, 2, 3].map((seed) => [path, seed] as const)))(
    'survives garbage at %s (seed %i)',
    async (path, seed) => {
      for (const content of [bytes(seed, 4096), new Uint8Array(0), new TextEncoder().encode('{"a":')]) {
        const input = analyzerInput(path, content, 0o755);
        // Every analyzer, not only the one that claims the path: analyze must be safe on any bytes.
        for (const analyzer of languageAnalyzers) {
          try {
            const result = await analyzer.analyze(input);
            expect(result === null || Array.isArray(result.applications)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ScanError);
          }
        }
      }
    },
  );
});
