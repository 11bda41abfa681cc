/** Source-hosting tokens: GitHub and GitLab. */
import type { SecretRule } from '../types';
import { ROTATE_AND_REMOVE, t } from './text';

const github = (id: string, zh: string, en: string, keywords: string[], token: string): SecretRule => ({
  id,
  title: t(`${zh}泄露`, en),
  description: t(
    `文件中包含${zh}，可用于访问 GitHub 仓库与 API。`,
    `The file holds a ${en}, which grants access to GitHub repositories and APIs.`,
  ),
  remediation: t(
    '在 GitHub 设置中撤销该令牌并重新生成，构建时改用短期令牌或 BuildKit secret 挂载。',
    'Revoke the token in GitHub settings and create a new one; at build time use short-lived tokens or BuildKit secret mounts.',
  ),
  level: 'high',
  keywords,
  pattern: `(?<![0-9A-Za-z_])(?<secret>${token})(?![0-9A-Za-z_])`,
  secretGroup: 'secret',
});

export const VCS_RULES: readonly SecretRule[] = [
  github('github-pat', 'GitHub 个人访问令牌', 'GitHub personal access token', ['ghp_'], 'ghp_[0-9A-Za-z]{36}'),
  github('github-oauth', 'GitHub OAuth 访问令牌', 'GitHub OAuth access token', ['gho_'], 'gho_[0-9A-Za-z]{36}'),
  github(
    'github-app-token',
    'GitHub App 令牌',
    'GitHub App token',
    ['ghu_', 'ghs_'],
    '(?:ghu_[0-9A-Za-z]{36}|ghs_[0-9A-Za-z]{36})',
  ),
  github('github-refresh-token', 'GitHub 刷新令牌', 'GitHub refresh token', ['ghr_'], 'ghr_[0-9A-Za-z]{76}'),
  github(
    'github-fine-grained-pat',
    'GitHub 细粒度个人访问令牌',
    'GitHub fine-grained personal access token',
    ['github_pat_'],
    'github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}',
  ),
  {
    id: 'gitlab-pat',
    title: t('GitLab 个人访问令牌泄露', 'GitLab personal access token'),
    description: t(
      '文件中包含 GitLab 个人访问令牌（glpat- 开头）。',
      'The file holds a GitLab personal access token (starting with glpat-).',
    ),
    remediation: ROTATE_AND_REMOVE,
    level: 'high',
    keywords: ['glpat-'],
    pattern: '(?<![0-9A-Za-z_])(?<secret>glpat-[0-9A-Za-z_-]{20,80})(?![0-9A-Za-z_-])',
    secretGroup: 'secret',
  },
];
