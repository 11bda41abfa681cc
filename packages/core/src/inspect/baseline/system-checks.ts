/** Checks of the operating system release. */
import type { ImageFacts } from '../inspector';
import { type BaselineCheck, type BaselineHit, CATEGORY, t } from './types';

const RELEASE_FILES = [
  'etc/os-release',
  'usr/lib/os-release',
  'etc/alpine-release',
  'etc/debian_version',
  'etc/redhat-release',
];

/** The release file the OS was most likely read from, for a location. */
function releaseFile(facts: ImageFacts): BaselineHit['location'] {
  for (const path of RELEASE_FILES) {
    const file = facts.finalFiles.get(path);
    if (file) return { layer: file.layer, path };
  }
  return {};
}

export const SYSTEM_CHECKS: BaselineCheck[] = [
  {
    ruleId: 'os-end-of-life',
    level: 'high',
    title: t('操作系统版本已停止维护', 'The operating system release is end of life'),
    category: CATEGORY.system,
    description: t(
      '镜像的操作系统版本已超过官方维护期限（EOL），不再获得安全更新，新发现的漏洞将无法修复。',
      'The image’s OS release is past its end of life: it gets no more security updates, and new vulnerabilities stay unfixed.',
    ),
    remediation: t(
      '将基础镜像升级到仍在维护期内的发行版本，并重新构建镜像。',
      'Move the base image to a supported release and rebuild.',
    ),
    image: (facts) =>
      facts.os?.eol
        ? [
            {
              location: releaseFile(facts),
              evidence: `${facts.os.family} ${facts.os.name}, EOL ${facts.os.eolDate ?? 'unknown'}`,
            },
          ]
        : [],
  },
];
