/** Checks of the image config (`config.User`, `Healthcheck`, `ExposedPorts`, `Env`, `Entrypoint`/`Cmd`, `Volumes`). */
import type { ContainerConfig } from '../../image/oci';
import type { ImageFacts } from '../inspector';
import { clip, mask } from './text';
import { type BaselineCheck, type BaselineHit, CATEGORY, t } from './types';

const configOf = (facts: ImageFacts): ContainerConfig | undefined => facts.config?.config;

/** The user part of `User` (`name`, `uid`, `name:group`), trimmed; empty when unset. */
const userName = (config: ContainerConfig | undefined): string => (config?.User ?? '').split(':')[0]?.trim() ?? '';

function exposed(ports: ReadonlySet<number>) {
  return (facts: ImageFacts): BaselineHit[] => {
    const hits: BaselineHit[] = [];
    for (const key of Object.keys(configOf(facts)?.ExposedPorts ?? {}).sort()) {
      const port = Number.parseInt(/^\d{1,5}/.exec(key)?.[0] ?? '', 10);
      if (ports.has(port))
        hits.push({ location: { configKey: `config.ExposedPorts.${key}` }, evidence: `EXPOSE ${clip(key, 40)}` });
    }
    return hits;
  };
}

/** Env names that hold credentials; `*_FILE` / `*_PATH` names point at a secret instead of holding one. */
const SECRET_NAME_PARTS = [
  'PASSWORD',
  'PASSWD',
  'SECRET',
  'TOKEN',
  'ACCESS_KEY',
  'ACCESSKEY',
  'API_KEY',
  'APIKEY',
  'PRIVATE_KEY',
  'CREDENTIAL',
];
const REFERENCE_SUFFIXES = ['_FILE', '_PATH', '_DIR', '_URL_FILE'];

/** True for a variable name that holds a credential (`MYSQL_ROOT_PASSWORD`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`). */
export function isSecretName(name: string): boolean {
  const upper = name.toUpperCase().replace(/-/g, '_');
  if (REFERENCE_SUFFIXES.some((s) => upper.endsWith(s))) return false;
  // Short forms as whole words only: DB_PASS, REDIS_PWD (not BYPASS, PASSPORT, or the shell's PWD).
  if (/(?:^|_)(?:PASS|PWD)(?:_|$)/.test(upper) && upper !== 'PWD' && upper !== 'OLDPWD') return true;
  return SECRET_NAME_PARTS.some((part) => upper.includes(part));
}

/** The Env and history placeholders that are not secrets. */
const PLACEHOLDERS = new Set(['', '""', "''", 'changeme', 'xxx', '<secret>', 'none', 'null', 'false', 'true']);
export const isRealSecretValue = (value: string): boolean =>
  !PLACEHOLDERS.has(value.trim().toLowerCase()) && !/^\$\{?[A-Za-z_][A-Za-z0-9_]{0,127}\}?$/.test(value.trim());

const REMOTE_LOGIN_PORTS = new Set([22, 23, 3389, 5900, 5901, 5902]);
const DAEMON_API_PORTS = new Set([2375, 2376, 2379, 6443, 10250, 10255]);
const DATA_STORE_PORTS = new Set([1433, 1521, 3306, 5432, 5984, 6379, 9200, 9300, 11211, 27017, 27018, 50070]);

export const CONFIG_CHECKS: BaselineCheck[] = [
  {
    ruleId: 'cis-4.1-no-user',
    level: 'medium',
    cis: '4.1',
    title: t('镜像未指定运行用户', 'No user is set for the container'),
    category: CATEGORY.image,
    description: t(
      '镜像配置中未设置 USER，容器默认以 root 身份运行，一旦被入侵攻击者即获得容器内最高权限，并更容易逃逸到宿主机。',
      'The image sets no USER, so the container runs as root: an attacker who gets in has full rights in the container and an easier path to the host.',
    ),
    remediation: t(
      '在 Dockerfile 中创建非特权用户（如 RUN useradd -r app）并使用 USER app 指定运行用户。',
      'Create an unprivileged user in the Dockerfile (e.g. RUN useradd -r app) and switch to it with USER app.',
    ),
    image: (facts) =>
      facts.config && userName(configOf(facts)) === ''
        ? [{ location: { configKey: 'config.User' }, evidence: 'User: (not set)' }]
        : [],
  },
  {
    ruleId: 'cis-4.1-root-user',
    level: 'medium',
    cis: '4.1',
    title: t('镜像以 root 用户运行', 'The container runs as root'),
    category: CATEGORY.image,
    description: t(
      '镜像配置显式指定以 root（UID 0）运行容器，违反最小权限原则。',
      'The image explicitly runs the container as root (UID 0), against least privilege.',
    ),
    remediation: t(
      '将 USER 指令改为非 root 的普通用户或 UID（如 USER 10001）。',
      'Change USER to an unprivileged user or UID (e.g. USER 10001).',
    ),
    image: (facts) => {
      const user = userName(configOf(facts));
      return user === 'root' || /^0+$/.test(user)
        ? [{ location: { configKey: 'config.User' }, evidence: `User: ${clip(configOf(facts)?.User ?? '', 40)}` }]
        : [];
    },
  },
  {
    ruleId: 'cis-4.6-no-healthcheck',
    level: 'low',
    cis: '4.6',
    title: t('镜像未配置健康检查', 'No HEALTHCHECK instruction'),
    category: CATEGORY.image,
    description: t(
      '镜像未配置 HEALTHCHECK（或设置为 NONE），容器服务异常时编排平台无法及时发现并重启。',
      'The image has no HEALTHCHECK (or sets it to NONE), so the platform cannot tell when the service inside stops working.',
    ),
    remediation: t(
      '在 Dockerfile 中添加 HEALTHCHECK 指令，例如 HEALTHCHECK CMD curl -f http://localhost/ || exit 1。',
      'Add a HEALTHCHECK instruction, e.g. HEALTHCHECK CMD curl -f http://localhost/ || exit 1.',
    ),
    image: (facts) => {
      if (!facts.config) return [];
      const test = configOf(facts)?.Healthcheck?.Test ?? [];
      if (test.length > 0 && test[0] !== 'NONE') return [];
      return [
        {
          location: { configKey: 'config.Healthcheck' },
          evidence: test[0] === 'NONE' ? 'HEALTHCHECK NONE' : 'Healthcheck: (not set)',
        },
      ];
    },
  },
  {
    ruleId: 'image-exposed-remote-login-port',
    level: 'high',
    title: t('镜像暴露远程登录端口', 'A remote login port is exposed'),
    category: CATEGORY.image,
    description: t(
      '镜像声明暴露 SSH（22）、Telnet（23）、RDP（3389）或 VNC（5900）等远程登录端口，增加了被暴力破解和未授权访问的风险。',
      'The image exposes a remote login port such as SSH (22), Telnet (23), RDP (3389) or VNC (5900), inviting brute force and unauthorised access.',
    ),
    remediation: t(
      '移除对应的 EXPOSE 指令，通过 kubectl exec / docker exec 等方式运维容器，不在容器内运行远程登录服务。',
      'Remove the EXPOSE instruction and operate containers with kubectl exec or docker exec instead of a login service inside them.',
    ),
    image: exposed(REMOTE_LOGIN_PORTS),
  },
  {
    ruleId: 'image-exposed-daemon-api-port',
    level: 'high',
    title: t('镜像暴露容器或集群管理接口端口', 'A container or cluster management API port is exposed'),
    category: CATEGORY.image,
    description: t(
      '镜像声明暴露 Docker API（2375/2376）、etcd（2379）、Kubernetes API（6443）或 kubelet（10250/10255）端口，这些接口一旦被访问可直接控制主机或集群。',
      'The image exposes a Docker API (2375/2376), etcd (2379), Kubernetes API (6443) or kubelet (10250/10255) port; whoever reaches it can control the host or cluster.',
    ),
    remediation: t(
      '移除对应的 EXPOSE 指令；管理接口只应监听本地或受 TLS 双向认证保护的内网地址。',
      'Remove the EXPOSE instruction; management APIs should listen locally or behind mutual-TLS on a private network only.',
    ),
    image: exposed(DAEMON_API_PORTS),
  },
  {
    ruleId: 'image-exposed-data-store-port',
    level: 'medium',
    title: t('镜像暴露数据库或缓存服务端口', 'A database or cache port is exposed'),
    category: CATEGORY.image,
    description: t(
      '镜像声明暴露 MySQL（3306）、Redis（6379）、MongoDB（27017）、Elasticsearch（9200）、Memcached（11211）等数据服务端口，若未配置访问控制易导致数据泄露。',
      'The image exposes a data service port such as MySQL (3306), Redis (6379), MongoDB (27017), Elasticsearch (9200) or Memcached (11211); without access control its data leaks.',
    ),
    remediation: t(
      '确认是否确需对外暴露；如需暴露，请开启认证并通过安全组或网络策略限制访问来源。',
      'Expose it only if needed; if so, enable authentication and restrict sources with security groups or network policies.',
    ),
    image: exposed(DATA_STORE_PORTS),
  },
  {
    ruleId: 'cis-4.10-secret-in-env',
    level: 'high',
    cis: '4.10',
    title: t('环境变量中存在明文密钥', 'A secret is stored in an environment variable'),
    category: CATEGORY.image,
    description: t(
      '镜像的环境变量（ENV）中包含密码、令牌或 AccessKey 等敏感信息，任何能拉取镜像的人都可以通过 docker inspect 读取。',
      'An environment variable (ENV) of the image holds a password, token or AccessKey; anyone who can pull the image reads it with docker inspect.',
    ),
    remediation: t(
      '从 Dockerfile 中删除敏感 ENV，改为在运行时通过密钥管理服务（KMS）、Kubernetes Secret 或挂载文件注入，并轮换已泄露的凭据。',
      'Remove the ENV from the Dockerfile, inject the value at run time (KMS, Kubernetes Secret, a mounted file) and rotate the leaked credential.',
    ),
    image: (facts) => {
      const hits: BaselineHit[] = [];
      (configOf(facts)?.Env ?? []).forEach((entry, index) => {
        if (typeof entry !== 'string') return;
        const eq = entry.indexOf('=');
        const name = eq < 0 ? entry : entry.slice(0, eq);
        const value = eq < 0 ? '' : entry.slice(eq + 1);
        if (name.length > 128 || !isSecretName(name) || !isRealSecretValue(value)) return;
        hits.push({ location: { configKey: `config.Env[${index}]` }, evidence: `${clip(name, 64)}=${mask(value)}` });
      });
      return hits;
    },
  },
  {
    ruleId: 'image-sshd-entrypoint',
    level: 'medium',
    title: t('容器启动命令运行 SSH 服务', 'The container starts an SSH server'),
    category: CATEGORY.image,
    description: t(
      '镜像的 Entrypoint 或 Cmd 启动 sshd，容器内运行 SSH 服务会扩大攻击面，并增加密钥与账号管理的负担。',
      'The Entrypoint or Cmd starts sshd; an SSH server in a container widens the attack surface and adds key and account management.',
    ),
    remediation: t(
      '不要在容器内运行 sshd，使用 docker exec / kubectl exec 进行运维。',
      'Do not run sshd in containers; use docker exec or kubectl exec to operate them.',
    ),
    image: (facts) => {
      const config = configOf(facts);
      const hits: BaselineHit[] = [];
      for (const key of ['Entrypoint', 'Cmd'] as const) {
        const argv = config?.[key];
        if (!Array.isArray(argv)) continue;
        const joined = argv
          .filter((a) => typeof a === 'string')
          .join(' ')
          .slice(0, 4096);
        if (/(^|[\s/;&|])sshd(\s|$|;|&)/.test(joined)) {
          hits.push({ location: { configKey: `config.${key}` }, evidence: clip(joined) });
        }
      }
      return hits;
    },
  },
  {
    ruleId: 'image-docker-socket-volume',
    level: 'high',
    title: t('镜像声明挂载 Docker 套接字', 'The image declares the Docker socket as a volume'),
    category: CATEGORY.image,
    description: t(
      '镜像的 VOLUME 包含 /var/run/docker.sock，挂载后容器可以完全控制宿主机上的 Docker 守护进程。',
      'A VOLUME of the image is /var/run/docker.sock; once mounted, the container fully controls the host Docker daemon.',
    ),
    remediation: t(
      '删除该 VOLUME 声明，确需访问容器引擎时使用受限的代理并严格授权。',
      'Remove the VOLUME; if engine access is required, use a restricted proxy with strict authorisation.',
    ),
    image: (facts) =>
      Object.keys(configOf(facts)?.Volumes ?? {})
        .filter((v) => /^\/?(var\/)?run\/docker\.sock\/?$/.test(v))
        .map((v) => ({ location: { configKey: `config.Volumes.${v}` }, evidence: `VOLUME ${v}` })),
  },
];
