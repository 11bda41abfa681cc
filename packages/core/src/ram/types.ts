/**
 * RAM (Resource Access Management) policy documents as Alibaba Cloud writes them: `Version` "1" and a list
 * of statements, each allowing or denying actions (`cr:GetRepository`, wildcards allowed) on resources
 * (`acs:cr:<region>:<account>:repository/<instance>/<namespace>/<repo>`), optionally under conditions.
 */

export type RamEffect = 'Allow' | 'Deny';

/** Condition operators this evaluator understands (RAM's string, boolean, date and IP families). */
export const RAM_CONDITION_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'Bool',
  'DateLessThan',
  'DateLessThanEquals',
  'DateGreaterThan',
  'DateGreaterThanEquals',
  'IpAddress',
  'NotIpAddress',
] as const;
export type RamConditionOperator = (typeof RAM_CONDITION_OPERATORS)[number];

/** `{ "StringEquals": { "acs:SourceVpc": ["vpc-…"] } }`: every operator and every key must hold (AND). */
export type RamCondition = Partial<Record<RamConditionOperator, Record<string, string[]>>>;

/** A statement after parsing: single values normalised to lists. */
export interface RamStatement {
  Effect: RamEffect;
  Action: string[];
  Resource: string[];
  Condition?: RamCondition;
}

export interface RamPolicyDocument {
  Version: '1';
  Statement: RamStatement[];
}

/** A named policy attached to an identity (system or custom). */
export interface RamPolicy {
  PolicyName: string;
  PolicyType: 'System' | 'Custom';
  Document: RamPolicyDocument;
}

/** What is being asked: an action on a resource, with the request's context keys (`acs:SourceIp`, …). */
export interface RamRequest {
  action: string;
  resource: string;
  context?: Record<string, string | undefined>;
}

/** Where a decision came from: policy name and statement index. */
export interface RamMatch {
  policyName: string;
  statement: number;
  effect: RamEffect;
}

export interface RamDecision {
  /** `ImplicitDeny`: no statement allowed it (RAM's default deny). */
  decision: 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';
  allowed: boolean;
  /** The statements that decided: the denying ones for ExplicitDeny, the allowing ones for Allow. */
  matches: RamMatch[];
}
