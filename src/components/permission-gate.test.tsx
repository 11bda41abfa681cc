import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { anyPermitted, PermissionButton } from './permission-gate';

const REASON =
  '当前身份 auditor 无权限执行 cr:PutScan（资源 acs:cr:cn-hangzhou:1588000000000000:repository/cri-x/prod/nginx）';

describe('PermissionButton', () => {
  it('is enabled, unwrapped and undescribed when allowed (or when no answer is given)', () => {
    for (const permission of [{ allowed: true }, undefined]) {
      const html = renderToStaticMarkup(<PermissionButton permission={permission}>立即扫描</PermissionButton>);
      expect(html).not.toContain('disabled');
      expect(html).not.toContain('data-permission-gate');
      expect(html).not.toContain('aria-describedby');
    }
  });

  it('is disabled and described by the reason, inside a hoverable wrapper, when denied', () => {
    const html = renderToStaticMarkup(
      <PermissionButton permission={{ allowed: false, reason: REASON }}>立即扫描</PermissionButton>,
    );
    expect(html).toMatch(/<button[^>]*disabled/);
    const describedBy = /aria-describedby="([^"]+)"/.exec(html)?.[1];
    expect(describedBy).toBeTruthy();
    expect(html).toContain(`id="${describedBy}"`);
    expect(html).toContain(REASON);
    expect(html).toContain('data-permission-gate');
    // The disabled button lets the hover through to the wrapper that carries the tooltip.
    expect(html).toMatch(/<button[^>]*pointer-events:\s*none/);
  });

  it('is briefly disabled and busy while the answer loads, without a reason', () => {
    const html = renderToStaticMarkup(
      <PermissionButton permission={{ allowed: false, loading: true }}>立即扫描</PermissionButton>,
    );
    expect(html).toMatch(/<button[^>]*disabled/);
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain('aria-describedby');
  });

  it('shows a reason of its own (quota, state) the same way', () => {
    const html = renderToStaticMarkup(
      <PermissionButton permission={{ allowed: true }} blockedReason="配额已满">
        创建命名空间
      </PermissionButton>,
    );
    expect(html).toMatch(/<button[^>]*disabled/);
    expect(html).toContain('配额已满');
  });
});

describe('anyPermitted', () => {
  it('allows when any answer allows, waits while any loads, else gives the first denial', () => {
    const denied = { allowed: false, reason: 'no' };
    expect(anyPermitted([])).toBeUndefined();
    expect(anyPermitted([denied, { allowed: true }])).toEqual({ allowed: true });
    expect(anyPermitted([denied, { allowed: false, loading: true }])).toEqual({ allowed: false, loading: true });
    expect(anyPermitted([denied, { allowed: false, reason: 'other' }])).toBe(denied);
  });
});
