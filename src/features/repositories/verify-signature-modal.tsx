import { Alert, Button, Descriptions, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import type { TagSignature, TagSignatureState } from '@/api/contract/signing';
import { ErrorResult } from '@/components/error-result';
import { formatTime, shortHash } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n';
import { signatureStatusColor, signatureStatusLabel } from './signature-labels';

interface VerifySignatureModalProps {
  tag: string;
  open: boolean;
  /** The VerifyRepoTagSignature call the page started when 验证签名 was clicked. */
  pending: boolean;
  error: unknown;
  state: TagSignatureState | undefined;
  onRetry: () => void;
  onClose: () => void;
}

/** 验证签名: the tag's overall state and how each of its signatures was judged. */
export function VerifySignatureModal({
  tag,
  open,
  pending,
  error,
  state,
  onRetry,
  onClose,
}: VerifySignatureModalProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <Modal
      open={open}
      title={t('signing.verify.title', { tag })}
      onCancel={onClose}
      width={960}
      destroyOnHidden
      footer={<Button onClick={onClose}>{t('signing.close')}</Button>}
    >
      {error ? (
        <ErrorResult error={error} onRetry={onRetry} />
      ) : pending || !state ? (
        <Skeleton active />
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'overall',
                label: t('signing.verify.overall'),
                children: <Tag color={signatureStatusColor[state.Status]}>{t(signatureStatusLabel[state.Status])}</Tag>,
              },
              {
                key: 'digest',
                label: t('signing.verify.digest'),
                children: <Typography.Text code>sha256:{state.Digest}</Typography.Text>,
              },
              { key: 'time', label: t('signing.verify.time'), children: formatTime(state.VerifyTime) },
            ]}
          />
          {state.Signatures.length === 0 ? (
            <Alert type="info" showIcon title={t('signing.verify.none')} />
          ) : (
            <Table<TagSignature>
              rowKey="Index"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={state.Signatures}
              columns={[
                {
                  key: 'result',
                  title: t('signing.verify.col.result'),
                  render: (_, s) =>
                    s.Valid ? (
                      <Tag color="success">{t('signing.verify.valid')}</Tag>
                    ) : (
                      <Tag color="error">{t('signing.verify.invalid')}</Tag>
                    ),
                },
                {
                  key: 'witness',
                  title: t('signing.verify.col.witness'),
                  render: (_, s) => s.WitnessName ?? t('signing.unknown-witness'),
                },
                { key: 'key', title: t('signing.verify.col.key'), render: (_, s) => s.KeyId ?? '-' },
                { key: 'spec', title: t('signing.verify.col.spec'), render: (_, s) => s.KeySpec ?? '-' },
                {
                  key: 'fingerprint',
                  title: t('signing.verify.col.fingerprint'),
                  render: (_, s) =>
                    s.Fingerprint ? (
                      <Typography.Text code title={s.Fingerprint}>
                        {shortHash(s.Fingerprint)}
                      </Typography.Text>
                    ) : (
                      '-'
                    ),
                },
                {
                  key: 'digest',
                  title: t('signing.verify.col.digest'),
                  render: (_, s) =>
                    s.SignedDigest ? (
                      <Typography.Text code title={s.SignedDigest}>
                        sha256:{shortHash(s.SignedDigest)}
                      </Typography.Text>
                    ) : (
                      '-'
                    ),
                },
                {
                  key: 'reason',
                  title: t('signing.verify.col.reason'),
                  width: 280,
                  render: (_, s) =>
                    s.Valid ? (
                      '-'
                    ) : (
                      <Typography.Text type="danger" style={{ whiteSpace: 'normal' }}>
                        {s.ReasonText?.[locale] ?? s.Reason ?? '-'}
                      </Typography.Text>
                    ),
                },
              ]}
            />
          )}
        </>
      )}
    </Modal>
  );
}
