/** Cloud provider access keys: Alibaba Cloud and AWS. */
import type { SecretRule } from '../types';
import { ROTATE_AND_REMOVE, t } from './text';

export const CLOUD_RULES: readonly SecretRule[] = [
  {
    id: 'alibaba-access-key',
    title: t('阿里云 AccessKey ID 泄露', 'Alibaba Cloud AccessKey ID'),
    description: t(
      '文件中包含阿里云 AccessKey ID（LTAI 开头）。若同时泄露 AccessKey Secret，攻击者可直接调用云 API 操作账号资源。',
      'The file holds an Alibaba Cloud AccessKey ID (starting with LTAI). Together with its AccessKey Secret it lets anyone call cloud APIs as the account.',
    ),
    remediation: t(
      '在 RAM 控制台禁用并删除该 AccessKey，创建新的 AccessKey；镜像中改用 RAM 角色（ECS/ACK 实例角色、RRSA）或运行时注入凭证。',
      'Disable and delete the AccessKey in the RAM console and create a new one; in images use RAM roles (ECS/ACK instance roles, RRSA) or inject credentials at run time.',
    ),
    level: 'high',
    keywords: ['LTAI'],
    pattern: '(?<![A-Za-z0-9])(?<secret>LTAI[A-Za-z0-9]{12,20})(?![A-Za-z0-9])',
    secretGroup: 'secret',
    // The AccessKey Secret usually sits right next to its ID, often without a telling key name.
    nearby: {
      rule: 'alibaba-access-key-secret',
      pattern: '(?<![A-Za-z0-9/+=])(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9/+=])',
      lines: 3,
      minEntropy: 3.5,
    },
  },
  {
    id: 'alibaba-access-key-secret',
    title: t('阿里云 AccessKey Secret 泄露', 'Alibaba Cloud AccessKey Secret'),
    description: t(
      '文件中包含疑似阿里云 AccessKey Secret 的赋值（30 位字符）。',
      'The file assigns what looks like an Alibaba Cloud AccessKey Secret (30 characters).',
    ),
    remediation: t(
      '在 RAM 控制台禁用并删除对应的 AccessKey 并轮换；改用 RAM 角色或运行时注入凭证。',
      'Disable, delete and rotate the matching AccessKey in the RAM console; use RAM roles or run-time injected credentials instead.',
    ),
    level: 'high',
    keywords: ['secret'],
    pattern:
      '(?:access[_.-]?key[_.-]?secret|secret[_.-]?access[_.-]?key|ak[_.-]?secret|secret[_.-]?key)["\']?\\s{0,8}(?::=|=>|=|:)\\s{0,8}["\']?(?<secret>[A-Za-z0-9]{30})(?![A-Za-z0-9/+=])',
    flags: 'i',
    secretGroup: 'secret',
  },
  {
    id: 'aws-access-key-id',
    title: t('AWS Access Key ID 泄露', 'AWS Access Key ID'),
    description: t(
      '文件中包含 AWS Access Key ID（AKIA/ASIA 等前缀）。',
      'The file holds an AWS access key ID (AKIA, ASIA and similar prefixes).',
    ),
    remediation: ROTATE_AND_REMOVE,
    level: 'high',
    keywords: ['AKIA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'ASIA', 'A3T'],
    pattern:
      '(?<![A-Za-z0-9])(?<secret>(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16})(?![A-Za-z0-9])',
    secretGroup: 'secret',
  },
  {
    id: 'aws-secret-access-key',
    title: t('AWS Secret Access Key 泄露', 'AWS Secret Access Key'),
    description: t(
      '文件中包含 AWS Secret Access Key 的赋值（40 位字符）。',
      'The file assigns an AWS secret access key (40 characters).',
    ),
    remediation: ROTATE_AND_REMOVE,
    level: 'high',
    keywords: ['aws'],
    pattern:
      'aws_?(?:sec(?:ret)?)?_?(?:access)?_?key["\']?\\s{0,8}(?::|=>|=)?\\s{0,8}["\']?(?<secret>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])',
    flags: 'i',
    secretGroup: 'secret',
  },
];
