import { Alert, Descriptions, Flex, Result, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ActionResponse } from '@/api/contract/actions';
import type { PolicyReason } from '@/api/contract/policies';
import { paths } from '@/hooks/use-route-params';
import { useLocale, useT } from '@/lib/i18n';
import { policyActionLabel, reasonText } from '@/lib/policy-labels';

interface CheckResultProps {
  result: ActionResponse<'CheckDeployment'>;
  namespace: string;
  /** Where the tag's scan result is, once its repository is known. */
  tagScanLink?: { regionId: string; instanceId: string; repoId: string; tag: string };
}

/** 允许部署 / 拒绝部署 as an admission controller answers, with the reasons, tolerated conditions and counts. */
export function CheckResult({ result, namespace, tagScanLink }: CheckResultProps) {
  const t = useT();
  const locale = useLocale();
  const reasons = (list: PolicyReason[], type: 'error' | 'warning', label: string) =>
    list.length > 0 && (
      <section aria-label={label}>
        <Typography.Text strong>{label}</Typography.Text>
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          {list.map((reason) => (
            <Alert key={reason.Code} type={type} showIcon title={reasonText(reason, locale)} />
          ))}
        </Flex>
      </section>
    );

  return (
    <Flex vertical gap={16}>
      <Result
        status={result.Allowed ? 'success' : 'error'}
        title={t(result.Allowed ? 'policies.check.allowed' : 'policies.check.denied')}
        subTitle={
          <Typography.Text code copyable>
            {result.ImageReference}
          </Typography.Text>
        }
        style={{ padding: '16px 0' }}
      />
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'policy',
            label: t('policies.check.policy'),
            children: result.PolicyId ? (
              <>
                {t('policies.check.policy.of', { namespace })}{' '}
                <Typography.Text type="secondary">({result.PolicyId})</Typography.Text>
              </>
            ) : (
              t('policies.check.no-policy')
            ),
          },
          {
            key: 'action',
            label: t('policies.check.action'),
            children: result.Action ? <Tag color="red">{t(policyActionLabel[result.Action])}</Tag> : '-',
          },
          {
            key: 'scanned',
            label: t('policies.check.scanned'),
            children: result.Scanned ? t('policies.yes') : t('policies.check.unscanned'),
          },
          {
            key: 'digest',
            label: t('policies.check.digest'),
            children: <Typography.Text code>{result.Digest}</Typography.Text>,
          },
          { key: 'counted', label: t('policies.check.counted'), children: result.CountedFindings },
          { key: 'excepted', label: t('policies.check.excepted'), children: result.ExceptedFindings },
        ]}
      />
      {reasons(result.Reasons, 'error', t('policies.check.reasons'))}
      {reasons(result.Tolerated, 'warning', t('policies.check.tolerated'))}
      {tagScanLink && (
        <Link to={paths.tagScan(tagScanLink.regionId, tagScanLink.instanceId, tagScanLink.repoId, tagScanLink.tag)}>
          {t('policies.check.scan-link')}
        </Link>
      )}
    </Flex>
  );
}
