/** Well-known credential files: .npmrc, .pypirc, Docker config, kubeconfig, .git-credentials, .netrc. */
import type { SecretRule } from '../types';
import { PLACEHOLDER_ALLOW } from './config';
import { ROTATE_AND_REMOVE, t } from './text';

const fileRule = (
  id: string,
  zh: string,
  en: string,
  rule: Pick<SecretRule, 'keywords' | 'pattern' | 'flags' | 'paths' | 'minEntropy'> & { level?: SecretRule['level'] },
): SecretRule => ({
  id,
  title: t(`${zh}中的凭证`, `Credential in ${en}`),
  description: t(`镜像中的${zh}保存了登录凭证。`, `The image's ${en} stores a login credential.`),
  remediation: ROTATE_AND_REMOVE,
  level: rule.level ?? 'high',
  keywords: rule.keywords,
  pattern: rule.pattern,
  flags: rule.flags,
  paths: rule.paths,
  minEntropy: rule.minEntropy,
  secretGroup: 'secret',
  allow: PLACEHOLDER_ALLOW.filter((a) => a.id !== 'file-reference' && a.id !== 'placeholder-word'),
});

export const CREDENTIAL_FILE_RULES: readonly SecretRule[] = [
  fileRule('npmrc-auth-token', '.npmrc 文件', '.npmrc', {
    keywords: ['_auth', '_password'],
    paths: ['(?:^|/)\\.npmrc$'],
    pattern: '(?<![A-Za-z0-9])_(?:authToken|auth|password)\\s{0,8}=\\s{0,8}["\']?(?<secret>[^\\s"\']{6,1000})',
  }),
  fileRule('pypirc-password', '.pypirc 文件', '.pypirc', {
    keywords: ['password'],
    paths: ['(?:^|/)\\.pypirc$'],
    pattern: '^\\s{0,16}password\\s{0,8}[:=]\\s{0,8}(?<secret>\\S{4,500})',
    flags: 'i',
  }),
  fileRule('docker-config-auth', 'Docker 配置文件', 'Docker config.json', {
    keywords: ['auth', 'token'],
    paths: ['(?:^|/)\\.docker/config\\.json$', '(?:^|/)\\.dockercfg$'],
    pattern: '"(?:auth|identitytoken|registrytoken)"\\s{0,8}:\\s{0,8}"(?<secret>[A-Za-z0-9+/=._-]{8,4000})"',
  }),
  fileRule('dockerconfig-secret', 'Kubernetes dockerconfigjson', 'a Kubernetes dockerconfigjson', {
    keywords: ['dockerconfigjson', 'dockercfg'],
    pattern:
      '\\.(?:dockerconfigjson|dockercfg)["\']?\\s{0,8}:\\s{0,8}\\|?\\s{0,8}["\']?(?<secret>e[yw][A-Za-z0-9+/=]{16,4000})',
  }),
  fileRule('kubeconfig-client-key', 'kubeconfig', 'a kubeconfig', {
    keywords: ['client-key-data'],
    pattern: 'client-key-data["\']?\\s{0,8}:\\s{0,8}["\']?(?<secret>[A-Za-z0-9+/=]{20,10000})',
  }),
  fileRule('kubeconfig-token', 'kubeconfig', 'a kubeconfig', {
    keywords: ['token', 'password'],
    paths: ['(?:^|/)\\.kube/config$', '(?:^|/)kubeconfig(?:\\.ya?ml)?$', '^etc/kubernetes/[^/]+\\.conf$'],
    pattern: '^\\s{0,32}(?:-\\s{1,8})?(?:token|password)\\s{0,8}:\\s{0,8}["\']?(?<secret>[^\\s"\']{8,4000})',
    minEntropy: 3,
  }),
  fileRule('git-credentials', '.git-credentials 文件', '.git-credentials', {
    keywords: ['@'],
    paths: ['(?:^|/)\\.git-credentials$'],
    pattern: '[A-Za-z][A-Za-z0-9+.-]{0,20}://[^:/@\\s]{1,256}:(?<secret>[^@\\s]{3,512})@',
  }),
  fileRule('netrc-password', '.netrc 文件', '.netrc', {
    keywords: ['password'],
    paths: ['(?:^|/)[._]netrc$'],
    pattern: '(?<![A-Za-z0-9])password\\s{1,16}(?<secret>\\S{3,512})',
  }),
];
