import { describe, expect, it } from 'vitest';
import { comparePep440, isValidPep440, normalizePep440, parsePep440 } from './pep440';

// From PEP 440's examples; python packaging 26.2 agrees (see testdata/pep440.tsv for generated pairs).
const ASCENDING = [
  '1.0.dev456',
  '1.0a1',
  '1.0a2.dev456',
  '1.0a12.dev456',
  '1.0a12',
  '1.0b1.dev456',
  '1.0b2',
  '1.0b2.post345.dev456',
  '1.0b2.post345',
  '1.0rc1.dev456',
  '1.0rc1',
  '1.0',
  '1.0+abc.5',
  '1.0+abc.7',
  '1.0+5',
  '1.0.post456.dev34',
  '1.0.post456',
  '1.0.15',
  '1.1.dev1',
  '1!0.1',
];

describe('comparePep440', () => {
  it('orders the PEP 440 example list', () => {
    expect([...ASCENDING].reverse().sort(comparePep440)).toEqual(ASCENDING);
  });
  it.each([
    ['1.0', '1.0.0', 0],
    ['1.0-alpha-1', '1.0a1', 0],
    ['1.0.0-1', '1.0.0.post1', 0],
    ['v1.0', '1.0', 0],
    ['1.0RC1', '1.0c1', 0],
    ['1.0.dev', '1.0.dev0', 0],
    ['0!1.0', '1.0', 0],
    ['bogus', '0', -1],
  ] as const)('%s ? %s = %i', (a, b, want) => {
    expect(comparePep440(a, b)).toBe(want);
  });
});

describe('parsePep440 / normalizePep440', () => {
  it.each([
    ['1.0.0-alpha-1', '1.0.0a1'],
    ['1.0-1', '1.0.post1'],
    ['1.0_rc_2', '1.0rc2'],
    ['1.0.preview1', '1.0rc1'],
    ['01.02.003', '1.2.3'],
    ['1.0+Ubuntu-1', '1.0+ubuntu.1'],
    ['2!1.0.r3.dev', '2!1.0.post3.dev0'],
  ])('%s normalises to %s', (raw, norm) => {
    const v = parsePep440(raw);
    expect(v && normalizePep440(v)).toBe(norm);
  });
  it.each([
    ['1.2.3', true],
    ['1.2.3a', true],
    ['1.2..4', false],
    ['1.0+', false],
    ['1.0-beta', true],
    ['latest', false],
  ])('%j valid = %s', (v, want) => expect(isValidPep440(v)).toBe(want));
});
