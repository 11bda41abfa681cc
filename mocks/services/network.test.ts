import { describe, expect, it } from 'vitest';
import { allocateIp, cidrContains, parseCidr } from './network';

describe('CIDR helpers', () => {
  it('parses blocks', () => {
    expect(parseCidr('192.168.1.0/24')).toEqual({ base: 0xc0a80100, size: 256 });
    expect(parseCidr('172.16.0.0/12').size).toBe(2 ** 20);
  });

  it.each([
    ['192.168.1.0/24', '192.168.1.77', true],
    ['192.168.1.0/24', '192.168.2.1', false],
    ['172.16.0.0/12', '172.31.255.255', true],
    ['172.16.0.0/12', '172.32.0.1', false],
  ])('%s contains %s: %s', (cidr, ip, inside) => {
    expect(cidrContains(cidr, ip)).toBe(inside);
  });

  it('never hands out the reserved first three and last four addresses', () => {
    const seen = new Set<string>();
    for (let hint = 0; hint < 600; hint++) seen.add(allocateIp('10.0.0.0/24', hint, new Set()));
    expect([...seen].sort()).not.toContain('10.0.0.0');
    expect(seen.has('10.0.0.2')).toBe(false);
    expect(seen.has('10.0.0.3')).toBe(true);
    expect(seen.has('10.0.0.251')).toBe(true);
    expect(seen.has('10.0.0.252')).toBe(false);
    expect(seen.size).toBe(249);
  });

  it('skips taken addresses and fails when the block is full', () => {
    expect(allocateIp('10.0.0.0/29', 0, new Set())).toBe('10.0.0.3');
    expect(() => allocateIp('10.0.0.0/29', 0, new Set(['10.0.0.3']))).toThrow(/no free address/);
    expect(allocateIp('10.0.0.0/28', 0, new Set(['10.0.0.3', '10.0.0.4']))).toBe('10.0.0.5');
  });
});
