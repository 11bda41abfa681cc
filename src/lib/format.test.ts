import { describe, expect, it } from 'vitest';
import { formatTime } from './format';

describe('formatTime', () => {
  it('shows epoch milliseconds as YYYY-MM-DD HH:mm:ss in local time, zero-padded', () => {
    // Built from local fields, so the expectation holds in any time zone the tests run in.
    expect(formatTime(new Date(2024, 0, 5, 3, 4, 5).getTime())).toBe('2024-01-05 03:04:05');
    expect(formatTime(new Date(2025, 11, 31, 23, 59, 59).getTime())).toBe('2025-12-31 23:59:59');
  });

  it('reads the decimal strings the API sends', () => {
    const ms = new Date(2024, 6, 14, 12, 0, 9).getTime();
    expect(formatTime(String(ms))).toBe('2024-07-14 12:00:09');
  });

  it('shows a dash for a missing or unreadable time', () => {
    expect(formatTime(undefined)).toBe('-');
    expect(formatTime('')).toBe('-');
    expect(formatTime('soon')).toBe('-');
  });
});
