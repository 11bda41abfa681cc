/** Checks of the build history (`history[].created_by`) and the base-image labels. */
import type { ImageFacts } from '../inspector';
import { isRealSecretValue, isSecretName } from './config-checks';
import { clip, MAX_LINE, mask } from './text';
import { type BaselineCheck, type BaselineHit, CATEGORY, t } from './types';

/** A history step as a Dockerfile instruction: `RUN`, `ADD`, `COPY`, `ENV`, `ARG`, `FROM`… and its text. */
export interface Step {
  index: number;
  instruction: string;
  text: string;
}

const INSTRUCTIONS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/**
 * Reads a `created_by` the way docker (`/bin/sh -c #(nop) ADD …`, `/bin/sh -c apt-get …`, `|2 A=b /bin/sh -c …`)
 * and BuildKit (`RUN /bin/sh -c … # buildkit`, `ADD https://… # buildkit`) write it.
 */
export function parseStep(createdBy: string, index: number): Step {
  let text = createdBy
    .slice(0, MAX_LINE)
    .trim()
    .replace(/\s+# buildkit$/, '');
  const nop = /^\/bin\/sh -c #\(nop\)\s*/.exec(text);
  if (nop) text = text.slice(nop[0].length);
  else if (/^(\|\d+\s|\/bin\/(ba)?sh -c\s)/.test(text)) return { index, instruction: 'RUN', text };
  const word = /^[A-Za-z]+/.exec(text)?.[0]?.toUpperCase() ?? '';
  if (INSTRUCTIONS.has(word)) return { index, instruction: word, text: text.slice(word.length).trim() };
  // Other builders record bare shell commands for RUN steps.
  return { index, instruction: nop ? 'OTHER' : 'RUN', text };
}

const steps = (facts: ImageFacts): Step[] =>
  (facts.config?.history ?? []).flatMap((h, i) =>
    h && typeof h.created_by === 'string' ? [parseStep(h.created_by, i)] : [],
  );

const at = (step: Step, evidence: string): BaselineHit => ({
  location: { configKey: `history[${step.index}].created_by` },
  evidence: clip(evidence),
});

function matchingSteps(instruction: string, test: (text: string) => boolean) {
  return (facts: ImageFacts): BaselineHit[] =>
    steps(facts)
      .filter((s) => s.instruction === instruction && test(s.text))
      .map((s) => at(s, `${s.instruction} ${s.text}`));
}

const UPDATE_ONLY = /\b(apt-get|apt|apk|yum|dnf|microdnf|zypper)\s+(-\S+\s+)*(update|makecache|refresh)\b/;
const INSTALLS = /\b(install|add|upgrade|dist-upgrade)\b/;
const PIPE_TO_SHELL = /\b(curl|wget)\b[^|\n]{0,512}\|\s*(sudo\s+)?(\/usr)?(\/bin\/)?(ba|da|z|k|a)?sh\b/;
const CHMOD_OPEN = /\bchmod\s+(-[A-Za-z]+\s+)*(0?777|a\+rwx|o\+w)(\s|$)/;

/** An image reference without a tag, or with `latest`. */
function isLatest(reference: string): boolean {
  if (reference.includes('@')) return false;
  const name = reference.slice(reference.lastIndexOf('/') + 1);
  const colon = name.lastIndexOf(':');
  return colon < 0 || name.slice(colon + 1) === 'latest';
}

const BASE_LABELS = ['org.opencontainers.image.base.name', 'base.image', 'base-image'];

/** Secret-looking `NAME=value` and `--password value` tokens in a command line (values masked). */
export function secretTokens(text: string): string[] {
  const tokens = text.slice(0, MAX_LINE).split(/\s+/);
  const out: string[] = [];
  tokens.forEach((token, i) => {
    const assign = /^-{0,2}([A-Za-z_][A-Za-z0-9_.-]{0,127})[=](.+)$/.exec(token);
    if (assign?.[1] && assign[2] !== undefined) {
      const value = assign[2].replace(/^["']|["']$/g, '');
      if (isSecretName(assign[1]) && isRealSecretValue(value)) out.push(`${assign[1]}=${mask(value)}`);
      return;
    }
    const flag = /^--(password|passwd|token|secret|api-key|access-key-secret)$/i.exec(token);
    const next = tokens[i + 1];
    if (flag && next && !next.startsWith('-') && isRealSecretValue(next)) out.push(`${token} ${mask(next)}`);
  });
  return out;
}

export const HISTORY_CHECKS: BaselineCheck[] = [
  {
    ruleId: 'cis-4.9-add-remote-url',
    level: 'medium',
    cis: '4.9',
    title: t('使用 ADD 指令下载远程文件', 'ADD fetches a remote URL'),
    category: CATEGORY.image,
    description: t(
      '构建历史中存在 ADD http(s):// 指令，远程文件未经校验直接写入镜像，存在被篡改或中间人攻击的风险。',
      'A build step uses ADD http(s)://: the remote file goes into the image unverified and may be tampered with in transit.',
    ),
    remediation: t(
      '使用 COPY 复制本地文件；如需下载，请在 RUN 中使用 curl 下载并校验 SHA256 摘要。',
      'Use COPY for local files; to download, use curl in a RUN step and verify the SHA-256 digest.',
    ),
    image: matchingSteps('ADD', (text) => /\bhttps?:\/\//i.test(text)),
  },
  {
    ruleId: 'cis-4.7-update-alone',
    level: 'low',
    cis: '4.7',
    title: t('软件源更新指令单独使用', 'A package index update is used alone'),
    category: CATEGORY.packages,
    description: t(
      '构建历史中存在单独执行 apt-get update / apk update 等更新指令的 RUN 步骤，该层会被构建缓存复用，后续安装可能使用过期的软件源而无法获得安全更新。',
      'A RUN step runs apt-get update (apk update, …) on its own; the cached layer is reused, so later installs may use a stale index and miss security fixes.',
    ),
    remediation: t(
      '将更新与安装写在同一条 RUN 指令中，例如 RUN apt-get update && apt-get install -y pkg=版本，并固定软件版本。',
      'Update and install in the same RUN, e.g. RUN apt-get update && apt-get install -y pkg=version, pinning versions.',
    ),
    image: matchingSteps('RUN', (text) => UPDATE_ONLY.test(text) && !INSTALLS.test(text.replace(UPDATE_ONLY, ''))),
  },
  {
    ruleId: 'image-pipe-to-shell',
    level: 'medium',
    title: t('构建时通过管道执行远程脚本', 'A remote script is piped into a shell'),
    category: CATEGORY.image,
    description: t(
      '构建历史中存在 curl … | sh 或 wget … | bash 形式的命令，远程脚本未经校验即被执行，存在供应链投毒风险。',
      'A build step pipes curl or wget output into a shell; the remote script runs unverified, a supply-chain risk.',
    ),
    remediation: t(
      '先下载脚本并校验摘要或签名，再执行；优先使用发行版软件包。',
      'Download the script, verify its digest or signature, then run it; prefer distribution packages.',
    ),
    image: matchingSteps('RUN', (text) => PIPE_TO_SHELL.test(text)),
  },
  {
    ruleId: 'image-chmod-world-writable',
    level: 'low',
    title: t('构建时将文件权限设置为所有人可写', 'A build step makes files world-writable'),
    category: CATEGORY.permissions,
    description: t(
      '构建历史中存在 chmod 777 / chmod o+w 等命令，任意用户均可修改相关文件。',
      'A build step runs chmod 777 or chmod o+w, letting any user modify the files.',
    ),
    remediation: t(
      '按最小权限原则设置权限（如 755/644），并通过 chown 将文件归属到运行用户。',
      'Grant the least permissions needed (e.g. 755/644) and chown the files to the runtime user.',
    ),
    image: matchingSteps('RUN', (text) => CHMOD_OPEN.test(text)),
  },
  {
    ruleId: 'cis-4.2-latest-base-image',
    level: 'low',
    cis: '4.2',
    title: t('基础镜像使用 latest 标签', 'The base image is referenced by the latest tag'),
    category: CATEGORY.image,
    description: t(
      '基础镜像使用 latest 标签或未指定标签，构建结果不可复现，且无法确认基础镜像来源是否可信。',
      'The base image is referenced by latest (or no tag): builds are not reproducible and the base cannot be traced to a trusted version.',
    ),
    remediation: t(
      '在 FROM 中使用来自可信仓库的固定版本标签或摘要，例如 FROM alpine:3.20@sha256:…。',
      'Use a fixed tag or digest from a trusted registry in FROM, e.g. FROM alpine:3.20@sha256:….',
    ),
    image: (facts) => {
      const hits: BaselineHit[] = [];
      const labels = facts.config?.config?.Labels ?? {};
      for (const key of BASE_LABELS) {
        const value = labels[key];
        if (typeof value === 'string' && value.trim() !== '' && isLatest(value.trim())) {
          hits.push({ location: { configKey: `config.Labels.${key}` }, evidence: clip(`${key}=${value}`) });
        }
      }
      for (const step of steps(facts)) {
        const ref = step.instruction === 'FROM' ? /^(--\S+\s+)*(\S+)/.exec(step.text)?.[2] : undefined;
        if (ref && ref !== 'scratch' && !ref.includes('$') && isLatest(ref)) hits.push(at(step, `FROM ${step.text}`));
      }
      return hits;
    },
  },
  {
    ruleId: 'cis-4.10-secret-in-history',
    level: 'high',
    cis: '4.10',
    title: t('构建历史中存在明文密钥', 'A secret is stored in the build history'),
    category: CATEGORY.image,
    description: t(
      '构建历史（ARG、ENV 或 RUN 命令）中包含密码、令牌或 AccessKey，任何能拉取镜像的人都可以通过 docker history 读取。',
      'The build history (ARG, ENV or RUN) holds a password, token or AccessKey; anyone who can pull the image reads it with docker history.',
    ),
    remediation: t(
      '使用 BuildKit 的 --mount=type=secret 传递构建密钥，不要通过 ARG/ENV 或命令行参数传递，并轮换已泄露的凭据。',
      'Pass build secrets with BuildKit --mount=type=secret, never through ARG/ENV or command lines, and rotate the leaked credential.',
    ),
    image: (facts) =>
      steps(facts).flatMap((step) => {
        const found = secretTokens(step.text);
        return found.length > 0 ? [at(step, `${step.instruction} ${found.slice(0, 3).join(' ')}`)] : [];
      }),
  },
];
