import { describe, expect, it } from 'vitest';
import { violation } from './layer-rules';

describe('layer rules', () => {
  it.each([
    ['src/features/namespaces/namespaces-page.tsx', '@/features/repositories/repo-table', true],
    ['src/features/namespaces/namespaces-page.tsx', '../repositories/repo-table', true],
    ['src/features/namespaces/components/x.tsx', '../namespace-modal', false],
    ['src/features/namespaces/x.tsx', '@/components/page-header', false],
    ['src/features/namespaces/x.tsx', '@/api/resources/namespaces', false],
    ['src/features/namespaces/x.tsx', '@mocks/browser', true],
    ['src/features/namespaces/x.tsx', '@acr-console/core', true],
    ['src/components/x.tsx', '@/api/resources/namespaces', true],
    ['src/components/x.tsx', '@/api/contract/names', false],
    ['src/api/resources/x.ts', '@/features/a/b', true],
    ['src/api/contract/x.ts', '../client', true],
    ['mocks/services/x.ts', '@/api/contract/actions', false],
    ['mocks/services/x.ts', '@/components/x', true],
    ['mocks/services/x.ts', '../../src/features/a/b', true],
    ['mocks/services/x.ts', '@acr-console/core', false],
    ['packages/core/src/image/x.ts', '../../../../src/api/contract/wire', true],
    ['packages/core/src/image/x.ts', '../platform', false],
    ['src/app/router.tsx', '@mocks/browser', true],
    ['src/main.tsx', '@mocks/browser', false],
    ['e2e/specs/a.spec.ts', '../../src/api/client', true],
    ['e2e/specs/a.spec.ts', '../kit/fixtures', false],
  ])('%s importing %s → violation: %s', (from, spec, expected) => {
    expect(violation(from, spec) !== null).toBe(expected);
  });
});

describe('backend test harness', () => {
  it('may use the typed client but no other UI code', () => {
    expect(violation('mocks/testing/api.ts', '@/api/client')).toBeNull();
    expect(violation('mocks/testing/api.ts', '@/features/x/y')).not.toBeNull();
    expect(violation('mocks/services/x.ts', '@/api/client')).not.toBeNull();
  });
});
