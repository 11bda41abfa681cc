import { describe, expect, it } from 'vitest';
import { getDomain, getPublicSuffix } from './tldts';

describe('the tldts stand-in MSW cookie handling uses', () => {
  it('gives the last two labels of a host name as its registrable domain', () => {
    expect(getDomain('console.example.com')).toBe('example.com');
    expect(getDomain('Example.COM.')).toBe('example.com');
    expect(getPublicSuffix('console.example.com')).toBe('com');
  });

  it('gives none for IP addresses and single-label hosts, as tldts does', () => {
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('::1')).toBeNull();
    expect(getDomain('localhost')).toBeNull();
    expect(getPublicSuffix('10.0.0.8')).toBeNull();
  });
});
