/**
 * The RAM part of every demo world: four RAM users (an administrator, a developer, a read-only auditor and
 * a security engineer), a developer group, two custom policies and their attachments. The developer's
 * policy is attached to its group, not to the user, so group attachment is exercised from the start.
 *
 * The developer may do anything in namespace `team-a` (of the instance that has it: acr-dev-hz in the
 * default world) and read that instance, nothing else. The auditor reads everything (ACR, RAM and the audit
 * log, signing keys) and changes nothing. The security engineer reads everything and may scan, manage scan
 * rules, exceptions, deployment policies, signing and event rules, but never delete. The administrator may do
 * everything in ACR (and its signing keys) but not administer RAM, which only the main account does.
 */
import { instanceArn, repositoryArn } from '@acr-console/core';
import { MAIN_ACCOUNT_ID } from '@/api/contract/ram';
import type {
  InstanceRecord,
  NamespaceRecord,
  RamAttachmentRecord,
  RamGroupRecord,
  RamPolicyRecord,
  RamUserRecord,
} from '../store/schema';

export interface RamWorld {
  ramUsers: RamUserRecord[];
  ramGroups: RamGroupRecord[];
  ramPolicies: RamPolicyRecord[];
  ramAttachments: RamAttachmentRecord[];
}

export const TEAM_NAMESPACE = 'team-a';
export const DEVELOPER_POLICY = 'team-a-developer';
export const SECURITY_POLICY = 'security-engineer';
const FULL = 'AliyunContainerRegistryFullAccess';
const READ_ONLY = 'AliyunContainerRegistryReadOnlyAccess';
/** ACR's FullAccess is `cr:*`; the administrator also manages the signing keys (`kms:`), but not RAM. */
export const KEY_ADMIN_POLICY = 'signing-key-admin';
/** The auditor also reads RAM (users, policies, the audit log) and the signing keys. */
export const AUDIT_READER_POLICY = 'audit-reader';
const DAY = 86_400_000;

/** The developer's document: everything in the team namespace, and the reads the instance pages need. */
export function developerDocument(instance: InstanceRecord | undefined): object {
  const region = instance?.RegionId ?? 'cn-hangzhou';
  const id = instance?.InstanceId ?? '*';
  const namespace = repositoryArn(region, MAIN_ACCOUNT_ID, id, TEAM_NAMESPACE);
  return {
    Version: '1',
    Statement: [
      { Effect: 'Allow', Action: 'cr:*', Resource: [namespace, `${namespace}/*`] },
      {
        Effect: 'Allow',
        Action: [
          'cr:GetInstance*',
          'cr:ListInstance*',
          'cr:ListScanBaseline',
          'cr:ListScanMaliciousFile',
          'cr:ListScanCompliance',
          'cr:CreateImageUpload',
          'cr:InspectImageUpload',
          'cr:CancelImageUpload',
        ],
        Resource: instanceArn(region, MAIN_ACCOUNT_ID, id),
      },
      { Effect: 'Allow', Action: ['cr:ListInstanceRegion', 'cr:ListDemoImage'], Resource: '*' },
    ],
  };
}

const SECURITY_DOCUMENT = {
  Version: '1',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'cr:PutScan',
        'cr:GetScan*',
        'cr:*ScanRule*',
        'cr:ListScan*',
        'cr:*VulnException*',
        'cr:GetRepoTagScanExceptions',
        'cr:*DeployPolicy*',
        'cr:CheckDeployment',
        'cr:*RepoTagFix*',
        'cr:*Signing*',
        'cr:*Signature*',
        'cr:SignRepoTag',
        'cr:*EventCenter*',
        'kms:List*',
        'kms:Describe*',
        'kms:GetPublicKey',
      ],
      Resource: '*',
    },
    { Effect: 'Deny', Action: 'cr:Delete*', Resource: '*' },
  ],
};

/** What an auditor reads besides ACR: the RAM configuration, the audit log and the signing keys. */
const AUDIT_READER_DOCUMENT = {
  Version: '1',
  Statement: [
    { Effect: 'Allow', Action: ['ram:List*', 'ram:Get*'], Resource: `acs:ram::${MAIN_ACCOUNT_ID}:*` },
    {
      Effect: 'Allow',
      Action: ['kms:List*', 'kms:Describe*', 'kms:GetPublicKey'],
      Resource: `acs:kms:*:${MAIN_ACCOUNT_ID}:key/*`,
    },
  ],
};

const KEY_ADMIN_DOCUMENT = {
  Version: '1',
  Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: `acs:kms:*:${MAIN_ACCOUNT_ID}:key/*` }],
};

/** The RAM records of a world whose instances and namespaces are given; times relative to `epoch`. */
export function buildRamWorld(
  instances: readonly InstanceRecord[],
  namespaces: readonly NamespaceRecord[],
  epoch: number,
): RamWorld {
  const at = (daysAgo: number) => epoch - daysAgo * DAY;
  const team = namespaces.find((ns) => ns.NamespaceName === TEAM_NAMESPACE);
  const instance = instances.find((i) => i.InstanceId === team?.InstanceId) ?? instances[0];
  const user = (UserName: string, DisplayName: string, UserId: string, daysAgo: number, Groups: string[] = []) => ({
    UserId,
    UserName,
    DisplayName,
    Comments: '',
    CreateDate: at(daysAgo),
    Groups,
  });
  const policy = (PolicyName: string, Description: string, document: object, daysAgo: number): RamPolicyRecord => ({
    PolicyName,
    PolicyType: 'Custom',
    Description,
    PolicyDocument: JSON.stringify(document, null, 2),
    DefaultVersion: 'v1',
    CreateDate: at(daysAgo),
    UpdateDate: at(daysAgo),
  });
  const attach = (
    PrincipalType: 'User' | 'Group',
    PrincipalName: string,
    PolicyType: 'System' | 'Custom',
    PolicyName: string,
    daysAgo: number,
  ): RamAttachmentRecord => ({ PrincipalType, PrincipalName, PolicyType, PolicyName, AttachDate: at(daysAgo) });
  return {
    ramUsers: [
      user('admin', '管理员', '2038475610293847', 300),
      user('developer', '开发者', '2038475610293848', 170, ['dev-team']),
      user('auditor', '只读审计员', '2038475610293849', 120),
      user('security', '安全工程师', '2038475610293850', 90),
    ],
    ramGroups: [{ GroupName: 'dev-team', Comments: '团队 A 的开发者', CreateDate: at(175) }],
    ramPolicies: [
      policy(
        DEVELOPER_POLICY,
        '团队 A：命名空间 team-a 内的全部操作，以及读取所在实例',
        developerDocument(instance),
        175,
      ),
      policy(
        SECURITY_POLICY,
        '安全工程师：扫描、扫描规则、例外、部署策略、加签与事件规则，禁止删除',
        SECURITY_DOCUMENT,
        90,
      ),
      policy(KEY_ADMIN_POLICY, '管理加签密钥（KMS）', KEY_ADMIN_DOCUMENT, 300),
      policy(AUDIT_READER_POLICY, '只读：访问控制配置、操作审计日志与加签密钥', AUDIT_READER_DOCUMENT, 120),
    ],
    ramAttachments: [
      attach('User', 'admin', 'System', FULL, 300),
      attach('User', 'admin', 'Custom', KEY_ADMIN_POLICY, 300),
      attach('Group', 'dev-team', 'Custom', DEVELOPER_POLICY, 170),
      attach('User', 'auditor', 'System', READ_ONLY, 120),
      attach('User', 'auditor', 'Custom', AUDIT_READER_POLICY, 120),
      attach('User', 'security', 'System', READ_ONLY, 90),
      attach('User', 'security', 'Custom', SECURITY_POLICY, 90),
    ],
  };
}
