import type { errors as zh } from '../zh-CN/errors';

export const errors: Record<keyof typeof zh, string> = {
  'errors.instance-not-exist': 'The instance does not exist or has been released.',
  'errors.instance-not-running': 'The instance is not running, so this cannot be done right now.',
  'errors.namespace-not-exist': 'The namespace does not exist.',
  'errors.namespace-already-exist': 'A namespace with this name already exists. Choose another name.',
  'errors.namespace-name-illegal': 'The namespace name does not follow the naming rules.',
  'errors.namespace-limit-exceed': 'The instance has reached its namespace quota.',
  'errors.repo-not-exist': 'The repository does not exist.',
  'errors.repo-already-exist': 'This namespace already has a repository with this name. Choose another name.',
  'errors.repo-name-illegal': 'The repository name does not follow the naming rules.',
  'errors.repo-limit-exceed': 'The instance has reached its repository quota.',
  'errors.tag-not-exist': 'The tag does not exist.',
  'errors.tag-already-exist': 'The target tag already exists.',
  'errors.tag-name-illegal': 'The tag name does not follow the naming rules.',
  'errors.tag-immutable': 'The repository has immutable tags; existing tags cannot be overwritten.',
  'errors.vpc-not-exist': 'The VPC or vSwitch does not exist in this region.',
  'errors.vpc-already-linked': 'This VPC is already linked to the instance.',
  'errors.vpc-not-linked': 'This VPC is not linked to the instance.',
  'errors.vpc-limit-exceed': 'The instance has reached its VPC quota.',
  'errors.scan-task-not-exist': 'The image has not been scanned yet.',
  'errors.instance-vpc-required':
    'Batch image scanning uses the VPC of the instance, and none is linked yet. Add one under Access Control > VPC first.',
  'errors.scan-task-not-sas':
    'Baseline checks and malicious samples come only from the cloud-security engine. Scan the image with it first.',
  'errors.scan-rule-not-exist': 'The scan rule does not exist.',
  'errors.scan-rule-already-exist': 'A scan rule with this name already exists. Choose another name.',
  'errors.scan-rule-name-illegal': 'The rule name must be 1 to 64 characters without control characters.',
  'errors.scan-rule-scope-illegal':
    'Invalid scan scope: a namespace rule needs namespaces and no repositories; a repository rule needs exactly one namespace and at least one repository.',
  'errors.scan-rule-pattern-illegal':
    'Invalid tag filter: it must be a valid regular expression of at most 256 characters, without nested quantifiers, quantified alternations or backreferences.',
  'errors.scan-rule-notify-illegal':
    'Invalid notification settings: DingTalk and HTTPS addresses must start with https://, HTTP addresses with http://.',
  'errors.scan-rule-no-matched-image': 'No image tag matches the scan rule.',
  'errors.scan-rule-task-not-exist': 'The scan task does not exist.',
  'errors.scan-rule-task-not-running': 'The task is no longer scanning, so it cannot be stopped.',
  'errors.scan-rule-task-not-retryable': 'Only a finished task with failed images can be retried.',
  'errors.sas-role-not-authorized':
    'Container Registry may not call Security Center yet. Grant AliyunContainerRegistryAccessingSASRole on the cloud resource access authorization page first.',
  'errors.sas-service-role-not-exist':
    'The service-linked role AliyunServiceRoleForSas does not exist. Visit Security Center to create it first.',
  'errors.sas-agreement-not-accepted': 'Read and accept the Container Registry service agreement.',
  'errors.sas-already-purchased': 'The cloud-security scan engine is already purchased and has not expired.',
  'errors.sas-order-not-exist': 'The order does not exist.',
  'errors.sas-order-already-paid': 'The order has already been paid.',
  'errors.sas-not-purchased': 'The cloud-security scan engine is not purchased (or has expired). Upgrade to it first.',
  'errors.sas-upgrade-no-subscription':
    'There is no active cloud-security scan engine subscription to upgrade (not bought, or expired). Buy it first.',
  'errors.sas-image-quota-exceeded':
    'All image scan authorizations of the cloud-security engine are used, so new images are not scanned. Upgrade the cloud-security engine for more; images already scanned can still be scanned again.',
  'errors.fix-engine-not-sas':
    'One-click fix is available only with the cloud-security scan engine; this image was scanned by Trivy. Scan it with the cloud-security engine first.',
  'errors.fix-nothing-to-fix':
    'None of the selected system vulnerabilities has a fixed version: there is nothing to fix.',
  'errors.fix-task-not-exist': 'The fix task does not exist.',
  'errors.event-rule-not-exist': 'The event rule does not exist.',
  'errors.event-rule-already-exist': 'An event rule with this name already exists. Choose another name.',
  'errors.event-rule-name-illegal': 'The rule name must be 1 to 64 characters without control characters.',
  'errors.event-rule-limit-exceed': 'An instance can have at most 10 event rules.',
  'errors.event-rule-scope-illegal':
    'Invalid scope: an instance rule takes no namespaces; a namespace rule needs namespaces; a repository rule needs one namespace and at least one repository.',
  'errors.event-rule-pattern-illegal':
    'The tag filter is not a valid regular expression, is longer than 256 characters, or could be very slow to match.',
  'errors.event-config-illegal':
    'Invalid notification settings: DingTalk and HTTPS addresses must start with https://, HTTP addresses with http://.',
  'errors.event-record-not-exist': 'The event record does not exist.',
  'errors.event-record-not-resendable': 'Only a failed delivery can be sent again.',
  'errors.demo-seed-not-exist': 'The demo seed does not exist.',
  'errors.key-not-exist': 'The key does not exist in this region.',
  'errors.key-disabled':
    'The key is disabled: it cannot sign, and signatures made with it are not trusted. Enable it first.',
  'errors.key-region-mismatch': 'The key is not in the region of the instance.',
  'errors.witness-not-exist': 'The witness does not exist.',
  'errors.witness-name-exist': 'A witness with this name already exists in the instance.',
  'errors.witness-in-use': 'The witness is used by a signing rule or a deployment policy; remove it there first.',
  'errors.sign-rule-not-exist': 'The signing rule does not exist.',
  'errors.sign-rule-name-exist': 'A signing rule with this name already exists in the instance.',
  'errors.sign-rule-pattern-illegal':
    'The repository or tag filter is not a valid regular expression, is longer than 256 characters, or could backtrack catastrophically.',
  'errors.signature-not-exist': 'The image has no signature.',
  'errors.sign-target-is-signature': 'A signature artifact (sha256-….sig) cannot be signed.',
  'errors.no-signing-witness': 'No witness was given, and no signing rule of the instance covers the image.',
  'errors.deploy-policy-not-exist': 'The deployment policy does not exist.',
  'errors.deploy-policy-exist': 'The namespace already has a deployment policy.',
  'errors.deploy-policy-illegal':
    'The policy checks nothing: set a vulnerability level, require a signature, or block unscanned images.',
  'errors.exception-not-exist': 'The exception does not exist.',
  'errors.exception-expire-illegal': 'The expiry must be in the future.',
  'errors.exception-scope-illegal':
    'The exception scope is illegal: TAG needs a repository and a tag, REPO a repository, NAMESPACE neither.',
  'errors.report-schedule-not-exist': 'The report schedule does not exist.',
  'errors.report-schedule-illegal':
    'The notification address must be an http:// URL for HTTP, an https:// URL for HTTPS and DingTalk.',
  'errors.sbom-not-available': 'This scan kept no package list. Scan the image again to export an SBOM.',
  'errors.ram-user-not-exist': 'The RAM user does not exist.',
  'errors.ram-user-exist': 'A RAM user with this name already exists.',
  'errors.ram-group-not-exist': 'The RAM group does not exist.',
  'errors.ram-group-exist': 'A RAM group with this name already exists.',
  'errors.ram-policy-not-exist': 'The policy does not exist.',
  'errors.ram-policy-exist': 'A policy with this name already exists.',
  'errors.ram-policy-document-illegal': 'The policy document is not valid.',
  'errors.ram-policy-in-use': 'The policy is still attached to users or groups; detach it first.',
  'errors.ram-system-policy-readonly': 'System policies cannot be changed or deleted.',
  'errors.ram-name-illegal': 'The name must be 1 to 64 letters, digits, periods, underscores or hyphens.',
  'errors.missing-parameter': 'A required parameter is missing: {detail}',
  'errors.invalid-parameter': 'A parameter is not valid: {detail}',
  'errors.invalid-action': 'This operation is not supported.',
  'errors.invalid-version': 'The API version is not valid.',
  'errors.no-privilege': 'The current account is not allowed to do this.',
  'errors.throttling': 'Too many requests. Try again in a moment.',
  'errors.storage-quota-exceeded':
    'The browser’s storage for this console is full, so nothing of this change was saved; your existing data is intact. Free some site data or reset the demo world, then try again.',
  'errors.system-error': 'The service is temporarily unavailable. Try again later.',
  'errors.network': 'Network error: the service could not be reached. Check and try again.',
  'errors.invalid-response': 'The service answered with data the console does not understand.',
  'errors.unknown': 'The request failed: {detail}',
};
