/** Why a tag filter (scan rules, event rules) would be rejected, in the console's words. */
import {
  checkTagPattern,
  TAG_PATTERN_MAX_LENGTH,
  TAG_PATTERN_MAX_UNBOUNDED,
  type TagPatternProblem,
} from '@/api/contract/tag-pattern';
import type { MessageKey, TFunction } from './i18n';

const PATTERN_PROBLEM: Record<TagPatternProblem, MessageKey> = {
  required: 'scan-rules.field.filter.required',
  'too-long': 'scan-rules.field.filter.too-long',
  invalid: 'scan-rules.field.filter.invalid',
  'nested-quantifier': 'scan-rules.field.filter.nested-quantifier',
  backreference: 'scan-rules.field.filter.backreference',
  'too-complex': 'scan-rules.field.filter.too-complex',
};

/** The readable reason the backend would reject a tag filter, if it would. */
export function patternProblem(t: TFunction, pattern: string): string | undefined {
  const problem = checkTagPattern(pattern);
  if (problem === null) return undefined;
  if (problem !== 'invalid')
    return t(PATTERN_PROBLEM[problem], {
      max: problem === 'too-complex' ? TAG_PATTERN_MAX_UNBOUNDED : TAG_PATTERN_MAX_LENGTH,
    });
  let reason = '';
  try {
    new RegExp(pattern);
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  return t('scan-rules.field.filter.invalid', { reason });
}
