/** Checks of `/etc/passwd`, `/etc/shadow` and the sudoers files. */
import type { InspectedFile } from '../inspector';
import { clip, type TextLine, textLines } from './text';
import { type BaselineCheck, type BaselineHit, CATEGORY, type FileDetector, t } from './types';

interface Entry extends TextLine {
  fields: string[];
}

/** Colon-separated entries of a passwd/shadow-style file (comments and blank lines skipped). */
function entries(content: Uint8Array | undefined): Entry[] {
  return textLines(content)
    .filter((l) => l.text.trim() !== '' && !l.text.trimStart().startsWith('#'))
    .map((l) => ({ ...l, fields: l.text.split(':', 10) }));
}

/** A detector over the entries of one file at `path`. */
function entryDetector(
  path: string,
  detect: (entries: Entry[]) => Entry[],
  evidence: (e: Entry) => string,
): FileDetector {
  return {
    wants: (p, file) => (p === path && file.type === 'file' ? 'content' : false),
    detect: ({ file, content }: InspectedFile): BaselineHit[] =>
      detect(entries(content)).map((e) => ({
        location: { layer: file.layer, path: file.path, line: e.line },
        evidence: clip(evidence(e)),
      })),
  };
}

const passwd = (detect: (entries: Entry[]) => Entry[]) =>
  entryDetector('etc/passwd', detect, (e) => e.fields.map((f, i) => (i === 1 && f.length > 1 ? '***' : f)).join(':'));
/** Shadow evidence never shows the hash itself, only its kind. */
const shadow = (detect: (entries: Entry[]) => Entry[]) =>
  entryDetector('etc/shadow', detect, (e) => `${e.fields[0] ?? ''}:${hashKind(e.fields[1] ?? '')}`);

function hashKind(field: string): string {
  if (field === '') return '(empty)';
  if (field.startsWith('!') || field.startsWith('*')) return '(locked)';
  if (isDes(field)) return '(DES hash)';
  const id = /^\$([0-9a-z]{1,3})\$/.exec(field)?.[1];
  return id ? `($${id}$ hash)` : '(hash)';
}

const isDes = (field: string): boolean => /^[./0-9A-Za-z]{13}$/.test(field);
const isUsable = (field: string): boolean => field !== '' && !field.startsWith('!') && !field.startsWith('*');

function duplicates(list: Entry[], key: (e: Entry) => string | undefined): Entry[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = key(e);
    if (k === undefined || k === '') return false;
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}

/** Accounts that exist for daemons and file ownership and never log in. */
const SYSTEM_ACCOUNTS = new Set([
  'daemon',
  'bin',
  'sys',
  'adm',
  'lp',
  'mail',
  'news',
  'uucp',
  'operator',
  'games',
  'man',
  'proxy',
  'www-data',
  'backup',
  'list',
  'irc',
  'gnats',
  'nobody',
  'ftp',
  'squid',
  'xfs',
  'sshd',
  '_apt',
  'messagebus',
  'systemd-network',
  'systemd-resolve',
  'systemd-timesync',
  'systemd-coredump',
  'cron',
  'at',
  'smmsp',
  'guest',
  'apache',
  'nginx',
]);
const LOGIN_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'csh', 'tcsh', 'fish', 'mksh']);
const isLoginShell = (shell: string | undefined): boolean =>
  shell !== undefined && LOGIN_SHELLS.has(shell.trim().slice(shell.trim().lastIndexOf('/') + 1));

const NOPASSWD_ALL = /\bNOPASSWD\s*:\s*([A-Z_]+\s*:\s*)*ALL\b/;

export const ACCOUNT_CHECKS: BaselineCheck[] = [
  {
    ruleId: 'account-uid0-non-root',
    level: 'high',
    title: t('存在 root 以外的 UID 为 0 的账号', 'An account other than root has UID 0'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/passwd 中存在 root 以外 UID 为 0 的账号，该账号拥有与 root 相同的权限，常见于后门账号。',
      'An account other than root has UID 0 in /etc/passwd: it has root rights, a common backdoor.',
    ),
    remediation: t(
      '删除该账号或将其 UID 修改为非 0 值，确认其来源是否可信。',
      'Delete the account or give it a non-zero UID, and find out where it came from.',
    ),
    file: passwd((list) => list.filter((e) => e.fields[2]?.trim() === '0' && e.fields[0] !== 'root')),
  },
  {
    ruleId: 'account-duplicate-uid',
    level: 'medium',
    title: t('存在重复 UID 的账号', 'Accounts share a UID'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/passwd 中多个账号使用相同的 UID，这些账号共享文件权限，无法区分和审计各自的操作。',
      'Several accounts in /etc/passwd share a UID: they share file rights and their actions cannot be told apart in audits.',
    ),
    remediation: t(
      '为每个账号分配唯一的 UID，删除多余账号。',
      'Give every account its own UID and remove the extra accounts.',
    ),
    file: passwd((list) => duplicates(list, (e) => e.fields[2]?.trim())),
  },
  {
    ruleId: 'account-duplicate-name',
    level: 'low',
    title: t('存在重复的账号名', 'An account name is defined twice'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/passwd 中同一账号名出现多次，系统只会使用其中一条记录，容易造成权限配置混乱。',
      'An account name appears more than once in /etc/passwd; only one entry is used, which confuses permission settings.',
    ),
    remediation: t('删除重复的账号记录。', 'Remove the duplicate entries.'),
    file: passwd((list) => duplicates(list, (e) => e.fields[0])),
  },
  {
    ruleId: 'account-system-login-shell',
    level: 'medium',
    title: t('系统账号配置了可登录的 Shell', 'A system account has a login shell'),
    category: CATEGORY.accounts,
    description: t(
      'daemon、bin、sys、nobody、www-data 等系统账号仅用于运行服务，为其配置 /bin/sh、/bin/bash 等可登录 Shell 会被攻击者利用。',
      'System accounts such as daemon, bin, sys, nobody and www-data only run services; a login shell such as /bin/sh or /bin/bash on them can be abused.',
    ),
    remediation: t(
      '将系统账号的 Shell 修改为 /usr/sbin/nologin 或 /bin/false，例如 usermod -s /usr/sbin/nologin daemon。',
      'Set their shell to /usr/sbin/nologin or /bin/false, e.g. usermod -s /usr/sbin/nologin daemon.',
    ),
    file: passwd((list) => list.filter((e) => SYSTEM_ACCOUNTS.has(e.fields[0] ?? '') && isLoginShell(e.fields[6]))),
  },
  {
    ruleId: 'account-hash-in-passwd',
    level: 'high',
    title: t('密码哈希存储在 /etc/passwd 中', 'A password hash is stored in /etc/passwd'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/passwd 对所有用户可读，其中存储的密码哈希可被任意用户获取并离线破解。',
      '/etc/passwd is readable by every user; a password hash in it can be copied and cracked offline.',
    ),
    remediation: t(
      '执行 pwconv 将密码迁移到 /etc/shadow，并将 /etc/passwd 中的密码字段设为 x。',
      'Run pwconv to move passwords to /etc/shadow and leave x in the password field of /etc/passwd.',
    ),
    file: passwd((list) => list.filter((e) => (e.fields[1] ?? 'x').length > 1 && isUsable(e.fields[1] ?? 'x'))),
  },
  {
    ruleId: 'account-passwd-empty-password',
    level: 'high',
    title: t('/etc/passwd 中存在空密码字段', 'An account has an empty password field in /etc/passwd'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/passwd 中账号的密码字段为空，该账号无需密码即可登录。',
      'The password field of an account in /etc/passwd is empty: it logs in without a password.',
    ),
    remediation: t(
      '将密码字段设为 x 并在 /etc/shadow 中锁定该账号（passwd -l 用户名）。',
      'Put x in the password field and lock the account in /etc/shadow (passwd -l <user>).',
    ),
    file: passwd((list) => list.filter((e) => e.fields.length >= 3 && e.fields[1] === '')),
  },
  {
    ruleId: 'account-empty-password',
    level: 'high',
    title: t('存在空密码账号', 'An account has an empty password'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/shadow 中账号的密码字段为空，任何人都可以无需密码登录该账号（如 CVE-2019-5021 中的 Alpine root 账号）。',
      'The password field of an account in /etc/shadow is empty: anyone can log in without a password (as with the Alpine root account of CVE-2019-5021).',
    ),
    remediation: t(
      '为账号设置强密码或锁定账号，例如 passwd -l root。',
      'Set a strong password or lock the account, e.g. passwd -l root.',
    ),
    file: shadow((list) => list.filter((e) => e.fields.length >= 2 && e.fields[1] === '')),
  },
  {
    ruleId: 'account-des-password-hash',
    level: 'high',
    title: t('账号密码使用 DES 弱加密算法', 'A password uses the DES crypt hash'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/shadow 中存在 DES crypt（13 位）密码哈希，该算法只使用密码前 8 个字符，可被快速破解。',
      'A DES crypt hash (13 characters) is in /etc/shadow; it uses only 8 password characters and cracks quickly.',
    ),
    remediation: t(
      '在 /etc/login.defs 中设置 ENCRYPT_METHOD SHA512（或 YESCRYPT）并重置密码，或锁定该账号。',
      'Set ENCRYPT_METHOD SHA512 (or YESCRYPT) in /etc/login.defs and reset the password, or lock the account.',
    ),
    file: shadow((list) => list.filter((e) => isDes(e.fields[1] ?? ''))),
  },
  {
    ruleId: 'account-md5-password-hash',
    level: 'medium',
    title: t('账号密码使用 MD5 弱加密算法', 'A password uses the MD5 crypt hash'),
    category: CATEGORY.accounts,
    description: t(
      '/etc/shadow 中存在 MD5 crypt（$1$）密码哈希，该算法强度不足，容易被暴力破解。',
      'An MD5 crypt ($1$) hash is in /etc/shadow; it is too weak against brute force.',
    ),
    remediation: t(
      '使用 SHA-512（$6$）或 yescrypt（$y$）重新设置密码，或锁定该账号。',
      'Reset the password with SHA-512 ($6$) or yescrypt ($y$), or lock the account.',
    ),
    file: shadow((list) => list.filter((e) => (e.fields[1] ?? '').startsWith('$1$'))),
  },
  {
    ruleId: 'account-root-password-set',
    level: 'medium',
    title: t('镜像中 root 账号设置了密码', 'The root account has a password in the image'),
    category: CATEGORY.accounts,
    description: t(
      '镜像的 /etc/shadow 中 root 账号设置了可用的密码，所有基于该镜像的容器共享同一个 root 密码。',
      'root has a usable password in the image /etc/shadow; every container from the image shares it.',
    ),
    remediation: t(
      '在镜像中锁定 root 账号（passwd -l root），不要在镜像中预置任何账号密码。',
      'Lock root in the image (passwd -l root); never bake account passwords into images.',
    ),
    file: shadow((list) => list.filter((e) => e.fields[0] === 'root' && isUsable(e.fields[1] ?? ''))),
  },
  {
    ruleId: 'sudo-nopasswd-all',
    level: 'high',
    title: t('sudo 配置允许免密执行任意命令', 'sudo allows any command without a password'),
    category: CATEGORY.accounts,
    description: t(
      'sudoers 配置中存在 NOPASSWD: ALL，相关用户无需密码即可以 root 身份执行任意命令，容器内任何低权限入侵都可直接提权。',
      'A sudoers rule has NOPASSWD: ALL: its users run any command as root without a password, so any foothold becomes root.',
    ),
    remediation: t(
      '删除 NOPASSWD: ALL 规则，仅为必要命令授权；容器内通常无需安装 sudo。',
      'Remove the NOPASSWD: ALL rule and allow only the commands needed; containers rarely need sudo at all.',
    ),
    file: {
      wants: (path, file) =>
        file.type === 'file' && (path === 'etc/sudoers' || /^etc\/sudoers\.d\/[^/]+$/.test(path)) ? 'content' : false,
      detect: ({ file, content }) =>
        textLines(content)
          .filter((l) => !l.text.trimStart().startsWith('#') && NOPASSWD_ALL.test(l.text))
          .map((l) => ({
            location: { layer: file.layer, path: file.path, line: l.line },
            evidence: clip(l.text.trim()),
          })),
    },
  },
];
