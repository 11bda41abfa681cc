import { describe, expect, it } from 'vitest';
import { signedDigestOf } from './signature-labels';

describe('signedDigestOf', () => {
  const hex = 'ab'.repeat(32);

  it('reads the digest a cosign signature artifact tag signs', () => {
    expect(signedDigestOf(`sha256-${hex}.sig`)).toBe(hex);
  });

  it('leaves every other tag alone', () => {
    for (const tag of [
      '1.25-alpine',
      `sha256-${hex}`,
      `sha256-${hex}.att`,
      `sha256-${hex.slice(2)}.sig`,
      `x-sha256-${hex}.sig`,
    ]) {
      expect(signedDigestOf(tag), tag).toBeUndefined();
    }
  });
});
