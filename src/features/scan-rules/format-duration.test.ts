import { describe, expect, it } from 'vitest';
import { type MessageKey, type MessageVars, translate } from '@/lib/i18n';
import { formatDuration } from './format-duration';

const t = (key: MessageKey, vars?: MessageVars) => translate('zh-CN', key, vars);

describe('formatDuration', () => {
  it('shows seconds below a minute, then minutes and seconds', () => {
    expect(formatDuration(t, 0)).toBe('0 秒');
    expect(formatDuration(t, 4_400)).toBe('4 秒');
    expect(formatDuration(t, 59_600)).toBe('1 分 0 秒');
    expect(formatDuration(t, 125_000)).toBe('2 分 5 秒');
  });

  it('never shows a negative duration', () => {
    expect(formatDuration(t, -3_000)).toBe('0 秒');
  });
});
