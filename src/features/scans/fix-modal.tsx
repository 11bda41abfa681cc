import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Modal, Table, Typography } from 'antd';
import type { FixPackage, FixUnfixable } from '@/api/contract/scan-fix';
import { fixQueries, useCreateRepoTagFixTask } from '@/api/resources/scan-fix';
import { CopyButton } from '@/components/copy-button';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PageLoading } from '@/components/page-loading';
import { describeError } from '@/lib/api-errors';
import { type MessageKey, useT } from '@/lib/i18n';
import type { ScanTarget } from './scan-target';

interface FixModalProps {
  open: boolean;
  target: ScanTarget;
  scanTaskId: string | undefined;
  /** The selected vulnerabilities; empty = every fixable one. */
  cveNames: string[];
  onClose: () => void;
  /** After the fix has started. */
  onStarted: () => void;
}

const reasonKey: Record<FixUnfixable['Reason'], MessageKey> = {
  no_fixed_version: 'fix.reason.no_fixed_version',
  not_os_package: 'fix.reason.not_os_package',
  ecosystem_mismatch: 'fix.reason.ecosystem_mismatch',
};

/** 一键修复: the plan (packages installed → target, the command, the Dockerfile, what stays), then 确定. */
export function FixModal({ open, target, scanTaskId, cveNames, onClose, onStarted }: FixModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const selector = {
    InstanceId: target.instanceId,
    RepoId: target.repoId,
    Tag: target.tag,
    ScanTaskId: scanTaskId,
    ...(cveNames.length ? { CveNames: cveNames } : {}),
  };
  const plan = useQuery({ ...fixQueries.plan(selector), enabled: open, retry: false });
  const create = useCreateRepoTagFixTask();
  const onOk = () =>
    create.mutate(selector, {
      onSuccess: (res) => {
        void message.success(t('fix.started', { tag: res.NewTag }));
        onStarted();
      },
      onError: (error) => void message.error(describeError(t, error).message),
    });

  return (
    <Modal
      open={open}
      title={t('fix.modal.title')}
      width={760}
      okText={t('fix.modal.confirm')}
      cancelText={t('fix.modal.cancel')}
      onOk={onOk}
      onCancel={onClose}
      okButtonProps={{ disabled: !plan.data, loading: create.isPending }}
      destroyOnHidden
    >
      {plan.isPending ? (
        <PageLoading />
      ) : plan.isError ? (
        <ErrorResult error={plan.error} onRetry={() => plan.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          <Alert
            type="info"
            showIcon
            title={
              cveNames.length ? t('fix.modal.scope.selected', { count: cveNames.length }) : t('fix.modal.scope.all')
            }
            description={t('fix.modal.new-tag', { tag: target.tag })}
          />
          <Typography.Text type="secondary">
            {t('fix.modal.os', { os: plan.data.Os, manager: plan.data.PackageManager })}
          </Typography.Text>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('fix.modal.packages')}
          </Typography.Title>
          <Table<FixPackage>
            size="small"
            rowKey="Name"
            pagination={false}
            dataSource={plan.data.Packages}
            scroll={{ y: 220 }}
            columns={[
              { key: 'name', title: t('fix.col.package'), dataIndex: 'Name' },
              { key: 'installed', title: t('fix.col.installed'), dataIndex: 'InstalledVersion' },
              {
                key: 'target',
                title: t('fix.col.target'),
                render: (_, p) => <Typography.Text type="success">{p.TargetVersion}</Typography.Text>,
              },
              { key: 'cves', title: t('fix.col.cves'), render: (_, p) => p.CveNames.join(', ') },
            ]}
          />
          <Snippet title={t('fix.modal.command')} text={plan.data.Command} copyLabel={t('fix.copy.command')} />
          <Snippet title={t('fix.modal.dockerfile')} text={plan.data.Dockerfile} copyLabel={t('fix.copy.dockerfile')} />
          {plan.data.Unfixable.length > 0 && (
            <>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('fix.modal.unfixable')}
              </Typography.Title>
              <Table<FixUnfixable>
                size="small"
                rowKey={(u) => `${u.CveName}|${u.Package}`}
                pagination={false}
                dataSource={plan.data.Unfixable}
                scroll={{ y: 160 }}
                columns={[
                  { key: 'cve', title: t('fix.col.cve'), dataIndex: 'CveName' },
                  { key: 'package', title: t('fix.col.package'), dataIndex: 'Package' },
                  { key: 'reason', title: t('fix.col.reason'), render: (_, u) => t(reasonKey[u.Reason]) },
                ]}
              />
            </>
          )}
        </Flex>
      )}
    </Modal>
  );
}

function Snippet({ title, text, copyLabel }: { title: string; text: string; copyLabel: string }) {
  return (
    <Flex vertical gap={4}>
      <Flex align="center" gap={4}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <CopyButton text={text} label={copyLabel} />
      </Flex>
      <pre
        style={{
          margin: 0,
          padding: 8,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          background: 'rgba(0,0,0,0.04)',
        }}
      >
        {text}
      </pre>
    </Flex>
  );
}
