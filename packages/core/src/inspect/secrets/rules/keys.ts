/** Key material: PEM/PGP private keys and JSON Web Tokens. */
import type { SecretRule } from '../types';
import { t } from './text';

export const KEY_RULES: readonly SecretRule[] = [
  {
    id: 'private-key',
    title: t('私钥泄露', 'Private key'),
    description: t(
      '文件中包含私钥（PEM/OpenSSH/PGP 格式，如 RSA、EC、DSA、OPENSSH PRIVATE KEY）。持有者可冒充服务、解密流量或登录主机。',
      'The file holds a private key (PEM, OpenSSH or PGP: RSA, EC, DSA, OPENSSH PRIVATE KEY…). Whoever holds it can impersonate the service, decrypt traffic or log in to hosts.',
    ),
    remediation: t(
      '作废该密钥对并重新生成（吊销对应证书、从 authorized_keys 中移除公钥），运行时通过 Secret 挂载私钥。',
      'Retire the key pair and generate a new one (revoke its certificate, remove its public key from authorized_keys); mount private keys from a Secret at run time.',
    ),
    level: 'high',
    keywords: ['PRIVATE KEY'],
    scope: 'text',
    binary: true,
    // Header lines (Proc-Type, DEK-Info, Version, Comment) are skipped; the body may be JSON-escaped (`\n`).
    pattern:
      '-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\\\\n|\\s){0,8}(?:[A-Za-z][A-Za-z0-9-]{0,40}: ?[^\\n]{0,200}\\n){0,8}(?:\\\\n|\\s){0,8}(?<secret>[A-Za-z0-9+/=\\\\]{20}[A-Za-z0-9+/=\\\\\\s]{10,65536}?)\\s{0,8}-----END[ A-Z0-9_-]{0,40}PRIVATE KEY',
    secretGroup: 'secret',
  },
  {
    id: 'jwt-token',
    title: t('JWT 令牌泄露', 'JSON Web Token'),
    description: t(
      '文件中包含签名的 JWT，可能是长期有效的服务令牌或会话令牌。',
      'The file holds a signed JSON Web Token, possibly a long-lived service or session token.',
    ),
    remediation: t(
      '作废该令牌（轮换签名密钥或在签发方撤销），不要在镜像中固化令牌。',
      'Invalidate the token (rotate the signing key or revoke it at the issuer); do not bake tokens into images.',
    ),
    level: 'medium',
    keywords: ['eyJ'],
    pattern: '(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{15,}\\.eyJ[A-Za-z0-9_-]{15,}\\.[A-Za-z0-9_-]{10,}={0,2})',
    secretGroup: 'secret',
  },
];
