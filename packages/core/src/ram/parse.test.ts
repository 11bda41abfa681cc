import { describe, expect, it } from 'vitest';
import { parseRamPolicy } from './parse';

describe('parseRamPolicy', () => {
  it('normalises single strings to lists', () => {
    const result = parseRamPolicy(
      JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: 'cr:Get*', Resource: '*' }] }),
    );
    expect(result).toEqual({
      ok: true,
      document: { Version: '1', Statement: [{ Effect: 'Allow', Action: ['cr:Get*'], Resource: ['*'] }] },
    });
  });

  it('reports every problem with its path, in both languages', () => {
    const result = parseRamPolicy(
      JSON.stringify({
        Version: '2',
        Statement: [
          { Effect: 'Permit', Action: ['cr:Get*', 'GetRepository'], Resource: 'arn:aws:s3:::x' },
          { Effect: 'Deny', Action: [], Resource: '*', Condition: { Regex: { k: 'v' } } },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual([
      'Version',
      'Statement[0].Effect',
      'Statement[0].Action[1]',
      'Statement[0].Resource',
      'Statement[1].Action',
      'Statement[1].Condition.Regex',
    ]);
    expect(result.problems[0]?.message['zh-CN']).toContain('Version');
    expect(result.problems[0]?.message['en-US']).toBe('Version must be "1"');
  });

  it('rejects bad JSON, non-objects, empty statements and unknown fields', () => {
    expect(parseRamPolicy('{"Version":"1",').ok).toBe(false);
    expect(parseRamPolicy('[]').ok).toBe(false);
    expect(parseRamPolicy('{"Version":"1","Statement":[]}').ok).toBe(false);
    const unknown = parseRamPolicy(
      JSON.stringify({ Version: '1', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Principal: '*' }] }),
    );
    expect(unknown.ok ? [] : unknown.problems.map((p) => p.path)).toEqual(['Statement[0].Principal']);
  });

  it('refuses documents over the RAM size limit', () => {
    const huge = JSON.stringify({
      Version: '1',
      Statement: [{ Effect: 'Allow', Action: Array(800).fill('cr:GetRepository'), Resource: '*' }],
    });
    expect(parseRamPolicy(huge).ok).toBe(false);
  });
});
