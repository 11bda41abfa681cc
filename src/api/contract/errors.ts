/**
 * Error codes the mock backend returns and the client understands. Gateway errors travel with an HTTP error
 * status; business errors with HTTP 200 and `IsSuccess: false`, as the real `cr` API does.
 */

/** Gateway-level (POP) errors: code → HTTP status. */
export const GATEWAY_ERRORS = {
  MissingParameter: 400,
  InvalidParameter: 400,
  'InvalidAction.NotFound': 404,
  InvalidVersion: 400,
  NoPrivilege: 403,
  Throttling: 429,
  SystemError: 500,
} as const;
export type GatewayErrorCode = keyof typeof GATEWAY_ERRORS;

/** Business errors (HTTP 200, IsSuccess false) with the message the backend sends. */
export const BUSINESS_ERRORS = {
  INSTANCE_NOT_EXIST: 'The instance does not exist.',
  INSTANCE_NOT_RUNNING: 'The instance is not running.',
  NAMESPACE_NOT_EXIST: 'The namespace does not exist.',
  NAMESPACE_ALREADY_EXIST: 'The namespace already exists.',
  NAMESPACE_NAME_ILLEGAL: 'The namespace name is illegal.',
  NAMESPACE_LIMIT_EXCEED: 'The namespace count exceeds the quota of the instance.',
  REPO_NOT_EXIST: 'The repository does not exist.',
  REPO_ALREADY_EXIST: 'The repository already exists.',
  REPO_NAME_ILLEGAL: 'The repository name is illegal.',
  REPO_LIMIT_EXCEED: 'The repository count exceeds the quota of the instance.',
  TAG_NOT_EXIST: 'The image tag does not exist.',
  TAG_ALREADY_EXIST: 'The target image tag already exists.',
  TAG_NAME_ILLEGAL: 'The image tag is illegal.',
  TAG_IMMUTABLE: 'The repository has tag immutability enabled; existing tags cannot be overwritten.',
  VPC_NOT_EXIST: 'The VPC or vSwitch does not exist in this region.',
  INSTANCE_VPC_ALREADY_LINKED: 'The VPC is already linked to the instance.',
  INSTANCE_VPC_NOT_LINKED: 'The VPC is not linked to the instance.',
  INSTANCE_ACCESS_VPC_LIMIT_EXCEED: 'instance VPC access endpoint count exceeds the limit',
  /** Console choice: no scan task exists for the tag (never scanned) or for the given ScanTaskId. */
  SCAN_TASK_NOT_EXIST: 'The scan task does not exist. The image has not been scanned yet.',
  /** Batch scanning (scan rules) pulls images over the instance's VPC. */
  INSTANCE_VPC_REQUIRED:
    'Batch image scanning uses the VPC of the instance, and no VPC is linked to it. Add one under Access Control > VPC first.',
  SCAN_TASK_NOT_SAS:
    'Baseline checks and malicious samples come only from scans by the cloud-security engine. Scan the image with it first.',
  SCAN_RULE_NOT_EXIST: 'The scan rule does not exist.',
  SCAN_RULE_ALREADY_EXIST: 'A scan rule with this name already exists in the instance.',
  SCAN_RULE_NAME_ILLEGAL: 'The scan rule name must be 1 to 64 characters without control characters.',
  SCAN_RULE_SCOPE_ILLEGAL:
    'The scan scope is illegal: a NAMESPACE rule needs namespaces and no repositories; a REPO rule needs exactly one namespace and at least one repository.',
  SCAN_RULE_PATTERN_ILLEGAL:
    'The tag filter is not a valid regular expression, is longer than 256 characters, or could backtrack catastrophically (nested quantifiers, quantified alternations, backreferences).',
  SCAN_RULE_NOTIFY_ILLEGAL:
    'The notification settings are illegal: the address must start with https:// for DingTalk and HTTPS, http:// for HTTP (a DingTalk robot on a loopback host may use http://).',
  SCAN_RULE_NO_MATCHED_IMAGE: 'No image tag matches the scan rule.',
  SCAN_RULE_TASK_NOT_EXIST: 'The scan rule task does not exist.',
  SCAN_RULE_TASK_NOT_RUNNING: 'The scan task is not running, so it cannot be stopped.',
  SCAN_RULE_TASK_NOT_RETRYABLE: 'Only a task with failed or stopped images can be retried.',
  SAS_ROLE_NOT_AUTHORIZED:
    'Container Registry is not authorized to call Security Center. Grant the role AliyunContainerRegistryAccessingSASRole first.',
  SAS_SERVICE_ROLE_NOT_EXIST:
    'The service-linked role AliyunServiceRoleForSas does not exist. Open Security Center once to create it.',
  SAS_AGREEMENT_NOT_ACCEPTED: 'Read and accept the Container Registry service agreement to buy.',
  SAS_ALREADY_PURCHASED: 'The cloud-security scan engine is already purchased and has not expired.',
  SAS_ORDER_NOT_EXIST: 'The order does not exist.',
  SAS_ORDER_ALREADY_PAID: 'The order has already been paid.',
  SAS_NOT_PURCHASED: 'The cloud-security scan engine has not been purchased (or has expired).',
  /** 升级 needs the subscription it upgrades to be active (at ordering and at payment). */
  SAS_UPGRADE_NO_SUBSCRIPTION:
    'There is no active cloud-security scan engine subscription to upgrade. Buy the cloud-security engine first.',
  /** Every image authorisation of the subscription is used; images it already counted may be scanned again. */
  SAS_IMAGE_QUOTA_EXCEEDED:
    'The image scan authorisations of the cloud-security scan engine are used up. Upgrade the cloud-security engine to scan new images.',
  /** Console-only one-click fix (see scan-fix.ts). */
  FIX_ENGINE_NOT_SAS:
    'One-click fix is a capability of the cloud-security scan engine; this image was scanned by Trivy. Scan it with the cloud-security engine first.',
  FIX_NOTHING_TO_FIX: 'None of the selected system vulnerabilities has a fixed version, so there is nothing to fix.',
  FIX_TASK_NOT_EXIST: 'The fix task does not exist.',
  EVENT_RULE_NOT_EXIST: 'The event rule does not exist.',
  EVENT_RULE_ALREADY_EXIST: 'An event rule with this name already exists in the instance.',
  EVENT_RULE_NAME_ILLEGAL: 'The event rule name must be 1 to 64 characters without control characters.',
  EVENT_RULE_LIMIT_EXCEED: 'An instance can have at most 10 event rules.',
  EVENT_RULE_SCOPE_ILLEGAL:
    'The event scope is illegal: INSTANCE takes no namespaces, NAMESPACE needs namespaces and no repositories, REPO needs exactly one namespace and at least one repository.',
  EVENT_RULE_PATTERN_ILLEGAL:
    'The tag filter is not a valid regular expression, is longer than 256 characters, or could backtrack catastrophically.',
  EVENT_CONFIG_ILLEGAL:
    'EventConfig is not valid: it must be JSON with notifyMethod (dingding, http or https) and notifyConfig.Url matching it (https:// for DingTalk and HTTPS, http:// for HTTP; a DingTalk robot on a loopback host may use http://).',
  EVENT_RECORD_NOT_EXIST: 'The event record does not exist.',
  EVENT_RECORD_NOT_RESENDABLE: 'Only a failed delivery can be sent again.',
  DEMO_SEED_NOT_EXIST: 'The demo seed does not exist.',
  /** Console-only image upload (see uploads.ts). */
  UPLOAD_NOT_EXIST:
    'The upload session does not exist: it finished, was cancelled, or was lost when the page was reloaded. Start the upload again.',
  UPLOAD_OFFSET_INVALID: 'The chunk does not start where the upload stands; send the bytes in order.',
  UPLOAD_TOO_LARGE: 'The image tarball is larger than the 2 GiB upload limit.',
  UPLOAD_INCOMPLETE: 'The upload has not received all its bytes yet.',
  IMAGE_ARCHIVE_ILLEGAL: 'The file is not a valid image tarball (docker save or OCI image layout).',
  IMAGE_BLOB_MISSING: 'The image tarball lacks a layer or config its manifest names.',
  IMAGE_DIGEST_MISMATCH: 'A blob of the image tarball does not match its digest: the file is corrupt.',
  IMAGE_PLATFORM_UNSUPPORTED: 'Only linux images can be pushed.',
  DEMO_IMAGE_NOT_EXIST: 'The demo catalogue has no image of that name.',
  /** Console-only: the browser's storage quota is used up; the write was rolled back, stored data is intact. */
  STORAGE_QUOTA_EXCEEDED:
    'The browser refused to store more data for the demo console (storage quota exceeded). Nothing of this change was saved.',
  /** Console-only image signing and deployment policies (see signing.ts, policies.ts). */
  KEY_NOT_EXIST: 'The key does not exist in this region.',
  KEY_DISABLED: 'The key is disabled: it cannot sign, and signatures made with it are not trusted. Enable it first.',
  KEY_REGION_MISMATCH: 'The key is not in the region of the instance.',
  WITNESS_NOT_EXIST: 'The witness does not exist.',
  WITNESS_NAME_EXIST: 'A witness with this name already exists in the instance.',
  WITNESS_IN_USE: 'The witness is used by a signing rule or a deployment policy; remove it there first.',
  SIGN_RULE_NOT_EXIST: 'The signing rule does not exist.',
  SIGN_RULE_NAME_EXIST: 'A signing rule with this name already exists in the instance.',
  SIGN_RULE_PATTERN_ILLEGAL:
    'The repository or tag filter is not a valid regular expression, is longer than 256 characters, or could backtrack catastrophically.',
  SIGNATURE_NOT_EXIST: 'The image has no signature.',
  SIGN_TARGET_IS_SIGNATURE: 'A signature artifact (sha256-….sig) cannot be signed.',
  NO_SIGNING_WITNESS: 'No witness was given, and no signing rule of the instance covers the image.',
  DEPLOY_POLICY_NOT_EXIST: 'The deployment policy does not exist.',
  DEPLOY_POLICY_EXIST: 'The namespace already has a deployment policy.',
  DEPLOY_POLICY_ILLEGAL:
    'The policy checks nothing: set a vulnerability level, require a signature, or block unscanned images.',
  EXCEPTION_NOT_EXIST: 'The exception does not exist.',
  EXCEPTION_EXPIRE_ILLEGAL: 'The expiry must be in the future.',
  EXCEPTION_SCOPE_ILLEGAL:
    'The exception scope is illegal: TAG needs a repository and a tag, REPO a repository, NAMESPACE neither.',
  /** Console-only security reports (see reports.ts). */
  REPORT_SCHEDULE_NOT_EXIST: 'The report schedule does not exist.',
  REPORT_SCHEDULE_ILLEGAL: 'The notification address must be an http:// URL for HTTP, an https:// URL otherwise.',
  SBOM_NOT_AVAILABLE: 'The scan kept no package list (it ran before SBOMs were supported). Scan the image again.',
  /** Console-only RAM (see ram.ts). */
  RAM_USER_NOT_EXIST: 'The RAM user does not exist.',
  RAM_USER_EXIST: 'A RAM user with this name already exists.',
  RAM_GROUP_NOT_EXIST: 'The RAM group does not exist.',
  RAM_GROUP_EXIST: 'A RAM group with this name already exists.',
  RAM_POLICY_NOT_EXIST: 'The policy does not exist.',
  RAM_POLICY_EXIST: 'A policy with this name already exists.',
  RAM_POLICY_DOCUMENT_ILLEGAL: 'The policy document is not valid.',
  RAM_POLICY_IN_USE: 'The policy is still attached to users or groups; detach it first.',
  RAM_SYSTEM_POLICY_READONLY: 'System policies cannot be changed or deleted.',
  RAM_NAME_ILLEGAL: 'The name must be 1 to 64 letters, digits, periods, underscores or hyphens.',
} as const;
export type BusinessErrorCode = keyof typeof BUSINESS_ERRORS;

/** Messages of the gateway errors, with `{name}` filled by the backend. */
export const GATEWAY_MESSAGES = {
  MissingParameter: 'The input parameter "{name}" that is mandatory for processing this request is not supplied.',
  InvalidParameter: 'The specified parameter "{name}" is not valid. {detail}',
  'InvalidAction.NotFound': 'Specified api is not found, please check your url and method.',
  InvalidVersion: 'Specified parameter Version is not valid.',
  NoPrivilege: 'Access denied for this user.',
  Throttling: 'Request was denied due to request throttling.',
  SystemError: 'Unknown error.',
} as const satisfies Record<GatewayErrorCode, string>;
