import semver from 'semver';
import { describe, expect, it } from 'vitest';
import type { OsvAffected, OsvEvent } from './osv-types';
import { evaluateAffected, inRange, type VersionCompare } from './range-eval';

// A SemVer comparator from the `semver` dev dependency, throwing on invalid input like the real port.
const compare: VersionCompare = (a, b) => {
  if (!semver.valid(a) || !semver.valid(b)) throw new RangeError('invalid');
  return semver.compare(a, b);
};

function eco(...events: OsvEvent[]): OsvAffected {
  return { ranges: [{ type: 'ECOSYSTEM', events }] };
}

describe('inRange', () => {
  const cases: [string, OsvEvent[], string, boolean][] = [
    ['introduced 0, below fix', [{ introduced: '0' }, { fixed: '1.2.0' }], '1.1.9', true],
    ['introduced 0, at fix', [{ introduced: '0' }, { fixed: '1.2.0' }], '1.2.0', false],
    ['introduced 0, above fix', [{ introduced: '0' }, { fixed: '1.2.0' }], '2.0.0', false],
    ['below introduced', [{ introduced: '1.0.0' }, { fixed: '1.2.0' }], '0.9.0', false],
    ['at introduced', [{ introduced: '1.0.0' }, { fixed: '1.2.0' }], '1.0.0', true],
    ['no fix: open ended', [{ introduced: '1.0.0' }], '99.0.0', true],
    ['last_affected inclusive', [{ introduced: '0' }, { last_affected: '1.2.0' }], '1.2.0', true],
    ['above last_affected', [{ introduced: '0' }, { last_affected: '1.2.0' }], '1.2.1', false],
    [
      'two intervals, in the second',
      [{ introduced: '1.0.0' }, { fixed: '1.1.0' }, { introduced: '2.0.0' }, { fixed: '2.1.0' }],
      '2.0.5',
      true,
    ],
    [
      'two intervals, in the gap',
      [{ introduced: '1.0.0' }, { fixed: '1.1.0' }, { introduced: '2.0.0' }, { fixed: '2.1.0' }],
      '1.5.0',
      false,
    ],
    [
      'events out of order are sorted',
      [{ fixed: '2.1.0' }, { introduced: '2.0.0' }, { fixed: '1.1.0' }, { introduced: '1.0.0' }],
      '1.5.0',
      false,
    ],
    [
      'events out of order, affected',
      [{ fixed: '2.1.0' }, { introduced: '2.0.0' }, { fixed: '1.1.0' }, { introduced: '1.0.0' }],
      '1.0.1',
      true,
    ],
    ['introduced == fixed is empty', [{ introduced: '1.0.0' }, { fixed: '1.0.0' }], '1.0.0', false],
    [
      'fixed then introduced at one version re-opens',
      [{ introduced: '0' }, { fixed: '1.0.0' }, { introduced: '1.0.0' }, { fixed: '1.0.2' }],
      '1.0.0',
      true,
    ],
    ['limit caps an open range', [{ introduced: '1.0.0' }, { limit: '1.5.0' }], '1.6.0', false],
    ['below limit', [{ introduced: '1.0.0' }, { limit: '1.5.0' }], '1.4.0', true],
    ['limit * means no limit', [{ introduced: '1.0.0' }, { limit: '*' }], '9.0.0', true],
    ['prerelease below the fix', [{ introduced: '0' }, { fixed: '1.0.0' }], '1.0.0-rc.1', true],
  ];
  it.each(cases)('%s', (_name, events, version, want) => {
    expect(inRange({ type: 'ECOSYSTEM', events }, version, compare)).toBe(want);
  });

  it('never matches GIT ranges (commit hashes are not versions)', () => {
    expect(inRange({ type: 'GIT', repo: 'https://x', events: [{ introduced: '0' }] }, '1.0.0', compare)).toBe(false);
  });
});

describe('evaluateAffected', () => {
  it('reports the LOWEST fix above the installed version across ranges and entries', () => {
    const entries = [
      eco({ introduced: '0' }, { fixed: '1.2.5' }, { introduced: '1.3.0' }, { fixed: '1.3.2' }),
      eco({ introduced: '0' }, { fixed: '1.4.0' }),
    ];
    expect(evaluateAffected(entries, '1.2.3', compare)).toEqual({ affected: true, fixedVersion: '1.2.5' });
    expect(evaluateAffected(entries, '1.3.1', compare)).toEqual({ affected: true, fixedVersion: '1.3.2' });
    expect(evaluateAffected(entries, '1.3.5', compare)).toEqual({ affected: true, fixedVersion: '1.4.0' });
    expect(evaluateAffected(entries, '1.4.0', compare)).toEqual({ affected: false });
  });

  it('leaves fixedVersion out when no fix exists above the installed version', () => {
    const entries = [eco({ introduced: '0' }, { fixed: '1.0.0' }, { introduced: '2.0.0' })];
    expect(evaluateAffected(entries, '2.5.0', compare)).toEqual({ affected: true });
  });

  it('matches explicit versions lists', () => {
    const entries: OsvAffected[] = [{ versions: ['1.0.0', '1.0.1'] }];
    expect(evaluateAffected(entries, '1.0.1', compare).affected).toBe(true);
    expect(evaluateAffected(entries, '1.0.2', compare).affected).toBe(false);
  });

  it('skips versions the comparator cannot parse instead of guessing', () => {
    expect(evaluateAffected([eco({ introduced: '0' }, { fixed: 'not-a-version' })], '1.0.0', compare).affected).toBe(
      false,
    );
    expect(evaluateAffected([eco({ introduced: '0' }, { fixed: '2.0.0' })], 'garbage', compare).affected).toBe(false);
  });

  it('passes the range type to the comparator', () => {
    const seen: string[] = [];
    const spy: VersionCompare = (a, b, t) => {
      seen.push(t);
      return compare(a, b, t);
    };
    evaluateAffected(
      [{ ranges: [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '2.0.0' }] }] }],
      '1.5.0',
      spy,
    );
    expect(new Set(seen)).toEqual(new Set(['SEMVER']));
  });
});
