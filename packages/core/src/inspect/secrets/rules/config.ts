/** Generic `password=` / `secret:` assignments in configuration files, filtered by entropy and placeholders. */
import type { SecretAllowRule, SecretRule } from '../types';
import { CONFIG_FILE_PATH, t } from './text';

/** Values that are obviously not real secrets: placeholders, templates, references, booleans. */
export const PLACEHOLDER_ALLOW: readonly SecretAllowRule[] = [
  {
    id: 'placeholder-word',
    match:
      '^(?:change[_-]?me|change[_-]?it|changeme123|password1?|passw(?:or)?d|pass|secret|secrets?key|example|sample|dummy|placeholder|redacted|hidden|masked|unset|none|null|nil|undefined|true|false|empty|required|optional|string|test(?:ing)?|foo(?:bar)?|bar|todo|fixme|tbd|your[_-]?[a-z_-]*|my[_-]?(?:password|secret)|default|admin|root|\\.+|-+|\\*+)$',
  },
  { id: 'placeholder-x', match: 'x{3,}|\\*{3,}|\\.{3}|^<|<[^>]*>' },
  { id: 'template-reference', match: '\\$\\{|\\$\\(|\\{\\{|%\\(|^\\$[A-Za-z_]|^%[A-Za-z_]+%$|^@[A-Za-z_]+@$' },
  {
    id: 'encrypted-value',
    match: '^(?:ENC|enc|ENCRYPTED)\\(|^!vault|^\\$ANSIBLE_VAULT|^\\{(?:cipher|bcrypt|SSHA|SHA)\\}',
  },
  { id: 'file-reference', match: '^(?:/|\\./|~/)[A-Za-z0-9_./-]+$|_file$|\\.(?:pem|key|txt|crt)$' },
];

// Values with spaces are prose (UI strings, i18n files), not secrets, so quoted values exclude whitespace.
const assignment = (keys: string): string =>
  `(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,40}?(?:${keys})["']?\\s{0,8}(?::=|=>|=|:)\\s{0,8}` +
  `(?:"(?<secretq>[^"\\s]{6,200})"|'(?<secreta>[^'\\s]{6,200})'|(?<secret>[^\\s"'<>,;#&]{6,200}))` +
  `|<[A-Za-z0-9_.-]{0,40}?(?:${keys})>(?<secretx>[^<\\s]{6,200})</`;

export const CONFIG_RULES: readonly SecretRule[] = [
  {
    id: 'generic-password',
    title: t('配置文件中的明文密码', 'Plain-text password in a config file'),
    description: t(
      '配置文件中以明文写入了密码（password/passwd/pwd 赋值）。',
      'A configuration file assigns a password in plain text (password/passwd/pwd).',
    ),
    remediation: t(
      '修改该密码；配置中引用环境变量或密钥管理服务（KMS 凭据管家、Kubernetes Secret），不要把密码写入镜像。',
      'Change the password; have the config reference an environment variable or a secrets manager (KMS Secrets Manager, Kubernetes Secret) instead of baking it into the image.',
    ),
    level: 'medium',
    keywords: ['pass', 'pwd'],
    paths: [CONFIG_FILE_PATH],
    pattern: assignment('password|passwd|pwd'),
    flags: 'i',
    secretGroup: 'secret',
    minEntropy: 2.3,
    allow: PLACEHOLDER_ALLOW,
  },
  {
    id: 'generic-secret',
    title: t('配置文件中的明文密钥', 'Plain-text secret in a config file'),
    description: t(
      '配置文件中以明文写入了密钥或令牌（secret/api_key/access_token 赋值）。',
      'A configuration file assigns a secret or token in plain text (secret/api_key/access_token).',
    ),
    remediation: t(
      '轮换该密钥；配置中引用环境变量或密钥管理服务，不要把密钥写入镜像。',
      'Rotate the secret; have the config reference an environment variable or a secrets manager instead of baking it into the image.',
    ),
    level: 'medium',
    keywords: ['secret', 'api_key', 'apikey', 'api-key', 'token'],
    paths: [CONFIG_FILE_PATH],
    pattern: assignment('secret|secret[_-]?key|client[_-]?secret|api[_-]?key|access[_-]?token|auth[_-]?token'),
    flags: 'i',
    secretGroup: 'secret',
    minEntropy: 3,
    allow: PLACEHOLDER_ALLOW,
  },
];
