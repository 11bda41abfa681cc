import { describe, expect, it } from 'vitest';
import { ScanError } from '../../types/errors';
import { detectCompression } from './decompress';
import { normalizeEntryPath, resolveInRoot } from './entry-path';
import { DEFAULT_READ_LIMITS } from './limits';
import { formatPlatform, parsePlatform, platformMatches, tagMatches } from './platform-select';

describe('detectCompression', () => {
  it.each([
    [[0x1f, 0x8b, 8, 0, 0, 0], 'gzip'],
    [[0x28, 0xb5, 0x2f, 0xfd, 0, 0], 'zstd'],
    [[0x61, 0x2f, 0, 0, 0, 0], 'none'],
    [[], 'none'],
  ])('names %j as %s', (bytes, expected) => {
    expect(detectCompression(new Uint8Array(bytes), 'x')).toBe(expected);
  });

  it.each([
    [[0x42, 0x5a, 0x68, 0x39], /bzip2/],
    [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], /xz/],
  ])('refuses %j as UNSUPPORTED_COMPRESSION', (bytes, message) => {
    expect(() => detectCompression(new Uint8Array(bytes), 'x')).toThrow(message);
  });
});

describe('normalizeEntryPath', () => {
  it.each([
    ['etc/passwd', 'etc/passwd', []],
    ['./etc//passwd/', 'etc/passwd', []],
    ['/etc/passwd', 'etc/passwd', ['absolute']],
    ['a/../b', 'b', ['parent-segment']],
    ['../../x', 'x', ['parent-segment', 'escapes-root']],
    ['/../x', 'x', ['absolute', 'parent-segment', 'escapes-root']],
    ['./', '', []],
  ])('normalises %s to %s with flags %j', (name, path, flags) => {
    expect(normalizeEntryPath(name, DEFAULT_READ_LIMITS, 'x')).toEqual({ path, flags });
  });

  it('enforces depth and length', () => {
    const limits = { maxPathDepth: 2, maxPathLength: 10 };
    expect(() => normalizeEntryPath('a/b/c', limits, 'x')).toThrow(ScanError);
    expect(() => normalizeEntryPath('a'.repeat(11), limits, 'x')).toThrow(/maxPathLength/);
    // `..` is applied before the depth is measured.
    expect(normalizeEntryPath('a/b/../c', limits, 'x').path).toBe('a/c');
  });

  it.each([
    ['usr/bin', 'busybox', 'usr/bin/busybox'],
    ['usr/bin', '../lib/x', 'usr/lib/x'],
    ['usr/bin', '/etc/x', 'etc/x'],
    ['usr', '../../../../etc', 'etc'],
    ['', 'a', 'a'],
  ])('resolves %s + %s inside the root as %s', (from, target, expected) => {
    expect(resolveInRoot(from, target)).toBe(expected);
  });
});

describe('platforms and tags', () => {
  it.each([
    ['linux/amd64', { os: 'linux', architecture: 'amd64' }],
    ['linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' }],
    [' Linux/ARM/v7 ', { os: 'linux', architecture: 'arm', variant: 'v7' }],
  ])('parses %s', (text, platform) => {
    expect(parsePlatform(text)).toEqual(platform);
    expect(formatPlatform(platform)).toBe(text.trim().toLowerCase());
  });

  it.each(['linux', 'linux/', '/amd64', 'a/b/c/d', 'linux/arm/'])('rejects %s', (text) => {
    expect(() => parsePlatform(text)).toThrow(/os\/arch/);
  });

  it.each([
    ['linux/arm64', 'linux/arm64/v8', true],
    ['linux/arm64/v8', 'linux/arm64', true],
    ['linux/arm/v6', 'linux/arm/v7', false],
    ['linux/arm/v7', 'linux/arm', true],
    ['linux/amd64', 'linux/arm64', false],
    ['windows/amd64', 'linux/amd64', false],
  ])('%s matches %s: %s', (wanted, candidate, expected) => {
    expect(platformMatches(parsePlatform(wanted), parsePlatform(candidate))).toBe(expected);
  });

  it.each([
    ['alpine:3.18', ['alpine:3.18'], true],
    ['alpine:3.18', ['docker.io/library/alpine:3.18'], true],
    ['alpine', ['alpine:latest'], true],
    ['alpine:3.18', ['alpine:3.19'], false],
    ['0.0.1', ['0.0.1'], true],
    ['0.0.1', ['0.0.2'], false],
    ['ghcr.io/x/y:1', ['docker.io/x/y:1'], false],
  ])('tag %s matches %j: %s', (tag, names, expected) => {
    expect(tagMatches(tag, names)).toBe(expected);
  });
});
