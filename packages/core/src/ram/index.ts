/** RAM policies: parsing and validating documents, evaluating requests, ACR's system policies and ARNs. */
export { conditionHolds, evaluateRam, ipInCidr, statementApplies } from './evaluate';
export {
  parseRamPolicy,
  RAM_POLICY_MAX_LENGTH,
  type RamParseResult,
  type RamPolicyProblem,
  validateRamPolicy,
} from './parse';
export { FULL_ACCESS_POLICY, instanceArn, READ_ONLY_POLICY, repositoryArn, SYSTEM_POLICIES } from './system';
export {
  RAM_CONDITION_OPERATORS,
  type RamCondition,
  type RamConditionOperator,
  type RamDecision,
  type RamEffect,
  type RamMatch,
  type RamPolicy,
  type RamPolicyDocument,
  type RamRequest,
  type RamStatement,
} from './types';
export { wildcardMatch } from './wildcard';
