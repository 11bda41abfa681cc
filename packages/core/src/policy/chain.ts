/**
 * The delivery chain's wire form of `DenyPolicy` (`GetChain…NodeConfig.DenyPolicy`: PascalCase strings,
 * `IssueCount` a string such as `"10"`), converted to and from the core's `DenyPolicy`. The extensions
 * (signature, fixable, unscanned) have no wire field there and default to off.
 */
import type { DenyPolicy } from './types';
import {
  ISSUE_LEVELS,
  type IssueLevel,
  POLICY_ACTIONS,
  POLICY_LOGICS,
  type PolicyAction,
  type PolicyLogic,
} from './types';

export interface ChainDenyPolicy {
  Action: string;
  IssueLevel: string;
  IssueCount: string;
  Logic: string;
}

/** Parses a chain `DenyPolicy`; `undefined` when a field holds a value the API does not define. */
export function fromChainDenyPolicy(wire: ChainDenyPolicy): DenyPolicy | undefined {
  const issueCount = /^\d+$/.test(wire.IssueCount) ? Number(wire.IssueCount) : Number.NaN;
  if (!ISSUE_LEVELS.includes(wire.IssueLevel as IssueLevel)) return undefined;
  if (!POLICY_LOGICS.includes(wire.Logic as PolicyLogic)) return undefined;
  if (!POLICY_ACTIONS.includes(wire.Action as PolicyAction)) return undefined;
  if (!Number.isInteger(issueCount) || issueCount < 1) return undefined;
  return {
    issueLevel: wire.IssueLevel as IssueLevel,
    issueCount,
    logic: wire.Logic as PolicyLogic,
    action: wire.Action as PolicyAction,
    onlyFixable: false,
    blockUnscanned: false,
  };
}

/** The chain wire form of a policy's vulnerability part (a policy without `issueLevel` has none). */
export function toChainDenyPolicy(policy: DenyPolicy): ChainDenyPolicy | undefined {
  if (policy.issueLevel === undefined) return undefined;
  return {
    Action: policy.action,
    IssueLevel: policy.issueLevel,
    IssueCount: String(policy.issueCount),
    Logic: policy.logic,
  };
}
