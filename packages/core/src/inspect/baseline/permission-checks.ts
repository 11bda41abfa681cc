/** Checks of file modes: setuid/setgid, world-writable files and directories, account files. */
import type { LayerFile } from '../../types/image';
import { octal } from './text';
import { type BaselineCheck, CATEGORY, type FileDetector, t } from './types';

const describeMode = (file: LayerFile): string =>
  `mode ${octal(file.mode)}${file.uid !== undefined ? `, uid ${file.uid}` : ''}${file.gid !== undefined ? `, gid ${file.gid}` : ''}`;

/** A metadata-only detector: one hit at each entry `test` accepts. */
const modeCheck = (test: (path: string, file: LayerFile) => boolean): FileDetector => ({
  wants: (path, file) => (test(path, file) ? 'meta' : false),
  detect: ({ file }) => [{ location: { layer: file.layer, path: file.path }, evidence: describeMode(file) }],
});

const SHADOW_FILES = new Set(['etc/shadow', 'etc/gshadow', 'etc/shadow-', 'etc/gshadow-']);
const isSudoers = (path: string): boolean => path === 'etc/sudoers' || /^etc\/sudoers\.d\/[^/]+$/.test(path);

export const PERMISSION_CHECKS: BaselineCheck[] = [
  {
    ruleId: 'cis-4.8-setuid-file',
    level: 'medium',
    cis: '4.8',
    title: t('存在设置了 SUID 位的文件', 'A file has the setuid bit'),
    category: CATEGORY.permissions,
    description: t(
      '镜像中存在设置了 SUID 权限的可执行文件，执行时获得文件属主（通常为 root）的权限，常被用于本地提权。',
      'An executable has the setuid bit: it runs with its owner’s (usually root’s) rights, a classic privilege escalation path.',
    ),
    remediation: t(
      '在 Dockerfile 中移除不需要的 SUID 位，例如 RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} + 。',
      'Remove setuid bits you do not need, e.g. RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +.',
    ),
    file: modeCheck((_, file) => file.type === 'file' && (file.mode & 0o4000) !== 0),
  },
  {
    ruleId: 'cis-4.8-setgid-file',
    level: 'low',
    cis: '4.8',
    title: t('存在设置了 SGID 位的文件', 'A file has the setgid bit'),
    category: CATEGORY.permissions,
    description: t(
      '镜像中存在设置了 SGID 权限的可执行文件，执行时获得文件属组的权限，可能被用于提权。',
      'An executable has the setgid bit: it runs with its group’s rights and may be used to escalate.',
    ),
    remediation: t('移除不需要的 SGID 位：chmod g-s <文件>。', 'Remove setgid bits you do not need: chmod g-s <file>.'),
    file: modeCheck((_, file) => file.type === 'file' && (file.mode & 0o2000) !== 0),
  },
  {
    ruleId: 'perm-world-writable-file',
    level: 'medium',
    title: t('存在任意用户可写的文件', 'A file is world-writable'),
    category: CATEGORY.permissions,
    description: t(
      '镜像中存在所有用户均可写的普通文件，任何进程都可以篡改其内容，可能被植入恶意代码。',
      'A regular file is writable by every user: any process can change it and plant code in it.',
    ),
    remediation: t('移除其他用户的写权限：chmod o-w <文件>。', 'Remove write access for others: chmod o-w <file>.'),
    file: modeCheck((_, file) => file.type === 'file' && (file.mode & 0o002) !== 0),
  },
  {
    ruleId: 'perm-world-writable-dir-no-sticky',
    level: 'medium',
    title: t('存在未设置粘滞位的任意用户可写目录', 'A world-writable directory lacks the sticky bit'),
    category: CATEGORY.permissions,
    description: t(
      '镜像中存在所有用户均可写且未设置粘滞位（sticky bit）的目录，任何用户都可以删除或替换其中其他用户的文件。',
      'A directory is writable by every user and has no sticky bit: anyone can delete or replace other users’ files in it.',
    ),
    remediation: t(
      '移除其他用户的写权限（chmod o-w <目录>），或为共享目录设置粘滞位（chmod +t <目录>）。',
      'Remove write access for others (chmod o-w <dir>) or set the sticky bit on shared directories (chmod +t <dir>).',
    ),
    file: modeCheck((_, file) => file.type === 'dir' && (file.mode & 0o002) !== 0 && (file.mode & 0o1000) === 0),
  },
  {
    ruleId: 'perm-passwd-writable',
    level: 'high',
    title: t('/etc/passwd 可被非属主用户修改', '/etc/passwd is writable by group or others'),
    category: CATEGORY.permissions,
    description: t(
      '/etc/passwd 对属组或其他用户可写，普通用户可添加 UID 为 0 的账号直接获得 root 权限。',
      '/etc/passwd is writable by its group or others: a normal user can add a UID 0 account and become root.',
    ),
    remediation: t(
      '执行 chmod 644 /etc/passwd && chown root:root /etc/passwd。',
      'Run chmod 644 /etc/passwd && chown root:root /etc/passwd.',
    ),
    file: modeCheck((path, file) => path === 'etc/passwd' && file.type === 'file' && (file.mode & 0o022) !== 0),
  },
  {
    ruleId: 'perm-shadow-writable',
    level: 'high',
    title: t('/etc/shadow 可被非属主用户修改', '/etc/shadow is writable by group or others'),
    category: CATEGORY.permissions,
    description: t(
      '/etc/shadow 对属组或其他用户可写，普通用户可重置任意账号（包括 root）的密码。',
      '/etc/shadow is writable by its group or others: a normal user can reset any password, root’s included.',
    ),
    remediation: t(
      '执行 chmod 640 /etc/shadow（或 000）并确保属主为 root。',
      'Run chmod 640 /etc/shadow (or 000) and make root its owner.',
    ),
    file: modeCheck((path, file) => SHADOW_FILES.has(path) && file.type === 'file' && (file.mode & 0o022) !== 0),
  },
  {
    ruleId: 'perm-shadow-world-readable',
    level: 'high',
    title: t('/etc/shadow 对所有用户可读', '/etc/shadow is world-readable'),
    category: CATEGORY.permissions,
    description: t(
      '/etc/shadow 对所有用户可读，任何用户都可以获取密码哈希进行离线破解。',
      '/etc/shadow is readable by every user: anyone can copy the password hashes and crack them offline.',
    ),
    remediation: t(
      '执行 chmod o-r /etc/shadow（推荐权限 640 或 000）。',
      'Run chmod o-r /etc/shadow (640 or 000 recommended).',
    ),
    file: modeCheck((path, file) => SHADOW_FILES.has(path) && file.type === 'file' && (file.mode & 0o004) !== 0),
  },
  {
    ruleId: 'perm-sudoers-writable',
    level: 'high',
    title: t('sudoers 配置文件可被非属主用户修改', 'A sudoers file is writable by group or others'),
    category: CATEGORY.permissions,
    description: t(
      'sudoers 配置文件对属组或其他用户可写，普通用户可为自己授予 root 权限。',
      'A sudoers file is writable by its group or others: a normal user can grant themselves root.',
    ),
    remediation: t('执行 chmod 440 /etc/sudoers /etc/sudoers.d/*。', 'Run chmod 440 /etc/sudoers /etc/sudoers.d/*.'),
    file: modeCheck((path, file) => isSudoers(path) && file.type === 'file' && (file.mode & 0o022) !== 0),
  },
];
