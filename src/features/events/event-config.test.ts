import { describe, expect, it } from 'vitest';
import { EventConfigSchema } from '@/api/contract/events';
import { buildEventConfig, shortenTarget } from './event-config';

describe('buildEventConfig', () => {
  it('writes a DingTalk config with its secret and no envelope', () => {
    const text = buildEventConfig({
      method: 'dingding',
      url: ' https://oapi.dingtalk.com/robot/send?access_token=abc ',
      secret: 'SEC123',
      envelope: 'cloudevents',
      retries: 2,
      severity: 'HIGH',
    });
    expect(JSON.parse(text)).toEqual({
      notifyMethod: 'dingding',
      notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=abc', Secret: 'SEC123' },
      notifyFilter: { Severity: 'HIGH' },
      retry: { Retries: 2 },
    });
    expect(EventConfigSchema.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('leaves a blank secret out (kept by the backend) and keeps the HTTP envelope', () => {
    const parsed = JSON.parse(
      buildEventConfig({ method: 'http', url: 'http://h/hook', secret: ' ', envelope: 'plain', retries: 0 }),
    );
    expect(parsed).toEqual({
      notifyMethod: 'http',
      notifyConfig: { Url: 'http://h/hook' },
      retry: { Retries: 0 },
      envelope: 'plain',
    });
  });
});

describe('shortenTarget', () => {
  it('shortens a DingTalk access token and leaves other addresses alone', () => {
    expect(shortenTarget('https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef')).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=01234567…',
    );
    expect(shortenTarget('http://127.0.0.1:8080/hook')).toBe('http://127.0.0.1:8080/hook');
  });
});
