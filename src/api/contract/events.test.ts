import { describe, expect, it } from 'vitest';
import { isLoopbackHost, notifySchemeOk } from './events';

describe('notification address schemes', () => {
  it('takes the scheme each method needs', () => {
    expect(notifySchemeOk('https://oapi.dingtalk.com/robot/send?access_token=x', 'https', true)).toBe(true);
    expect(notifySchemeOk('http://hooks.example.com/acr', 'http', false)).toBe(true);
    expect(notifySchemeOk('https://hooks.example.com/acr', 'https', false)).toBe(true);
    expect(notifySchemeOk('http://hooks.example.com/acr', 'https', false)).toBe(false);
    expect(notifySchemeOk('ftp://hooks.example.com/acr', 'http', false)).toBe(false);
  });

  it('lets DingTalk use http:// on a loopback host only (a local test robot)', () => {
    expect(notifySchemeOk('http://127.0.0.1:18080/robot/send?access_token=t', 'https', true)).toBe(true);
    expect(notifySchemeOk('http://localhost:9000/robot/send', 'https', true)).toBe(true);
    expect(notifySchemeOk('http://[::1]:9000/robot/send', 'https', true)).toBe(true);
    expect(notifySchemeOk('http://oapi.dingtalk.com/robot/send', 'https', true)).toBe(false);
    expect(notifySchemeOk('http://127.0.0.1:18080/hook', 'https', false)).toBe(false);
    expect(notifySchemeOk('http://127.0.0.1.evil.com/robot', 'https', true)).toBe(false);
  });

  it('knows loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.8.9.10', 'localhost', 'app.localhost', '::1', '[::1]'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['128.0.0.1', 'localhost.example.com', '10.0.0.1', '0.0.0.0'])
      expect(isLoopbackHost(host)).toBe(false);
  });
});
