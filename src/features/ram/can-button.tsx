import type { ButtonProps } from 'antd';
import type { ActionName } from '@/api/contract/actions';
import { type PermissionParams, useCan } from '@/api/resources/ram';
import { PermissionButton } from '@/components/permission-gate';

type CanButtonProps = ButtonProps & {
  /** The API action the button calls: the button is disabled, with the reason, when the identity may not. */
  action: ActionName;
  params?: PermissionParams;
};

/** A button that asks RAM first: the shared {@link PermissionButton} with the answer of `useCan`. */
export function CanButton({ action, params, ...props }: CanButtonProps) {
  return <PermissionButton {...props} permission={useCan(action, params)} />;
}

/** The compact link style of row actions (添加权限, 移除权限, …), asking RAM like {@link CanButton}. */
export function CanLink(props: CanButtonProps) {
  return <CanButton type="link" size="small" style={{ padding: 0 }} {...props} />;
}
