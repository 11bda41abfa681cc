import { describe, expect, it } from 'vitest';
import type { EventConfig } from '@/api/contract/events';
import type { EventRuleRecord } from '../store/schema';
import { maskSecret, parseEventConfig, passesThreshold, ruleCovers } from './event-config';

const summary = (High: number, Medium: number, Low: number, Unknown: number) => ({
  HighSeverity: High,
  MediumSeverity: Medium,
  LowSeverity: Low,
  UnknownSeverity: Unknown,
  TotalSeverity: High + Medium + Low + Unknown,
});

const withThreshold = (Severity?: NonNullable<EventConfig['notifyFilter']>['Severity']): EventConfig => ({
  notifyMethod: 'http',
  notifyConfig: { Url: 'http://hooks.test' },
  ...(Severity ? { notifyFilter: { Severity } } : {}),
});

describe('severity threshold', () => {
  it.each([
    [undefined, summary(0, 0, 0, 0), true],
    ['ANY', summary(0, 0, 0, 0), true],
    ['HIGH', summary(0, 5, 5, 5), false],
    ['HIGH', summary(1, 0, 0, 0), true],
    ['MEDIUM', summary(0, 0, 3, 1), false],
    ['MEDIUM', summary(0, 1, 0, 0), true],
    ['MEDIUM', summary(1, 0, 0, 0), true],
    ['LOW', summary(0, 0, 0, 4), false],
    ['LOW', summary(0, 0, 1, 0), true],
    ['UNKNOWN', summary(0, 0, 0, 1), true],
    ['UNKNOWN', summary(0, 0, 0, 0), false],
  ] as const)('%s with %o → %s', (threshold, counts, expected) => {
    expect(passesThreshold(withThreshold(threshold), 'COMPLETE', counts)).toBe(expected);
  });

  it('always notifies a failed scan', () => {
    expect(passesThreshold(withThreshold('HIGH'), 'FAILED', summary(0, 0, 0, 0))).toBe(true);
  });
});

describe('EventConfig', () => {
  it('accepts the documentation example with its trailing comma and drops an empty secret', () => {
    expect(
      parseEventConfig(
        '{"notifyMethod":"http","notifyConfig":{"Url":" http://a.example/x ","Secret":""},"notifyFilter":{},}',
      ),
    ).toEqual({ notifyMethod: 'http', notifyConfig: { Url: 'http://a.example/x' }, notifyFilter: {} });
  });

  it('allows http:// for a DingTalk robot only on a loopback host', () => {
    const config = (Url: string, notifyMethod = 'dingding') => JSON.stringify({ notifyMethod, notifyConfig: { Url } });
    expect(parseEventConfig(config('http://127.0.0.1:8080/robot/send?access_token=t')).notifyConfig.Url).toContain(
      '127.0.0.1',
    );
    expect(parseEventConfig(config('http://localhost:8080/robot/send')).notifyMethod).toBe('dingding');
    expect(() => parseEventConfig(config('http://oapi.dingtalk.com/robot/send'))).toThrow(/EventConfig/);
    expect(() => parseEventConfig(config('http://127.0.0.1:8080/hook', 'https'))).toThrow(/EventConfig/);
  });

  it('keeps the stored secret when its mask comes back', () => {
    const previous = parseEventConfig(
      JSON.stringify({
        notifyMethod: 'dingding',
        notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=t', Secret: 'SECsecret' },
      }),
    );
    const again = parseEventConfig(
      JSON.stringify({ ...previous, notifyConfig: { ...previous.notifyConfig, Secret: maskSecret('SECsecret') } }),
      previous,
    );
    expect(again.notifyConfig.Secret).toBe('SECsecret');
  });
});

describe('rule scope', () => {
  const rule = (fields: Partial<EventRuleRecord>) =>
    ({
      EventScope: 'INSTANCE',
      Namespaces: [],
      RepoNames: [],
      RepoTagFilterPattern: '.*',
      ...fields,
    }) as EventRuleRecord;
  const image = { namespace: 'prod', repoName: 'nginx', tag: 'v1.2' };

  it('covers by instance, namespace, repository and whole-tag regex', () => {
    expect(ruleCovers(rule({}), image)).toBe(true);
    expect(ruleCovers(rule({ EventScope: 'NAMESPACE', Namespaces: ['dev'] }), image)).toBe(false);
    expect(ruleCovers(rule({ EventScope: 'NAMESPACE', Namespaces: ['dev', 'prod'] }), image)).toBe(true);
    expect(ruleCovers(rule({ EventScope: 'REPO', Namespaces: ['prod'], RepoNames: ['redis'] }), image)).toBe(false);
    expect(ruleCovers(rule({ EventScope: 'REPO', Namespaces: ['prod'], RepoNames: ['nginx'] }), image)).toBe(true);
    expect(ruleCovers(rule({ RepoTagFilterPattern: 'v1' }), image)).toBe(false);
    expect(ruleCovers(rule({ RepoTagFilterPattern: 'v1\\..*' }), image)).toBe(true);
  });
});
