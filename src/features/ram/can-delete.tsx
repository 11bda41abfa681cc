import type { ActionName } from '@/api/contract/actions';
import { type PermissionParams, useCan } from '@/api/resources/ram';
import { DeleteConfirm } from '@/components/delete-confirm';

interface CanDeleteProps {
  action: ActionName;
  params?: PermissionParams;
  title: string;
  warning: string;
  ariaLabel?: string;
  onConfirm: () => Promise<unknown>;
  /** Disabled for a reason of its own (e.g. a policy still attached), shown in the tooltip. */
  blockedReason?: string;
}

/** 删除 of a row, disabled with the reason when the identity may not delete (or the row may not be deleted). */
export function CanDelete({ action, params, ...confirm }: CanDeleteProps) {
  return <DeleteConfirm {...confirm} permission={useCan(action, params)} />;
}
