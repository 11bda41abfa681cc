import { describe, expect, it } from 'vitest';
import { parseReason, REASON_TEMPLATES, type ReasonKind, reason } from '@/api/contract/reasons';
import { type Locale, type MessageKey, type MessageVars, translate } from './i18n';
import { reasonText } from './reason-text';

const tFor = (locale: Locale) => (key: MessageKey, vars?: MessageVars) => translate(locale, key, vars);
const zh = tFor('zh-CN');
const en = tFor('en-US');
const KINDS = Object.keys(REASON_TEMPLATES) as ReasonKind[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Sample values for every placeholder any template has, with separators a lazy match could trip on. */
const SAMPLE: Record<string, string | number> = {
  detail: 'layer 2 is truncated (offset 1024): unexpected EOF',
  used: 51,
  quota: 50,
  status: '502 Bad Gateway',
  errcode: 310000,
  errmsg: 'sign not match, more: [a, b]',
  seconds: 0.02,
  url: 'ftp://example.com/(x).',
  reason: 'unsupported scheme ftp:',
};
const build = (kind: ReasonKind) => (reason as (k: ReasonKind, v: typeof SAMPLE) => string)(kind, SAMPLE);

describe('the backend reasons', () => {
  it.each(KINDS)('%s is read back with its values', (kind) => {
    const parsed = parseReason(build(kind));
    expect(parsed?.kind).toBe(kind);
    const names = placeholders(REASON_TEMPLATES[kind]);
    expect(parsed?.vars).toEqual(Object.fromEntries(names.map((n) => [n as string, String(SAMPLE[n as string])])));
  });

  it.each(KINDS)('%s has a Chinese text with the same placeholders, and English reads as the backend wrote', (kind) => {
    const key = `reason.${kind}` as const;
    expect(placeholders(translate('zh-CN', key))).toEqual(placeholders(REASON_TEMPLATES[kind]));
    expect(reasonText(en, build(kind))).toBe(build(kind));
    const chinese = reasonText(zh, build(kind));
    expect(chinese).not.toBe(build(kind));
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    for (const name of placeholders(REASON_TEMPLATES[kind])) expect(chinese).toContain(String(SAMPLE[name as string]));
  });

  it('keeps the figures and the engine’s own words', () => {
    expect(reasonText(zh, reason('quota-exceeded', { used: 1, quota: 1 }))).toContain('（1/1）');
    expect(reasonText(zh, reason('scan-failed', { detail: 'gzip: invalid header' }))).toBe(
      '扫描失败：gzip: invalid header',
    );
    expect(reasonText(zh, reason('delivery-http', { status: 404 }))).toBe('接收方返回 HTTP 404。');
  });

  it('shows any other text as sent', () => {
    for (const text of ['', 'disk full', 'The scan was stopped by the user', 'constructor', '__proto__']) {
      expect(parseReason(text)).toBeUndefined();
      expect(reasonText(zh, text)).toBe(text);
    }
    expect(parseReason(`${reason('scan-stopped')} <script>`)).toBeUndefined();
  });
});
