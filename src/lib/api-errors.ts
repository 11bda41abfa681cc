/**
 * Turns API errors into readable, localised text. Works on the shape of the client's ApiError
 * (`code`, `message`, `requestId`) so shared UI does not depend on the client module.
 */
import type { BusinessErrorCode, GatewayErrorCode } from '@/api/contract/errors';
import type { MessageKey, TFunction } from './i18n';

/** Codes the client itself produces when the network or the response fails. */
type ClientErrorCode = 'NetworkError' | 'InvalidResponse';
type KnownErrorCode = BusinessErrorCode | GatewayErrorCode | ClientErrorCode;

const errorKeys: Record<KnownErrorCode, MessageKey> = {
  INSTANCE_NOT_EXIST: 'errors.instance-not-exist',
  INSTANCE_NOT_RUNNING: 'errors.instance-not-running',
  NAMESPACE_NOT_EXIST: 'errors.namespace-not-exist',
  NAMESPACE_ALREADY_EXIST: 'errors.namespace-already-exist',
  NAMESPACE_NAME_ILLEGAL: 'errors.namespace-name-illegal',
  NAMESPACE_LIMIT_EXCEED: 'errors.namespace-limit-exceed',
  REPO_NOT_EXIST: 'errors.repo-not-exist',
  REPO_ALREADY_EXIST: 'errors.repo-already-exist',
  REPO_NAME_ILLEGAL: 'errors.repo-name-illegal',
  REPO_LIMIT_EXCEED: 'errors.repo-limit-exceed',
  TAG_NOT_EXIST: 'errors.tag-not-exist',
  TAG_ALREADY_EXIST: 'errors.tag-already-exist',
  TAG_NAME_ILLEGAL: 'errors.tag-name-illegal',
  TAG_IMMUTABLE: 'errors.tag-immutable',
  VPC_NOT_EXIST: 'errors.vpc-not-exist',
  INSTANCE_VPC_ALREADY_LINKED: 'errors.vpc-already-linked',
  INSTANCE_VPC_NOT_LINKED: 'errors.vpc-not-linked',
  INSTANCE_ACCESS_VPC_LIMIT_EXCEED: 'errors.vpc-limit-exceed',
  SCAN_TASK_NOT_EXIST: 'errors.scan-task-not-exist',
  INSTANCE_VPC_REQUIRED: 'errors.instance-vpc-required',
  SCAN_TASK_NOT_SAS: 'errors.scan-task-not-sas',
  SCAN_RULE_NOT_EXIST: 'errors.scan-rule-not-exist',
  SCAN_RULE_ALREADY_EXIST: 'errors.scan-rule-already-exist',
  SCAN_RULE_NAME_ILLEGAL: 'errors.scan-rule-name-illegal',
  SCAN_RULE_SCOPE_ILLEGAL: 'errors.scan-rule-scope-illegal',
  SCAN_RULE_PATTERN_ILLEGAL: 'errors.scan-rule-pattern-illegal',
  SCAN_RULE_NOTIFY_ILLEGAL: 'errors.scan-rule-notify-illegal',
  SCAN_RULE_NO_MATCHED_IMAGE: 'errors.scan-rule-no-matched-image',
  SCAN_RULE_TASK_NOT_EXIST: 'errors.scan-rule-task-not-exist',
  SCAN_RULE_TASK_NOT_RUNNING: 'errors.scan-rule-task-not-running',
  SCAN_RULE_TASK_NOT_RETRYABLE: 'errors.scan-rule-task-not-retryable',
  SAS_ROLE_NOT_AUTHORIZED: 'errors.sas-role-not-authorized',
  SAS_SERVICE_ROLE_NOT_EXIST: 'errors.sas-service-role-not-exist',
  SAS_AGREEMENT_NOT_ACCEPTED: 'errors.sas-agreement-not-accepted',
  SAS_ALREADY_PURCHASED: 'errors.sas-already-purchased',
  SAS_ORDER_NOT_EXIST: 'errors.sas-order-not-exist',
  SAS_ORDER_ALREADY_PAID: 'errors.sas-order-already-paid',
  SAS_NOT_PURCHASED: 'errors.sas-not-purchased',
  SAS_UPGRADE_NO_SUBSCRIPTION: 'errors.sas-upgrade-no-subscription',
  SAS_IMAGE_QUOTA_EXCEEDED: 'errors.sas-image-quota-exceeded',
  FIX_ENGINE_NOT_SAS: 'errors.fix-engine-not-sas',
  FIX_NOTHING_TO_FIX: 'errors.fix-nothing-to-fix',
  FIX_TASK_NOT_EXIST: 'errors.fix-task-not-exist',
  EVENT_RULE_NOT_EXIST: 'errors.event-rule-not-exist',
  EVENT_RULE_ALREADY_EXIST: 'errors.event-rule-already-exist',
  EVENT_RULE_NAME_ILLEGAL: 'errors.event-rule-name-illegal',
  EVENT_RULE_LIMIT_EXCEED: 'errors.event-rule-limit-exceed',
  EVENT_RULE_SCOPE_ILLEGAL: 'errors.event-rule-scope-illegal',
  EVENT_RULE_PATTERN_ILLEGAL: 'errors.event-rule-pattern-illegal',
  EVENT_CONFIG_ILLEGAL: 'errors.event-config-illegal',
  EVENT_RECORD_NOT_EXIST: 'errors.event-record-not-exist',
  EVENT_RECORD_NOT_RESENDABLE: 'errors.event-record-not-resendable',
  DEMO_SEED_NOT_EXIST: 'errors.demo-seed-not-exist',
  UPLOAD_NOT_EXIST: 'uploads.error.session-lost',
  UPLOAD_OFFSET_INVALID: 'uploads.error.offset',
  UPLOAD_TOO_LARGE: 'uploads.error.too-large',
  UPLOAD_INCOMPLETE: 'uploads.error.incomplete',
  IMAGE_ARCHIVE_ILLEGAL: 'uploads.error.not-image',
  IMAGE_BLOB_MISSING: 'uploads.error.blob-missing',
  IMAGE_DIGEST_MISMATCH: 'uploads.error.digest-mismatch',
  IMAGE_PLATFORM_UNSUPPORTED: 'uploads.error.platform',
  DEMO_IMAGE_NOT_EXIST: 'uploads.error.demo-not-exist',
  STORAGE_QUOTA_EXCEEDED: 'errors.storage-quota-exceeded',
  KEY_NOT_EXIST: 'errors.key-not-exist',
  KEY_DISABLED: 'errors.key-disabled',
  KEY_REGION_MISMATCH: 'errors.key-region-mismatch',
  WITNESS_NOT_EXIST: 'errors.witness-not-exist',
  WITNESS_NAME_EXIST: 'errors.witness-name-exist',
  WITNESS_IN_USE: 'errors.witness-in-use',
  SIGN_RULE_NOT_EXIST: 'errors.sign-rule-not-exist',
  SIGN_RULE_NAME_EXIST: 'errors.sign-rule-name-exist',
  SIGN_RULE_PATTERN_ILLEGAL: 'errors.sign-rule-pattern-illegal',
  SIGNATURE_NOT_EXIST: 'errors.signature-not-exist',
  SIGN_TARGET_IS_SIGNATURE: 'errors.sign-target-is-signature',
  NO_SIGNING_WITNESS: 'errors.no-signing-witness',
  DEPLOY_POLICY_NOT_EXIST: 'errors.deploy-policy-not-exist',
  DEPLOY_POLICY_EXIST: 'errors.deploy-policy-exist',
  DEPLOY_POLICY_ILLEGAL: 'errors.deploy-policy-illegal',
  EXCEPTION_NOT_EXIST: 'errors.exception-not-exist',
  EXCEPTION_EXPIRE_ILLEGAL: 'errors.exception-expire-illegal',
  EXCEPTION_SCOPE_ILLEGAL: 'errors.exception-scope-illegal',
  REPORT_SCHEDULE_NOT_EXIST: 'errors.report-schedule-not-exist',
  REPORT_SCHEDULE_ILLEGAL: 'errors.report-schedule-illegal',
  SBOM_NOT_AVAILABLE: 'errors.sbom-not-available',
  RAM_USER_NOT_EXIST: 'errors.ram-user-not-exist',
  RAM_USER_EXIST: 'errors.ram-user-exist',
  RAM_GROUP_NOT_EXIST: 'errors.ram-group-not-exist',
  RAM_GROUP_EXIST: 'errors.ram-group-exist',
  RAM_POLICY_NOT_EXIST: 'errors.ram-policy-not-exist',
  RAM_POLICY_EXIST: 'errors.ram-policy-exist',
  RAM_POLICY_DOCUMENT_ILLEGAL: 'errors.ram-policy-document-illegal',
  RAM_POLICY_IN_USE: 'errors.ram-policy-in-use',
  RAM_SYSTEM_POLICY_READONLY: 'errors.ram-system-policy-readonly',
  RAM_NAME_ILLEGAL: 'errors.ram-name-illegal',
  MissingParameter: 'errors.missing-parameter',
  InvalidParameter: 'errors.invalid-parameter',
  'InvalidAction.NotFound': 'errors.invalid-action',
  InvalidVersion: 'errors.invalid-version',
  NoPrivilege: 'errors.no-privilege',
  Throttling: 'errors.throttling',
  SystemError: 'errors.system-error',
  NetworkError: 'errors.network',
  InvalidResponse: 'errors.invalid-response',
};

export interface ErrorInfo {
  code?: string;
  /** Localised, readable text. */
  message: string;
  /** For support: the request id the backend answered with. */
  requestId?: string;
}

/** The code of an API error, or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

export function describeError(t: TFunction, error: unknown): ErrorInfo {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const requestId =
    error instanceof Error && 'requestId' in error && typeof error.requestId === 'string' ? error.requestId : undefined;
  const key = code && Object.hasOwn(errorKeys, code) ? errorKeys[code as KnownErrorCode] : 'errors.unknown';
  return { code, message: t(key, { detail }), requestId };
}

/** Business and client errors are answers, not glitches: retrying them cannot help. */
export function isRetryable(error: unknown): boolean {
  const status = error instanceof Error && 'httpStatus' in error ? Number(error.httpStatus) : 0;
  return status >= 500 || status === 429;
}
