/** Checks of installed OS packages (CIS 4.3) and of package-manager caches left in the final filesystem. */
import type { ImageFacts } from '../inspector';
import { clip } from './text';
import { type BaselineCheck, type BaselineHit, CATEGORY, t } from './types';

/** One hit per installed OS package whose name `test` accepts, at its package database and origin layer. */
function installed(test: (name: string) => boolean) {
  return (facts: ImageFacts): BaselineHit[] => {
    const hits: BaselineHit[] = [];
    const seen = new Set<string>();
    for (const p of facts.osPackages) {
      if (!test(p.name) || seen.has(p.name)) continue;
      seen.add(p.name);
      hits.push({
        location: { ...(p.layer ? { layer: p.layer } : {}), path: p.filePath },
        evidence: clip(`${p.name} ${p.version}`),
      });
    }
    return hits;
  };
}

const named = (names: readonly string[], patterns: readonly RegExp[] = []) => {
  const set = new Set(names);
  return (name: string): boolean => set.has(name) || patterns.some((p) => p.test(name));
};

/**
 * One hit per cache: the regular files (non-empty) of the final filesystem that `test` accepts, reported at
 * the first of them in path order with the count.
 */
function cache(test: (path: string) => boolean, what: string) {
  return (facts: ImageFacts): BaselineHit[] => {
    const files = [...facts.finalFiles.values()]
      .filter((f) => f.type === 'file' && f.size > 0 && test(f.path))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const first = files[0];
    if (!first) return [];
    return [{ location: { layer: first.layer, path: first.path }, evidence: `${files.length} ${what} file(s)` }];
  };
}

const HOME = '(?:root|home/[^/]{1,255})';
const PIP_CACHE = new RegExp(`^${HOME}/\\.cache/pip/`);
const NODE_CACHE = new RegExp(`^(?:${HOME}/\\.npm/_cacache/|${HOME}/\\.cache/yarn/|usr/local/share/\\.cache/yarn/)`);

const isAptCache = (path: string): boolean =>
  (path.startsWith('var/cache/apt/archives/') && path.endsWith('.deb')) ||
  /^var\/cache\/apt\/[^/]+\.bin$/.test(path) ||
  (path.startsWith('var/lib/apt/lists/') &&
    !path.startsWith('var/lib/apt/lists/partial/') &&
    path !== 'var/lib/apt/lists/lock');

export const PACKAGE_CHECKS: BaselineCheck[] = [
  {
    ruleId: 'cis-4.3-compiler-installed',
    level: 'low',
    cis: '4.3',
    title: t('镜像中安装了编译工具', 'Compilers or build tools are installed'),
    category: CATEGORY.packages,
    description: t(
      '镜像中安装了 gcc、g++、clang、make 等编译工具，攻击者入侵后可直接在容器内编译利用程序，且增大了镜像体积与漏洞面。',
      'gcc, g++, clang, make or similar are installed: an intruder can compile exploits in place, and the image grows in size and vulnerabilities.',
    ),
    remediation: t(
      '使用多阶段构建，仅在构建阶段安装编译工具，运行镜像中只保留运行所需的文件。',
      'Use a multi-stage build: install build tools in the build stage only and ship just what runs.',
    ),
    image: installed(
      named(
        ['make', 'cmake', 'build-essential', 'build-base', 'tcc', 'gcc-c++', 'clang', 'g++', 'gcc', 'automake'],
        [/^(gcc|g\+\+|clang|cpp)-\d{1,2}$/],
      ),
    ),
  },
  {
    ruleId: 'cis-4.3-debugger-installed',
    level: 'medium',
    cis: '4.3',
    title: t('镜像中安装了调试工具', 'Debuggers or tracers are installed'),
    category: CATEGORY.packages,
    description: t(
      '镜像中安装了 gdb、strace、ltrace 等调试工具，可被用于读取其他进程内存、窃取密钥或注入代码。',
      'gdb, strace, ltrace or similar are installed: they can read other processes’ memory, steal keys or inject code.',
    ),
    remediation: t(
      '从运行镜像中卸载调试工具，需要排障时使用临时调试容器。',
      'Uninstall them from the runtime image; use an ephemeral debug container when troubleshooting.',
    ),
    image: installed(named(['gdb', 'gdbserver', 'strace', 'ltrace', 'valgrind', 'lldb', 'sysdig'])),
  },
  {
    ruleId: 'cis-4.3-network-tool-installed',
    level: 'medium',
    cis: '4.3',
    title: t('镜像中安装了网络探测或抓包工具', 'Network scanning or capture tools are installed'),
    category: CATEGORY.packages,
    description: t(
      '镜像中安装了 netcat、nmap、tcpdump、socat 等工具，常被攻击者用于反弹 Shell、内网探测和流量窃听。',
      'netcat, nmap, tcpdump, socat or similar are installed: attackers use them for reverse shells, internal scanning and sniffing.',
    ),
    remediation: t('从运行镜像中卸载这些工具。', 'Uninstall them from the runtime image.'),
    image: installed(
      named([
        'netcat',
        'netcat-openbsd',
        'netcat-traditional',
        'nc',
        'ncat',
        'nmap',
        'nmap-ncat',
        'tcpdump',
        'socat',
        'telnet',
        'masscan',
        'hping3',
        'tshark',
        'ettercap',
        'ettercap-text-only',
      ]),
    ),
  },
  {
    ruleId: 'cis-4.3-remote-access-server-installed',
    level: 'medium',
    cis: '4.3',
    title: t('镜像中安装了远程登录服务', 'A remote access server is installed'),
    category: CATEGORY.packages,
    description: t(
      '镜像中安装了 openssh-server、dropbear、telnetd、vsftpd 等远程访问服务端，容器内通常不需要，会扩大攻击面。',
      'openssh-server, dropbear, telnetd, vsftpd or similar are installed; containers rarely need them and they widen the attack surface.',
    ),
    remediation: t(
      '卸载远程访问服务端软件，使用 docker exec / kubectl exec 运维容器。',
      'Uninstall them and use docker exec or kubectl exec to operate containers.',
    ),
    image: installed(
      named([
        'openssh-server',
        'openssh-server-pam',
        'dropbear',
        'telnetd',
        'inetutils-telnetd',
        'vsftpd',
        'xinetd',
        'rsh-server',
        'tftp-server',
      ]),
    ),
  },
  {
    ruleId: 'cis-4.3-sudo-installed',
    level: 'low',
    cis: '4.3',
    title: t('镜像中安装了 sudo', 'sudo is installed'),
    category: CATEGORY.packages,
    description: t(
      '镜像中安装了 sudo 或 doas，容器应以固定的非特权用户运行，提权工具会被用于扩大入侵影响。',
      'sudo or doas is installed; containers should run as a fixed unprivileged user, and an escalation tool widens an intrusion.',
    ),
    remediation: t(
      '卸载 sudo，在构建阶段以 root 完成需要特权的操作后切换为普通用户。',
      'Uninstall sudo; do privileged work at build time as root, then switch to a normal user.',
    ),
    image: installed(named(['sudo', 'doas', 'opendoas'])),
  },
  {
    ruleId: 'pkg-apt-cache-left',
    level: 'low',
    title: t('镜像中残留 APT 软件包缓存', 'APT caches are left in the image'),
    category: CATEGORY.packages,
    description: t(
      '镜像中残留 /var/lib/apt/lists 软件源索引或 /var/cache/apt/archives/*.deb 安装包，增加镜像体积且索引会过期。',
      'APT index files (/var/lib/apt/lists) or downloaded packages (/var/cache/apt/archives/*.deb) are left in the image: bigger images and stale indexes.',
    ),
    remediation: t(
      '在同一条 RUN 指令末尾清理缓存：apt-get clean && rm -rf /var/lib/apt/lists/*。',
      'Clean up in the same RUN: apt-get clean && rm -rf /var/lib/apt/lists/*.',
    ),
    image: cache(isAptCache, 'APT cache'),
  },
  {
    ruleId: 'pkg-apk-cache-left',
    level: 'low',
    title: t('镜像中残留 APK 软件包缓存', 'APK caches are left in the image'),
    category: CATEGORY.packages,
    description: t(
      '镜像中残留 /var/cache/apk 下的索引或安装包，增加镜像体积。',
      'Index files or packages are left under /var/cache/apk, growing the image.',
    ),
    remediation: t(
      '使用 apk add --no-cache 安装软件包，或在同一条 RUN 中执行 rm -rf /var/cache/apk/*。',
      'Install with apk add --no-cache, or rm -rf /var/cache/apk/* in the same RUN.',
    ),
    image: cache((p) => p.startsWith('var/cache/apk/'), 'APK cache'),
  },
  {
    ruleId: 'pkg-yum-cache-left',
    level: 'low',
    title: t('镜像中残留 YUM/DNF 软件包缓存', 'YUM/DNF caches are left in the image'),
    category: CATEGORY.packages,
    description: t(
      '镜像中残留 /var/cache/yum 或 /var/cache/dnf 下的元数据或安装包，增加镜像体积。',
      'Metadata or packages are left under /var/cache/yum or /var/cache/dnf, growing the image.',
    ),
    remediation: t(
      '在同一条 RUN 中执行 yum clean all（或 dnf clean all）&& rm -rf /var/cache/yum /var/cache/dnf。',
      'Run yum clean all (or dnf clean all) && rm -rf /var/cache/yum /var/cache/dnf in the same RUN.',
    ),
    image: cache((p) => p.startsWith('var/cache/yum/') || p.startsWith('var/cache/dnf/'), 'YUM/DNF cache'),
  },
  {
    ruleId: 'pkg-pip-cache-left',
    level: 'low',
    title: t('镜像中残留 pip 下载缓存', 'The pip cache is left in the image'),
    category: CATEGORY.packages,
    description: t(
      '镜像中残留 ~/.cache/pip 下载缓存，增加镜像体积。',
      'The pip download cache (~/.cache/pip) is left in the image, growing it.',
    ),
    remediation: t(
      '使用 pip install --no-cache-dir，或在同一条 RUN 中删除 ~/.cache/pip。',
      'Use pip install --no-cache-dir, or delete ~/.cache/pip in the same RUN.',
    ),
    image: cache((p) => PIP_CACHE.test(p), 'pip cache'),
  },
  {
    ruleId: 'pkg-node-cache-left',
    level: 'low',
    title: t('镜像中残留 npm/yarn 缓存', 'The npm or yarn cache is left in the image'),
    category: CATEGORY.packages,
    description: t(
      '镜像中残留 ~/.npm/_cacache 或 yarn 缓存目录，增加镜像体积。',
      'The npm (~/.npm/_cacache) or yarn cache is left in the image, growing it.',
    ),
    remediation: t(
      '在同一条 RUN 中执行 npm cache clean --force 或 yarn cache clean。',
      'Run npm cache clean --force or yarn cache clean in the same RUN.',
    ),
    image: cache((p) => NODE_CACHE.test(p), 'npm/yarn cache'),
  },
];
