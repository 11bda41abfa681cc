/**
 * Property test for the `acr-scan` argument parser (issue 9, item 2): any argument vector — real flags in
 * any order, `--flag=value` and `--flag value`, repeated flags, `--`, stray dashes, unknown flags, junk
 * values — is either parsed into a command or refused with a UsageError (exit code 2 and one readable
 * sentence), never another exception. And a command built from valid pieces parses to what was asked for,
 * whatever the flag order. Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fuzzTimeout, runs } from '../testing/fuzz';
import { parseArgs, UsageError } from './args';

vi.setConfig({ testTimeout: fuzzTimeout() });

const flag = fc.constantFrom(
  '--format',
  '-f',
  '--output',
  '-o',
  '--advisories',
  '--no-builtin-advisories',
  '--severity',
  '-s',
  '--exit-code',
  '--platform',
  '--list-all-pkgs',
  '--include-lock-files',
  '--signatures',
  '--engine',
  '--help',
  '-h',
  '--',
  '-',
  '--bogus',
  '-x',
  '--format=',
  '--severity=HIGH,CRITICAL',
  '--exit-code=1',
  '--platform=linux/arm64',
);
const value = fc.oneof(
  fc.constantFrom(
    'json',
    'table',
    'sarif',
    'cyclonedx',
    'spdx-json',
    'csv',
    'HIGH',
    'LOW,MEDIUM',
    '0',
    '1',
    '-1',
    '256',
    'linux/amd64',
    'x',
    '',
    'cloud',
    'trivy',
  ),
  fc.string({ maxLength: 8 }),
);
const argv = fc.tuple(
  fc.constantFrom('image', 'db', 'info', 'help', '--version', 'version', '-v', 'bogus', '--x'),
  fc.array(fc.oneof(flag, value), { maxLength: 8 }),
);

describe('parseArgs', () => {
  it('parses any argument vector or refuses it with a UsageError', () => {
    fc.assert(
      fc.property(argv, ([first, rest]) => {
        try {
          const parsed = parseArgs(first === 'db' ? ['db', 'info', ...rest] : [first, ...rest]);
          expect(typeof parsed.command).toBe('string');
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          expect(error.message.length).toBeGreaterThan(0);
        }
      }),
      { seed: 0xa49, numRuns: runs(1000) },
    );
  });

  it('a valid image command parses to the same options in any flag order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('json', 'table', 'sarif'),
        fc.constantFrom('HIGH', 'LOW,CRITICAL'),
        fc.nat(3),
        fc.boolean(),
        (format, severity, exitCode, equals) => {
          const pairs: [string, string][] = [
            ['--format', format],
            ['--severity', severity],
            ['--exit-code', String(exitCode)],
          ];
          const flat = (ps: [string, string][]) => ps.flatMap(([k, v]) => (equals ? [`${k}=${v}`] : [k, v]));
          const a = parseArgs(['image', 'img.tar', ...flat(pairs)]);
          const b = parseArgs(['image', ...flat([...pairs].reverse()), 'img.tar']);
          expect(b).toEqual(a);
          expect(a).toMatchObject({ command: 'image', input: 'img.tar', format, exitCode });
        },
      ),
      { seed: 0xa4a, numRuns: runs(200) },
    );
  });
});
