/** CIS Docker Benchmark compliance: pass/fail per item over the baseline checks mapped to it. */
import type { BaselineFinding, LocalizedText } from '../inspector';
import { BASELINE_CHECKS } from './registry';
import { type BaselineCheck, t } from './types';

/** Section 4 items (container images and build file) of the CIS Docker Benchmark v1.6 the checks map to. */
export const CIS_ITEMS: Readonly<Record<string, LocalizedText>> = {
  '4.1': t('确保为容器创建了非 root 用户', 'Ensure that a user for the container has been created'),
  '4.2': t('确保容器使用可信的基础镜像', 'Ensure that containers use only trusted base images'),
  '4.3': t('确保容器中未安装不必要的软件包', 'Ensure that unnecessary packages are not installed in the container'),
  '4.6': t(
    '确保为容器镜像添加了 HEALTHCHECK 指令',
    'Ensure that HEALTHCHECK instructions have been added to container images',
  ),
  '4.7': t('确保 Dockerfile 中未单独使用更新指令', 'Ensure update instructions are not used alone in Dockerfiles'),
  '4.8': t('确保已移除 setuid 和 setgid 权限', 'Ensure setuid and setgid permissions are removed'),
  '4.9': t('确保 Dockerfile 中使用 COPY 而非 ADD', 'Ensure that COPY is used instead of ADD in Dockerfiles'),
  '4.10': t('确保 Dockerfile 中未存储密钥', 'Ensure secrets are not stored in Dockerfiles'),
};

/** The result of one CIS item. */
export interface CisItemResult {
  /** Item number, e.g. `4.1`. */
  cis: string;
  title?: LocalizedText;
  /** Checks mapped to the item. */
  ruleIds: string[];
  /** Those of them with at least one finding. */
  failedRuleIds: string[];
  /** Findings of the item. */
  findings: number;
  status: 'pass' | 'fail';
}

const itemOrder = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

/**
 * Groups baseline findings by CIS item: an item passes when none of the checks mapped to it found anything.
 * Items are listed in benchmark order, each with every check mapped to it (not only the failed ones).
 */
export function baselineCompliance(
  findings: readonly BaselineFinding[],
  checks: readonly BaselineCheck[] = BASELINE_CHECKS,
): CisItemResult[] {
  const items = new Map<string, CisItemResult>();
  for (const check of checks) {
    if (!check.cis) continue;
    const item = items.get(check.cis) ?? {
      cis: check.cis,
      ...(CIS_ITEMS[check.cis] ? { title: CIS_ITEMS[check.cis] } : {}),
      ruleIds: [],
      failedRuleIds: [],
      findings: 0,
      status: 'pass' as const,
    };
    item.ruleIds.push(check.ruleId);
    items.set(check.cis, item);
  }
  for (const finding of findings) {
    const cis = finding.cis ?? checks.find((c) => c.ruleId === finding.ruleId)?.cis;
    const item = cis ? items.get(cis) : undefined;
    if (!item) continue;
    item.findings += 1;
    item.status = 'fail';
    if (!item.failedRuleIds.includes(finding.ruleId)) item.failedRuleIds.push(finding.ruleId);
  }
  return [...items.values()].sort((a, b) => itemOrder(a.cis, b.cis));
}
