import { describe, expect, it } from 'vitest';
import {
  FIX_INTERRUPTED_REASON,
  fixFailedReason,
  parseFailReason,
  quotaExceededReason,
  SCAN_INTERRUPTED_REASON,
  SCAN_STOPPED_REASON,
  SCAN_TASK_MISSING_REASON,
  scanFailedReason,
} from '@/api/contract/fail-reasons';
import { failReasonText } from './fail-reason-text';
import { type Locale, type MessageKey, type MessageVars, translate } from './i18n';

const tFor = (locale: Locale) => (key: MessageKey, vars?: MessageVars) => translate(locale, key, vars);
const zh = tFor('zh-CN');
const en = tFor('en-US');

describe('the backend reasons a task failed', () => {
  const built = [
    SCAN_STOPPED_REASON,
    SCAN_INTERRUPTED_REASON,
    SCAN_TASK_MISSING_REASON,
    FIX_INTERRUPTED_REASON,
    scanFailedReason('layer 2 is truncated'),
    fixFailedReason('a package to upgrade is not installed: zlib'),
    quotaExceededReason(100, 100),
  ];

  it.each(built)('are recognised and shown in Chinese: %s', (reason) => {
    expect(parseFailReason(reason).kind).not.toBe('other');
    const text = failReasonText(zh, reason);
    expect(text).not.toBe(reason);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('read the same in English as the backend wrote them', () => {
    for (const reason of built) expect(failReasonText(en, reason)).toBe(reason);
  });

  it('keep their figures and the engine’s own words', () => {
    expect(failReasonText(zh, quotaExceededReason(51, 50))).toContain('（51/50）');
    expect(parseFailReason(quotaExceededReason(51, 50))).toEqual({ kind: 'quota-exceeded', used: 51, quota: 50 });
    expect(failReasonText(zh, scanFailedReason('gzip: invalid header'))).toBe('扫描失败：gzip: invalid header');
    expect(failReasonText(zh, fixFailedReason('no fixed version'))).toBe('修复失败：no fixed version');
  });

  it('leave any other text as sent', () => {
    for (const text of ['', 'disk full', 'The scan was stopped by the user', 'constructor', '__proto__']) {
      expect(parseFailReason(text)).toEqual({ kind: 'other', text });
      expect(failReasonText(zh, text)).toBe(text);
    }
    const forged = `${quotaExceededReason(1, 1)} <script>`;
    expect(parseFailReason(forged).kind).toBe('other');
  });
});
