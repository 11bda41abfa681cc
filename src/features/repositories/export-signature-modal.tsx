import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { TagSignatureState } from '@/api/contract/signing';
import { signatureQueries } from '@/api/resources/signing';
import { CommandBlock } from '@/components/command-block';
import { ErrorResult } from '@/components/error-result';
import { base64ToBytes, downloadFile } from '@/lib/download';
import { useT } from '@/lib/i18n';

/** What the exported files are called, and the command that checks them. */
export const EXPORT_FILES = { payload: 'payload.json', signature: 'signature.sig', publicKey: 'pub.pem' } as const;
const VERIFY_COMMAND = `openssl dgst -sha256 -verify ${EXPORT_FILES.publicKey} -signature ${EXPORT_FILES.signature} ${EXPORT_FILES.payload}`;

interface ExportSignatureModalProps {
  instanceId: string;
  repoId: string;
  tag: string;
  state: TagSignatureState | undefined;
  open: boolean;
  onClose: () => void;
}

/** 导出签名: the signed payload, the signature and the public key as files, and the OpenSSL command for them. */
export function ExportSignatureModal({ instanceId, repoId, tag, state, open, onClose }: ExportSignatureModalProps) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const exported = useQuery({
    ...signatureQueries.export({ InstanceId: instanceId, RepoId: repoId, Tag: tag, Index: index }),
    enabled: open,
  });
  const signatures = state?.Signatures ?? [];
  const data = exported.data;

  return (
    <Modal
      open={open}
      title={t('signing.export.title', { tag })}
      onCancel={onClose}
      width={720}
      destroyOnHidden
      footer={<Button onClick={onClose}>{t('signing.close')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('signing.export.description')}</Typography.Paragraph>
      {signatures.length > 1 && (
        <Flex align="center" gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text>{t('signing.export.index')}</Typography.Text>
          <Select
            value={index}
            onChange={setIndex}
            style={{ minWidth: 320 }}
            options={signatures.map((s) => ({
              value: s.Index,
              label: `#${s.Index + 1} · ${s.WitnessName ?? s.KeyId ?? ''}`,
            }))}
          />
        </Flex>
      )}
      {exported.isError ? (
        <ErrorResult error={exported.error} onRetry={() => exported.refetch()} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph>
            {t('signing.export.artifact', { sigTag: data.SignatureTag })}
            {data.KeyId && (
              <>
                <br />
                {t('signing.export.key', { keyId: data.KeyId, spec: data.KeySpec ?? '-' })}
              </>
            )}
          </Typography.Paragraph>
          <Flex gap={8} wrap style={{ marginBottom: 16 }}>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => downloadFile(EXPORT_FILES.payload, base64ToBytes(data.Payload), 'application/json')}
            >
              {t('signing.export.payload')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              onClick={() => downloadFile(EXPORT_FILES.signature, base64ToBytes(data.Signature))}
            >
              {t('signing.export.signature')}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              disabled={!data.PublicKey}
              onClick={() => downloadFile(EXPORT_FILES.publicKey, data.PublicKey, 'application/x-pem-file')}
            >
              {t('signing.export.public-key')}
            </Button>
          </Flex>
          {!data.PublicKey && (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('signing.export.no-public-key')} />
          )}
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('signing.export.command')}</Typography.Paragraph>
          <CommandBlock commands={[VERIFY_COMMAND]} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('signing.export.expect')}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
