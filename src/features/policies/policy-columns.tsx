import type { TableColumnsType } from 'antd';
import { Flex, Switch, Tag, Typography } from 'antd';
import type { DeployPolicy } from '@/api/contract/policies';
import { useCan, usePermissions } from '@/api/resources/ram';
import { DeleteConfirm } from '@/components/delete-confirm';
import { PermissionButton, PermissionGate } from '@/components/permission-gate';
import { formatTime } from '@/lib/format';
import { type TFunction, useT } from '@/lib/i18n';
import { issueLevelLabel, policyActionLabel } from '@/lib/policy-labels';

interface PolicyColumnActions {
  instanceId: string;
  /** Witness id → 证明者 name (ids show as they are until the list loads). */
  witnessName: (id: string) => string;
  /** The policy whose 启用 switch is being saved. */
  togglingId: string | undefined;
  onToggle: (policy: DeployPolicy, enabled: boolean) => void;
  onEdit: (policy: DeployPolicy) => void;
  onDelete: (policy: DeployPolicy) => Promise<unknown>;
}

const dash = <Typography.Text type="secondary">-</Typography.Text>;

/** `高危 ≥ 1`, or 不检查 when the policy has no vulnerability condition. */
export function vulnerabilityCondition(t: TFunction, policy: Pick<DeployPolicy, 'IssueLevel' | 'IssueCount'>) {
  return policy.IssueLevel
    ? t('policies.condition', { level: t(issueLevelLabel[policy.IssueLevel]), count: policy.IssueCount })
    : t('policies.level.none');
}

const yesNo = (t: TFunction, value: boolean) => (value ? t('policies.yes') : t('policies.no'));

export function policyColumns(t: TFunction, actions: PolicyColumnActions): TableColumnsType<DeployPolicy> {
  return [
    { key: 'namespace', title: t('policies.col.namespace'), render: (_, p) => p.NamespaceName },
    {
      key: 'enabled',
      title: t('common.status'),
      render: (_, p) => (
        <Flex align="center" gap={8}>
          <PolicyToggle policy={p} actions={actions} />
          <span>{p.Enabled ? t('policies.enabled') : t('policies.disabled')}</span>
        </Flex>
      ),
    },
    {
      key: 'condition',
      title: t('policies.col.condition'),
      render: (_, p) => (p.IssueLevel ? vulnerabilityCondition(t, p) : dash),
    },
    {
      key: 'signature',
      title: t('policies.col.signature'),
      render: (_, p) =>
        !p.RequireSignature
          ? dash
          : p.Witnesses.length === 0
            ? t('policies.signature.any')
            : p.Witnesses.map((id) => <Tag key={id}>{actions.witnessName(id)}</Tag>),
    },
    { key: 'fixable', title: t('policies.col.only-fixable'), render: (_, p) => yesNo(t, p.OnlyFixable) },
    { key: 'unscanned', title: t('policies.col.block-unscanned'), render: (_, p) => yesNo(t, p.BlockUnscanned) },
    { key: 'logic', title: t('policies.col.logic'), render: (_, p) => p.Logic },
    {
      key: 'action',
      title: t('policies.col.action'),
      render: (_, p) => <Tag color="red">{t(policyActionLabel[p.PolicyAction])}</Tag>,
    },
    { key: 'updated', title: t('policies.col.updated'), render: (_, p) => formatTime(p.UpdateTime) },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, p) => <PolicyActions policy={p} actions={actions} />,
    },
  ];
}

const policyParams = (policy: DeployPolicy, instanceId: string) => ({
  InstanceId: instanceId,
  PolicyId: policy.PolicyId,
  NamespaceName: policy.NamespaceName,
});

/** 启用 switch of a policy: saving it is UpdateDeployPolicy on the policy's namespace. */
function PolicyToggle({ policy: p, actions }: { policy: DeployPolicy; actions: PolicyColumnActions }) {
  const t = useT();
  const can = useCan('UpdateDeployPolicy', policyParams(p, actions.instanceId));
  return (
    <PermissionGate permission={can}>
      {(gate) => (
        <Switch
          size="small"
          checked={p.Enabled}
          loading={actions.togglingId === p.PolicyId}
          disabled={gate.disabled}
          aria-describedby={gate['aria-describedby']}
          aria-busy={gate['aria-busy']}
          style={gate.style}
          aria-label={t('policies.toggle.aria', { namespace: p.NamespaceName })}
          onChange={(checked) => actions.onToggle(p, checked)}
        />
      )}
    </PermissionGate>
  );
}

/** 编辑 and 删除 of a policy, disabled with RAM's reason when the identity may not. */
function PolicyActions({ policy: p, actions }: { policy: DeployPolicy; actions: PolicyColumnActions }) {
  const t = useT();
  const params = policyParams(p, actions.instanceId);
  const [edit, remove] = usePermissions([
    { action: 'UpdateDeployPolicy', params },
    { action: 'DeleteDeployPolicy', params },
  ]);
  return (
    <Flex gap={12}>
      <PermissionButton
        type="link"
        size="small"
        style={{ padding: 0 }}
        aria-label={t('policies.edit.aria', { namespace: p.NamespaceName })}
        permission={edit}
        onClick={() => actions.onEdit(p)}
      >
        {t('common.edit')}
      </PermissionButton>
      <DeleteConfirm
        title={t('policies.delete.title', { namespace: p.NamespaceName })}
        warning={t('policies.delete.warning')}
        ariaLabel={t('policies.delete.aria', { namespace: p.NamespaceName })}
        permission={remove}
        onConfirm={() => actions.onDelete(p)}
      />
    </Flex>
  );
}
