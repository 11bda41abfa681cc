import { describe, expect, it } from 'vitest';
import { SIGNATURE_PROBLEMS } from '@/api/contract/signing';
import { type Locale, type MessageKey, type MessageVars, translate } from '@/lib/i18n';
import { keyUsageDetailText } from './labels';

const tFor = (locale: Locale) => (key: MessageKey, vars?: MessageVars) => translate(locale, key, vars);

describe('使用记录 说明', () => {
  it('reads the backend’s codes as words in both languages', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const texts = [...SIGNATURE_PROBLEMS, 'KEY_DISABLED'].map((code) => keyUsageDetailText(tFor(locale), code));
      for (const [i, text] of texts.entries()) expect(text).not.toBe([...SIGNATURE_PROBLEMS, 'KEY_DISABLED'][i]);
      expect(new Set(texts).size).toBe(texts.length);
    }
    expect(keyUsageDetailText(tFor('zh-CN'), 'BAD_SIGNATURE')).toBe('签名与签名载荷不匹配');
  });

  it('shows any other note as sent', () => {
    const t = tFor('zh-CN');
    for (const note of ['cri-abc123', 'OperationError: key unusable', 'constructor']) {
      expect(keyUsageDetailText(t, note)).toBe(note);
    }
  });
});
