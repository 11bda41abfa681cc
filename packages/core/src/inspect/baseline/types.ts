/** The shape of a baseline check: data (ids, texts, level, CIS item) plus a small detector. */
import type { LayerFile } from '../../types/image';
import type { BaselineLevel, FindingLocation, ImageFacts, InspectedFile, LocalizedText } from '../inspector';

/** Where a detector found something and what it saw (short, safe to show). */
export interface BaselineHit {
  location: FindingLocation;
  evidence?: string;
}

/** A per-file detector: `wants` decides from path and metadata, `detect` reads the file (or its metadata). */
export interface FileDetector {
  wants(path: string, file: LayerFile): 'content' | 'meta' | false;
  /** Never throws on garbage: a file it cannot read yields no hits. */
  detect(input: InspectedFile): BaselineHit[];
}

/** One baseline check. Detectors are pure functions; everything else is data. */
export interface BaselineCheck {
  /** Stable, unique, e.g. `cis-4.1-no-user`, `ssh-permit-root-login`. */
  ruleId: string;
  level: BaselineLevel;
  /** CIS Docker Benchmark v1.6 item (section 4), when the check maps to one. */
  cis?: string;
  title: LocalizedText;
  category: LocalizedText;
  description: LocalizedText;
  remediation: LocalizedText;
  /** Looks at single files as the walk meets them. */
  file?: FileDetector;
  /** Looks at the image as a whole after the walk (config, history, packages, final filesystem). */
  image?(facts: ImageFacts): BaselineHit[];
}

/** A text in both languages. */
export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

/** The categories, as the cloud security center names them. */
export const CATEGORY = {
  image: t('镜像配置', 'Image configuration'),
  accounts: t('账号安全', 'Account security'),
  ssh: t('SSH配置', 'SSH configuration'),
  permissions: t('文件权限', 'File permissions'),
  packages: t('软件包管理', 'Package management'),
  system: t('系统版本', 'System version'),
} as const;
