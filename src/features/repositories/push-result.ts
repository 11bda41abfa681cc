import type { ActionResponse } from '@/api/contract/actions';
import type { TFunction } from '@/lib/i18n';

type PushResult = Pick<ActionResponse<'CompleteImageUpload'>, 'Tag' | 'Overwritten' | 'RuleTaskIds'>;

/** The success message of a push: names the tag, and says when AUTO scan rules started scanning it. */
export function pushedMessage(t: TFunction, result: PushResult): string {
  const pushed = t(result.Overwritten ? 'uploads.pushed.overwritten' : 'uploads.pushed', { tag: result.Tag });
  if (result.RuleTaskIds.length === 0) return pushed;
  return t('uploads.pushed.scan-started', { message: pushed, count: result.RuleTaskIds.length });
}

/** Backend errors that belong to the tag field; the rest are shown above the form. */
export const TAG_FIELD_ERRORS = new Set(['TAG_IMMUTABLE', 'TAG_NAME_ILLEGAL']);
