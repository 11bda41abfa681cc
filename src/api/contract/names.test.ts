import { describe, expect, it } from 'vitest';
import { checkNamespaceName, checkRepoName, checkTagName } from './names';

describe('checkNamespaceName', () => {
  it.each([
    ['ab', null],
    ['prod', null],
    ['team-a.dev_1', null],
    ['a'.repeat(120), null],
    ['', 'required'],
    ['a', 'too-short'],
    ['a'.repeat(121), 'too-long'],
    ['Prod', 'bad-chars'],
    ['my ns', 'bad-chars'],
    ['命名空间', 'bad-chars'],
    ['a/b', 'bad-chars'],
    ['-prod', 'bad-edge'],
    ['prod.', 'bad-edge'],
    ['_x1', 'bad-edge'],
  ])('%j → %s', (name, expected) => {
    expect(checkNamespaceName(name)).toBe(expected);
  });
});

describe('checkRepoName', () => {
  it.each([
    ['nginx', null],
    ['web-api', null],
    ['web--api', null],
    ['a__b', null],
    ['team/web.api', null],
    ['a'.repeat(64), null],
    ['', 'required'],
    ['x', 'too-short'],
    ['a'.repeat(65), 'too-long'],
    ['Web', 'bad-chars'],
    ['web api', 'bad-chars'],
    ['/web', 'bad-edge'],
    ['web-', 'bad-edge'],
    ['a___b', 'bad-separator'],
    ['a._b', 'bad-separator'],
    ['a//b', 'bad-separator'],
  ])('%j → %s', (name, expected) => {
    expect(checkRepoName(name)).toBe(expected);
  });
});

describe('checkTagName', () => {
  it.each([
    ['latest', null],
    ['1.25-alpine', null],
    ['v1.0.0_rc1', null],
    ['A', null],
    ['', 'required'],
    ['a'.repeat(129), 'too-long'],
    ['v1:2', 'bad-chars'],
    ['.hidden', 'bad-edge'],
    ['-x', 'bad-edge'],
  ])('%j → %s', (name, expected) => {
    expect(checkTagName(name)).toBe(expected);
  });
});
