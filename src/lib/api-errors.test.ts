import { describe, expect, it } from 'vitest';
import { BUSINESS_ERRORS, GATEWAY_ERRORS } from '@/api/contract/errors';
import { describeError, isRetryable } from './api-errors';
import { type Locale, type MessageKey, type MessageVars, translate } from './i18n';

/** Shaped like the client's ApiError; lib code must not depend on the client module. */
class FakeApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

const tFor = (locale: Locale) => (key: MessageKey, vars?: MessageVars) => translate(locale, key, vars);

describe('describeError', () => {
  const codes = [...Object.keys(BUSINESS_ERRORS), ...Object.keys(GATEWAY_ERRORS), 'NetworkError', 'InvalidResponse'];

  it.each(codes)('%s has its own readable message in both languages', (code) => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const t = tFor(locale);
      const unknown = describeError(t, new FakeApiError('SOMETHING_ELSE', 'x', 200)).message;
      const info = describeError(t, new FakeApiError(code, 'detail text', 400, 'REQ-1'));
      expect(info.message).not.toBe(unknown);
      expect(info.message).not.toMatch(/\{\w+\}/);
      expect(info).toMatchObject({ code, requestId: 'REQ-1' });
    }
  });

  it('names the duplicate in the reader’s language', () => {
    const error = new FakeApiError('NAMESPACE_ALREADY_EXIST', 'The namespace already exists.', 200);
    expect(describeError(tFor('zh-CN'), error).message).toBe('命名空间已存在，请换一个名称。');
    expect(describeError(tFor('en-US'), error).message).toMatch(/already exists/i);
  });

  it('falls back to the raw message for codes it does not know, and for plain errors', () => {
    expect(describeError(tFor('zh-CN'), new FakeApiError('WEIRD', 'boom', 200)).message).toContain('boom');
    expect(describeError(tFor('en-US'), new Error('plain')).message).toContain('plain');
    expect(describeError(tFor('en-US'), 'a string').code).toBeUndefined();
  });

  it('retries only server faults and throttling, never business answers', () => {
    expect(isRetryable(new FakeApiError('SystemError', '', 500))).toBe(true);
    expect(isRetryable(new FakeApiError('Throttling', '', 429))).toBe(true);
    expect(isRetryable(new FakeApiError('NAMESPACE_NOT_EXIST', '', 200))).toBe(false);
    expect(isRetryable(new FakeApiError('InvalidParameter', '', 400))).toBe(false);
  });
});
