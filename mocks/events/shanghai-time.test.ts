import { describe, expect, it } from 'vitest';
import { formatAliyunPublishTime, formatShanghaiDateTime, formatShanghaiIso } from './shanghai-time';

describe('Shanghai time formatting', () => {
  it('writes the epoch as 08:00 in Shanghai', () => {
    expect(formatShanghaiDateTime(0)).toBe('1970-01-01 08:00:00');
  });

  it('rolls the day, month and year over at 16:00 UTC', () => {
    expect(formatShanghaiDateTime(Date.UTC(2025, 11, 31, 15, 59, 59))).toBe('2025-12-31 23:59:59');
    expect(formatShanghaiDateTime(Date.UTC(2025, 11, 31, 16, 0, 0))).toBe('2026-01-01 00:00:00');
  });

  it('handles leap days and drops milliseconds in the ACR format', () => {
    expect(formatShanghaiDateTime(Date.UTC(2024, 1, 28, 16, 30, 5, 999))).toBe('2024-02-29 00:30:05');
  });

  it('matches ACR’s own example pairing (BuildCompleted ImageUpdate)', () => {
    // 2021-11-15 20:49:40 in Shanghai is 12:49:40 UTC.
    expect(formatShanghaiDateTime(Date.UTC(2021, 10, 15, 12, 49, 40))).toBe('2021-11-15 20:49:40');
  });

  it('writes ISO 8601 with +08:00 for CloudEvents', () => {
    const ms = Date.UTC(2026, 0, 1, 0, 4, 48, 123);
    expect(formatShanghaiIso(ms)).toBe('2026-01-01T08:04:48+08:00');
    expect(Date.parse(formatShanghaiIso(ms))).toBe(ms - 123);
  });

  it('writes EventBridge’s aliyunpublishtime with millis and PRC', () => {
    expect(formatAliyunPublishTime(Date.UTC(2020, 10, 19, 13, 4, 42, 179))).toBe('2020-11-19T21:04:42.179PRC');
  });
});
