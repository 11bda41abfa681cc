import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import type { KmsKey } from '@/api/contract/signing';
import { useCan } from '@/api/resources/ram';
import { keyQueries, useDisableKey, useEnableKey, useGetPublicKey } from '@/api/resources/signing';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { downloadFile } from '@/lib/download';
import { useT } from '@/lib/i18n';
import { CreateKeyModal } from './create-key-modal';
import { keyColumns } from './key-columns';
import { KeyUsageDrawer } from './key-usage-drawer';

/** 密钥管理: the region's keys, 创建密钥, and per key 下载公钥, 禁用/启用 and 使用记录. */
export function KeysTab({ regionId }: { regionId: string }) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const keys = useQuery(keyQueries.list(regionId));
  const createModal = useModalState<never>();
  const usage = useModalState<KmsKey>();
  const { mutateAsync: enable } = useEnableKey();
  const { mutateAsync: disable } = useDisableKey();
  const { mutateAsync: getPublicKey } = useGetPublicKey();

  const canCreate = useCan('CreateKey', { RegionId: regionId });
  const columns = useMemo(
    () =>
      keyColumns(t, {
        onDownload: (key) =>
          getPublicKey({ KeyId: key.KeyId }).then((res) => {
            const file = `${res.KeyId}.pem`;
            downloadFile(file, res.PublicKey, 'application/x-pem-file');
            void message.success(t('signing.keys.downloaded', { file }));
          }, showError),
        onToggle: (key) => {
          const enabling = key.KeyState === 'Disabled';
          return (enabling ? enable : disable)({ KeyId: key.KeyId }).then(
            () =>
              void message.success(
                t(enabling ? 'signing.keys.enabled-done' : 'signing.keys.disabled-done', { keyId: key.KeyId }),
              ),
            showError,
          );
        },
        onUsage: (key) => usage.show(key),
      }),
    [t, getPublicKey, enable, disable, usage.show, message, showError],
  );

  return (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <PermissionButton
          type="primary"
          icon={<PlusOutlined />}
          permission={canCreate}
          onClick={() => createModal.show()}
        >
          {t('signing.keys.create')}
        </PermissionButton>
        <Typography.Text type="secondary">{t('signing.keys.region', { region: regionId })}</Typography.Text>
      </Flex>
      {keys.isError ? (
        <ErrorResult error={keys.error} onRetry={() => keys.refetch()} />
      ) : (
        <Table<KmsKey>
          rowKey="KeyId"
          columns={columns}
          dataSource={keys.data?.Keys}
          loading={keys.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: keys.isPending ? (
              ' '
            ) : (
              <EmptyState
                title={t('signing.keys.empty.title')}
                description={t('signing.keys.empty.description')}
                action={
                  <PermissionButton
                    type="primary"
                    icon={<PlusOutlined />}
                    permission={canCreate}
                    onClick={() => createModal.show()}
                  >
                    {t('signing.keys.create')}
                  </PermissionButton>
                }
              />
            ),
          }}
        />
      )}
      <CreateKeyModal key={createModal.key} regionId={regionId} open={createModal.open} onClose={createModal.hide} />
      <KeyUsageDrawer
        key={`usage-${usage.key}`}
        regionId={regionId}
        target={usage.record}
        open={usage.open}
        onClose={usage.hide}
      />
    </>
  );
}
