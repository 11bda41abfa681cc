import { Descriptions, Divider, Popover, Tag, Typography } from 'antd';
import type { TagSignature, TagSignatureState } from '@/api/contract/signing';
import { formatTime, shortHash } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n';
import { signatureStatusColor, signatureStatusLabel, signedDigestOf } from './signature-labels';

interface TagSignatureCellProps {
  tag: string;
  /** The tag's state from ListRepoTagSignature; undefined while loading (or for a `.sig` artifact). */
  state: TagSignatureState | undefined;
  /** Tags currently pointing at a digest (hex), to say what a `.sig` artifact signs. */
  tagsOfDigest: (digest: string) => string[];
}

/** The 签名 column: 已加签 / 未加签 / 签名无效 with the signatures in a popover, or 签名制品 for `.sig` tags. */
export function TagSignatureCell({ tag, state, tagsOfDigest }: TagSignatureCellProps) {
  const t = useT();
  const signed = signedDigestOf(tag);
  if (signed) {
    const tags = tagsOfDigest(signed);
    return (
      <Popover
        content={
          <div style={{ maxWidth: 360 }}>
            <div>{t('signing.artifact.signs', { digest: signed })}</div>
            <Typography.Text type="secondary">
              {tags.length > 0 ? t('signing.artifact.tags', { tags: tags.join(', ') }) : t('signing.artifact.orphan')}
            </Typography.Text>
          </div>
        }
      >
        <span>
          <Tag color="purple" style={{ cursor: 'default' }}>
            {t('signing.artifact')}
          </Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            sha256:{shortHash(signed)}
          </Typography.Text>
        </span>
      </Popover>
    );
  }
  if (!state) return <Typography.Text type="secondary">-</Typography.Text>;
  const label = t(signatureStatusLabel[state.Status]);
  return (
    <Popover content={<SignatureDetails state={state} />} title={label}>
      <Tag color={signatureStatusColor[state.Status]} style={{ cursor: 'default' }}>
        {label}
      </Tag>
    </Popover>
  );
}

function SignatureDetails({ state }: { state: TagSignatureState }) {
  const t = useT();
  if (state.Signatures.length === 0) return <div style={{ maxWidth: 360 }}>{t('signing.detail.unsigned')}</div>;
  return (
    <div style={{ maxWidth: 420 }}>
      {state.Signatures.map((signature, i) => (
        <div key={signature.Index}>
          {i > 0 && <Divider style={{ margin: '8px 0' }} />}
          <SignatureItem signature={signature} numbered={state.Signatures.length > 1} />
        </div>
      ))}
      {state.VerifyTime !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('signing.detail.verify-time', { time: formatTime(state.VerifyTime) })}
        </Typography.Text>
      )}
    </div>
  );
}

function SignatureItem({ signature, numbered }: { signature: TagSignature; numbered: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Descriptions
      size="small"
      column={1}
      title={numbered ? t('signing.detail.title', { index: signature.Index + 1 }) : undefined}
      items={[
        {
          key: 'witness',
          label: t('signing.detail.witness'),
          children: signature.WitnessName ?? t('signing.unknown-witness'),
        },
        { key: 'key', label: t('signing.detail.key'), children: signature.KeyId ?? '-' },
        { key: 'time', label: t('signing.detail.time'), children: formatTime(signature.SignTime) },
        {
          key: 'fingerprint',
          label: t('signing.detail.fingerprint'),
          children: signature.Fingerprint ? (
            <Typography.Text code title={signature.Fingerprint}>
              {shortHash(signature.Fingerprint)}
            </Typography.Text>
          ) : (
            '-'
          ),
        },
        ...(signature.Valid
          ? []
          : [
              {
                key: 'reason',
                label: t('signing.detail.reason'),
                children: (
                  <Typography.Text type="danger">
                    {signature.ReasonText?.[locale] ?? signature.Reason ?? '-'}
                  </Typography.Text>
                ),
              },
            ]),
      ]}
    />
  );
}
