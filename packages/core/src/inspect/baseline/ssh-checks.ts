/** Checks of the OpenSSH server config and of SSH keys baked into the image. */
import { clip, octal, textLines } from './text';
import { type BaselineCheck, type BaselineHit, CATEGORY, type FileDetector, t } from './types';

const isSshdConfig = (path: string): boolean =>
  path === 'etc/ssh/sshd_config' || /^etc\/ssh\/sshd_config\.d\/[^/]+\.conf$/.test(path);

/**
 * A detector for one sshd keyword: sshd uses the first value it reads for a keyword, and `Match` blocks
 * only apply to some connections, so only the first occurrence before any `Match` counts.
 */
function sshdOption(keyword: string, bad: (value: string) => boolean): FileDetector {
  const wanted = keyword.toLowerCase();
  return {
    wants: (path, file) => (file.type === 'file' && isSshdConfig(path) ? 'content' : false),
    detect: ({ file, content }) => {
      for (const { line, text } of textLines(content)) {
        const trimmed = text.trim();
        if (trimmed === '' || trimmed.startsWith('#')) continue;
        const match = /^([A-Za-z0-9]{1,64})(?:\s*=\s*|\s+)(.*)$/.exec(trimmed);
        const key = match?.[1]?.toLowerCase();
        if (key === 'match') return [];
        if (key !== wanted) continue;
        const value = (match?.[2] ?? '')
          .replace(/\s+#.*$/, '')
          .trim()
          .replace(/^"|"$/g, '');
        return bad(value.toLowerCase())
          ? [{ location: { layer: file.layer, path: file.path, line }, evidence: clip(trimmed) }]
          : [];
      }
      return [];
    },
  };
}

const yes = (value: string): boolean => value === 'yes';

const metaAt = (test: (path: string) => boolean): FileDetector => ({
  wants: (path, file) => (file.type === 'file' && test(path) ? 'meta' : false),
  detect: ({ file }): BaselineHit[] => [
    { location: { layer: file.layer, path: file.path }, evidence: `mode ${octal(file.mode)}, ${file.size} bytes` },
  ],
});

export const SSH_CHECKS: BaselineCheck[] = [
  {
    ruleId: 'ssh-permit-root-login',
    level: 'high',
    title: t('SSH 允许 root 用户直接登录', 'SSH allows root to log in'),
    category: CATEGORY.ssh,
    description: t(
      'sshd_config 中 PermitRootLogin 设置为 yes，攻击者可直接对 root 账号进行密码暴力破解。',
      'PermitRootLogin is yes in sshd_config: attackers can brute-force the root password directly.',
    ),
    remediation: t(
      '将 PermitRootLogin 设置为 no（或 prohibit-password），使用普通用户登录后再按需提权。',
      'Set PermitRootLogin no (or prohibit-password) and log in as a normal user.',
    ),
    file: sshdOption('PermitRootLogin', yes),
  },
  {
    ruleId: 'ssh-password-authentication',
    level: 'medium',
    title: t('SSH 允许密码认证', 'SSH allows password authentication'),
    category: CATEGORY.ssh,
    description: t(
      'sshd_config 中 PasswordAuthentication 设置为 yes，账号面临密码暴力破解风险。',
      'PasswordAuthentication is yes in sshd_config, exposing accounts to password brute force.',
    ),
    remediation: t(
      '将 PasswordAuthentication 设置为 no，改用密钥认证。',
      'Set PasswordAuthentication no and use key authentication.',
    ),
    file: sshdOption('PasswordAuthentication', yes),
  },
  {
    ruleId: 'ssh-permit-empty-passwords',
    level: 'high',
    title: t('SSH 允许空密码登录', 'SSH allows empty passwords'),
    category: CATEGORY.ssh,
    description: t(
      'sshd_config 中 PermitEmptyPasswords 设置为 yes，空密码账号可直接远程登录。',
      'PermitEmptyPasswords is yes in sshd_config: accounts without a password can log in remotely.',
    ),
    remediation: t('将 PermitEmptyPasswords 设置为 no。', 'Set PermitEmptyPasswords no.'),
    file: sshdOption('PermitEmptyPasswords', yes),
  },
  {
    ruleId: 'ssh-protocol-1',
    level: 'high',
    title: t('SSH 启用了不安全的协议版本 1', 'SSH enables protocol version 1'),
    category: CATEGORY.ssh,
    description: t(
      'sshd_config 中 Protocol 包含 1，SSH 协议 1 存在已知的设计缺陷，通信可被解密或劫持。',
      'Protocol includes 1 in sshd_config; SSH protocol 1 has known design flaws that allow decryption and hijacking.',
    ),
    remediation: t(
      '将 Protocol 设置为 2，或删除该配置项并升级 OpenSSH。',
      'Set Protocol 2, or remove it and upgrade OpenSSH.',
    ),
    file: sshdOption('Protocol', (value) => value.split(/[\s,]+/).includes('1')),
  },
  {
    ruleId: 'ssh-x11-forwarding',
    level: 'low',
    title: t('SSH 启用了 X11 转发', 'SSH enables X11 forwarding'),
    category: CATEGORY.ssh,
    description: t(
      'sshd_config 中 X11Forwarding 设置为 yes，会暴露额外的攻击面，容器场景下通常无需此功能。',
      'X11Forwarding is yes in sshd_config: an extra attack surface containers rarely need.',
    ),
    remediation: t('将 X11Forwarding 设置为 no。', 'Set X11Forwarding no.'),
    file: sshdOption('X11Forwarding', yes),
  },
  {
    ruleId: 'ssh-hostbased-authentication',
    level: 'medium',
    title: t('SSH 启用了基于主机的认证', 'SSH enables host-based authentication'),
    category: CATEGORY.ssh,
    description: t(
      'sshd_config 中 HostbasedAuthentication 设置为 yes，信任其他主机的认证结果，易被伪造主机绕过。',
      'HostbasedAuthentication is yes in sshd_config: trusting other hosts lets a spoofed host in.',
    ),
    remediation: t('将 HostbasedAuthentication 设置为 no。', 'Set HostbasedAuthentication no.'),
    file: sshdOption('HostbasedAuthentication', yes),
  },
  {
    ruleId: 'ssh-host-private-key',
    level: 'high',
    title: t('镜像中内置了 SSH 主机私钥', 'SSH host private keys are baked into the image'),
    category: CATEGORY.ssh,
    description: t(
      '镜像中包含 /etc/ssh/ssh_host_*_key 主机私钥，所有基于该镜像的容器共享同一主机密钥，攻击者获取镜像后可冒充服务端实施中间人攻击。',
      'The image holds /etc/ssh/ssh_host_*_key: every container shares the host key, and whoever pulls the image can impersonate the server.',
    ),
    remediation: t(
      '在构建时删除主机密钥（rm -f /etc/ssh/ssh_host_*），在容器启动时通过 ssh-keygen -A 生成。',
      'Delete the host keys at build time (rm -f /etc/ssh/ssh_host_*) and generate them at start-up with ssh-keygen -A.',
    ),
    file: metaAt((path) => /^etc\/ssh\/ssh_host_[a-z0-9]{1,16}_key$/.test(path)),
  },
  {
    ruleId: 'ssh-authorized-keys',
    level: 'medium',
    title: t('镜像中内置了 SSH 授权公钥', 'SSH authorized keys are baked into the image'),
    category: CATEGORY.ssh,
    description: t(
      '镜像中包含 authorized_keys 文件，持有对应私钥的人可登录所有基于该镜像的容器，可能是遗留的运维入口或后门。',
      'The image holds an authorized_keys file: whoever has the matching private key can log in to every container from it, a leftover entry or a backdoor.',
    ),
    remediation: t(
      '从镜像中删除 authorized_keys，如需登录请在运行时通过密钥管理注入。',
      'Remove authorized_keys from the image; inject keys at run time if logins are needed.',
    ),
    file: metaAt((path) => /^(root|home\/[^/]{1,255})\/\.ssh\/authorized_keys2?$/.test(path)),
  },
];
