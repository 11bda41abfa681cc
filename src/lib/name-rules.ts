/**
 * antd form rules built on the contract's naming checks, so a form rejects exactly what the backend rejects
 * and says why.
 */
import type { FormRule } from 'antd';
import { checkNamespaceName, checkRepoName, type NameProblem } from '@/api/contract/names';
import type { MessageKey, TFunction } from './i18n';

export type NameKind = 'namespace' | 'repo';

const checks: Record<NameKind, (name: string) => NameProblem | null> = {
  namespace: checkNamespaceName,
  repo: checkRepoName,
};

const badChars: Record<NameKind, MessageKey> = {
  namespace: 'names.bad-chars.namespace',
  repo: 'names.bad-chars.repo',
};

export function nameProblemMessage(
  t: TFunction,
  kind: NameKind,
  problem: NameProblem,
  field: string,
  limits: { min: number; max: number },
): string {
  const messages: Record<NameProblem, () => string> = {
    required: () => t('names.required', { field }),
    'too-short': () => t('names.too-short', { field, min: limits.min }),
    'too-long': () => t('names.too-long', { field, max: limits.max }),
    'bad-chars': () => t(badChars[kind]),
    'bad-edge': () => t('names.bad-edge'),
    'bad-separator': () => t('names.bad-separator'),
  };
  return messages[problem]();
}

/** One rule that runs the contract check on every change and reports the first problem. */
export function nameRule(t: TFunction, kind: NameKind, field: string, limits: { min: number; max: number }): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const problem = checks[kind](typeof value === 'string' ? value : '');
      return problem
        ? Promise.reject(new Error(nameProblemMessage(t, kind, problem, field, limits)))
        : Promise.resolve();
    },
  };
}
