import { Button, type ButtonProps, Tooltip } from 'antd';
import { type CSSProperties, type ReactNode, useId, useRef } from 'react';

/**
 * Whether the current identity may use a control: what `useCan` answers, passed in by the feature (shared
 * components never ask the API themselves). `loading` is the answer still on its way.
 */
export interface PermissionState {
  allowed: boolean;
  loading?: boolean;
  /** Why not, in the current language; shown in the tooltip and exposed to assistive technology. */
  reason?: string;
}

export interface GateState {
  /** Whether the control must be disabled: denied, blocked for a reason of its own, or waiting for the answer. */
  disabled: boolean;
  /** Give this to the control: it points at the (visually hidden) reason, when there is one. */
  'aria-describedby'?: string;
  /** Give this to the control: set while the answer is still on its way. */
  'aria-busy'?: boolean;
  /** Give this to the control: a disabled control receives no pointer events, so the wrapping span gets them. */
  style?: CSSProperties;
}

interface PermissionGateProps {
  permission?: PermissionState;
  /** Disabled for a reason of the feature's own (e.g. a policy still attached), shown the same way. */
  blockedReason?: string;
  /** Disabled by the feature without a reason to show (e.g. a form still invalid). */
  disabled?: boolean;
  /** Renders the control with the state it must take. */
  children: (gate: GateState) => ReactNode;
  /** Style of the wrapping span (it is inline-block, so it keeps the control's layout). */
  wrapperStyle?: CSSProperties;
}

const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * Disables a control the identity may not use, with the reason in a tooltip. The tooltip sits on a wrapping span
 * because disabled controls get no hover events, and the reason is also linked to the control through
 * `aria-describedby`, so screen readers announce why it is disabled.
 *
 * While the answer loads the control is briefly disabled (`aria-busy`), so nothing can be clicked that the
 * backend would refuse; the answer comes in one batched call, and the main account is never asked.
 */
export function PermissionGate({ permission, blockedReason, disabled, children, wrapperStyle }: PermissionGateProps) {
  const id = useId();
  const loading = permission?.loading === true;
  const denied = permission !== undefined && !permission.allowed && !loading;
  const reason = denied ? (permission?.reason ?? blockedReason) : blockedReason;
  const off = Boolean(disabled) || loading || denied || Boolean(blockedReason);
  const control = children({
    disabled: off,
    'aria-describedby': reason ? id : undefined,
    'aria-busy': loading || undefined,
    style: off && reason ? { pointerEvents: 'none' } : undefined,
  });
  if (!reason) return <>{control}</>;
  return (
    <Tooltip title={reason}>
      <span
        data-permission-gate=""
        style={{ display: 'inline-block', cursor: off ? 'not-allowed' : undefined, ...wrapperStyle }}
      >
        {control}
        <span id={id} style={HIDDEN}>
          {reason}
        </span>
      </span>
    </Tooltip>
  );
}

type PermissionButtonProps = ButtonProps & {
  /** What `useCan` answers for the API action the button calls. */
  permission?: PermissionState;
  blockedReason?: string;
};

/** A button disabled, with the reason in a tooltip, when the identity may not do what it does. */
export function PermissionButton({ permission, blockedReason, disabled, style, ...props }: PermissionButtonProps) {
  return (
    <PermissionGate permission={permission} blockedReason={blockedReason} disabled={disabled}>
      {(gate) => (
        <Button
          {...props}
          disabled={gate.disabled}
          aria-describedby={gate['aria-describedby']}
          aria-busy={gate['aria-busy']}
          style={{ ...style, ...gate.style }}
        />
      )}
    </PermissionGate>
  );
}

/** Allowed when any is (e.g. a create whose target is picked later among several); else the first denial. */
export function anyPermitted(permissions: readonly PermissionState[]): PermissionState | undefined {
  if (permissions.length === 0) return undefined;
  if (permissions.some((p) => p.allowed)) return { allowed: true };
  if (permissions.some((p) => p.loading)) return { allowed: false, loading: true };
  return permissions[0];
}

const signature = (p: PermissionState | undefined) =>
  p ? `${p.allowed}|${p.loading ?? false}|${p.reason ?? ''}` : '-';

/**
 * The same array as long as the answers are the same: `useCan` builds fresh objects on every render, and a
 * memoised table column list that depends on them would otherwise be rebuilt on every render.
 */
export function useStablePermissions<T extends readonly (PermissionState | undefined)[]>(permissions: T): T {
  const key = permissions.map(signature).join('\n');
  const ref = useRef<{ key: string; value: T }>({ key, value: permissions });
  if (ref.current.key !== key) ref.current = { key, value: permissions };
  return ref.current.value;
}
