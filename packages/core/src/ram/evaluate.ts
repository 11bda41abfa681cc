/**
 * RAM's evaluation: default deny; an explicit Deny in any attached policy wins over every Allow; otherwise
 * one matching Allow grants. Actions match case-insensitively (RAM treats `cr:getrepository` as
 * `cr:GetRepository`), resources case-sensitively, both with `*` / `?` wildcards.
 */
import type { RamCondition, RamDecision, RamMatch, RamPolicy, RamRequest, RamStatement } from './types';
import { wildcardMatch } from './wildcard';

export function evaluateRam(policies: readonly RamPolicy[], request: RamRequest): RamDecision {
  const allows: RamMatch[] = [];
  const denies: RamMatch[] = [];
  for (const policy of policies) {
    policy.Document.Statement.forEach((statement, index) => {
      if (!statementApplies(statement, request)) return;
      const match: RamMatch = { policyName: policy.PolicyName, statement: index, effect: statement.Effect };
      (statement.Effect === 'Deny' ? denies : allows).push(match);
    });
  }
  if (denies.length > 0) return { decision: 'ExplicitDeny', allowed: false, matches: denies };
  if (allows.length > 0) return { decision: 'Allow', allowed: true, matches: allows };
  return { decision: 'ImplicitDeny', allowed: false, matches: [] };
}

export function statementApplies(statement: RamStatement, request: RamRequest): boolean {
  return (
    statement.Action.some((pattern) => wildcardMatch(pattern, request.action, true)) &&
    statement.Resource.some((pattern) => wildcardMatch(pattern, request.resource)) &&
    conditionHolds(statement.Condition, request.context ?? {})
  );
}

/** Every operator and every key must hold; within a key, any listed value may match. */
export function conditionHolds(
  condition: RamCondition | undefined,
  context: Record<string, string | undefined>,
): boolean {
  if (!condition) return true;
  for (const [operator, keys] of Object.entries(condition)) {
    for (const [key, values] of Object.entries(keys ?? {})) {
      if (!operatorHolds(operator, lookup(context, key), values)) return false;
    }
  }
  return true;
}

/** Condition keys are case-insensitive (`acs:SourceIp` = `acs:sourceip`). */
function lookup(context: Record<string, string | undefined>, key: string): string | undefined {
  const wanted = key.toLowerCase();
  for (const [name, value] of Object.entries(context)) if (name.toLowerCase() === wanted) return value;
  return undefined;
}

function operatorHolds(operator: string, actual: string | undefined, values: string[]): boolean {
  const negated = operator.includes('Not');
  // A missing key satisfies only negated operators ("not equal to anything listed").
  if (actual === undefined) return negated;
  const positive = (() => {
    switch (operator) {
      case 'StringEquals':
      case 'StringNotEquals':
        return values.includes(actual);
      case 'StringEqualsIgnoreCase':
      case 'StringNotEqualsIgnoreCase':
        return values.some((v) => v.toLowerCase() === actual.toLowerCase());
      case 'StringLike':
      case 'StringNotLike':
        return values.some((v) => wildcardMatch(v, actual));
      case 'Bool':
        return values.some((v) => v.toLowerCase() === actual.toLowerCase());
      case 'IpAddress':
      case 'NotIpAddress':
        return values.some((v) => ipInCidr(actual, v));
      default:
        return values.some((v) => compareDates(operator, actual, v));
    }
  })();
  return negated ? !positive : positive;
}

function compareDates(operator: string, actual: string, bound: string): boolean {
  const a = Date.parse(actual);
  const b = Date.parse(bound);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (operator === 'DateLessThan') return a < b;
  if (operator === 'DateLessThanEquals') return a <= b;
  if (operator === 'DateGreaterThan') return a > b;
  if (operator === 'DateGreaterThanEquals') return a >= b;
  return false;
}

/** IPv4 only: `10.0.0.0/8`, or a single address. */
export function ipInCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const address = ipv4(ip);
  const network = ipv4(base ?? '');
  if (address === undefined || network === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return false;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return (address & mask) >>> 0 === (network & mask) >>> 0;
}

function ipv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let out = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    out = out * 256 + Number(part);
  }
  return out >>> 0;
}
