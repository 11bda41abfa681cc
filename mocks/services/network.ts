/** IPv4 CIDR arithmetic for the private addresses of VPC endpoints. */

const RESERVED_HEAD = 3;
const RESERVED_TAIL = 4;

function toNumber(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function toIp(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/** Parses `a.b.c.d/n` into its first address and size. */
export function parseCidr(cidr: string): { base: number; size: number } {
  const [ip = '', bits = ''] = cidr.split('/');
  const prefix = Number(bits);
  const size = 2 ** (32 - prefix);
  return { base: Math.floor(toNumber(ip) / size) * size, size };
}

/** Whether `ip` lies inside `cidr`. */
export function cidrContains(cidr: string, ip: string): boolean {
  const { base, size } = parseCidr(cidr);
  const value = toNumber(ip);
  return value >= base && value < base + size;
}

/**
 * Picks a free private address inside a vSwitch, starting at a position derived from `hint` and probing
 * upward. Like the VPC product, the first three and the last four addresses of the block are never handed out.
 */
export function allocateIp(cidr: string, hint: number, taken: ReadonlySet<string>): string {
  const { base, size } = parseCidr(cidr);
  const usable = size - RESERVED_HEAD - RESERVED_TAIL;
  if (usable <= 0) throw new Error(`vSwitch block ${cidr} has no usable addresses`);
  for (let i = 0; i < usable; i++) {
    const ip = toIp(base + RESERVED_HEAD + ((hint + i) % usable));
    if (!taken.has(ip)) return ip;
  }
  throw new Error(`vSwitch block ${cidr} has no free address left`);
}
