import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Flex, Table, Typography } from 'antd';
import type { SigningWitness } from '@/api/contract/signing';
import { usePermissions } from '@/api/resources/ram';
import { keyQueries, useDeleteWitness, witnessQueries } from '@/api/resources/signing';
import { CopyableText } from '@/components/copyable-text';
import { DeleteConfirm } from '@/components/delete-confirm';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { formatTime, shortHash } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { keyStateLabel } from './labels';
import { WitnessFormModal } from './witness-form-modal';

interface WitnessesTabProps {
  regionId: string;
  instanceId: string;
  onGoTo: (tab: 'keys') => void;
}

/** 证明者: named keys of the instance, 创建证明者 and 删除. */
export function WitnessesTab({ regionId, instanceId, onGoTo }: WitnessesTabProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const witnesses = useQuery(witnessQueries.list(instanceId));
  const keys = useQuery(keyQueries.list(regionId));
  const remove = useDeleteWitness();
  const form = useModalState<never>();
  const noKey = keys.isSuccess && !keys.data.Keys.some((k) => k.KeyState === 'Enabled');

  const scope = { InstanceId: instanceId };
  const [canCreate, canDelete] = usePermissions([
    { action: 'CreateSigningWitness', params: scope },
    { action: 'DeleteSigningWitness', params: scope },
  ]);
  const createButton = (
    <PermissionButton type="primary" icon={<PlusOutlined />} permission={canCreate} onClick={() => form.show()}>
      {t('signing.witnesses.create')}
    </PermissionButton>
  );
  const empty = noKey ? (
    <EmptyState
      title={t('signing.witnesses.need-key.title')}
      description={t('signing.witnesses.need-key.description')}
      action={
        <Button type="primary" onClick={() => onGoTo('keys')}>
          {t('signing.go-keys')}
        </Button>
      }
    />
  ) : (
    <EmptyState
      title={t('signing.witnesses.empty.title')}
      description={t('signing.witnesses.empty.description')}
      action={createButton}
    />
  );

  return (
    <>
      <Flex style={{ marginBottom: 16 }}>{createButton}</Flex>
      {witnesses.isError ? (
        <ErrorResult error={witnesses.error} onRetry={() => witnesses.refetch()} />
      ) : (
        <Table<SigningWitness>
          rowKey="WitnessId"
          dataSource={witnesses.data?.Witnesses}
          loading={witnesses.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: witnesses.isPending ? ' ' : empty }}
          columns={[
            {
              key: 'name',
              title: t('signing.witnesses.col.name'),
              render: (_, w) => <Typography.Text strong>{w.WitnessName}</Typography.Text>,
            },
            { key: 'key', title: t('signing.witnesses.col.key'), render: (_, w) => w.KeyId },
            { key: 'spec', title: t('signing.witnesses.col.spec'), render: (_, w) => w.KeySpec },
            {
              key: 'state',
              title: t('signing.witnesses.col.key-state'),
              render: (_, w) => (
                <Badge status={w.KeyState === 'Enabled' ? 'success' : 'default'} text={t(keyStateLabel[w.KeyState])} />
              ),
            },
            {
              key: 'fingerprint',
              title: t('signing.witnesses.col.fingerprint'),
              render: (_, w) => (
                <CopyableText
                  text={w.Fingerprint}
                  display={shortHash(w.Fingerprint)}
                  label={t('signing.witnesses.col.fingerprint')}
                  code
                />
              ),
            },
            {
              key: 'description',
              title: t('signing.witnesses.col.description'),
              render: (_, w) => w.Description || '-',
            },
            { key: 'created', title: t('common.create-time'), render: (_, w) => formatTime(w.CreateTime) },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, w) => (
                <DeleteConfirm
                  title={t('signing.witnesses.delete.title', { name: w.WitnessName })}
                  warning={t('signing.witnesses.delete.warning')}
                  ariaLabel={t('signing.witnesses.delete.aria', { name: w.WitnessName })}
                  permission={canDelete}
                  onConfirm={() =>
                    remove
                      .mutateAsync({ InstanceId: instanceId, WitnessId: w.WitnessId })
                      .then(() => message.success(t('signing.witnesses.deleted', { name: w.WitnessName })), showError)
                  }
                />
              ),
            },
          ]}
        />
      )}
      <WitnessFormModal
        key={form.key}
        regionId={regionId}
        instanceId={instanceId}
        open={form.open}
        onClose={form.hide}
        onGoToKeys={() => {
          form.hide();
          onGoTo('keys');
        }}
      />
    </>
  );
}
