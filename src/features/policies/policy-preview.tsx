import type { TableColumnsType } from 'antd';
import { Alert, Collapse, Flex, Table, Typography } from 'antd';
import type { ActionResponse } from '@/api/contract/actions';
import type { PolicyPreviewTag } from '@/api/contract/policies';
import { type Locale, type TFunction, useLocale, useT } from '@/lib/i18n';
import { reasonText } from '@/lib/policy-labels';

/** 预览: "将阻断 N 个镜像 / 共 M 个", the blocked tags with every reason, and the allowed ones collapsed. */
export function PolicyPreview({ result }: { result: ActionResponse<'PreviewDeployPolicy'> }) {
  const t = useT();
  const locale = useLocale();
  const columns = previewColumns(t, locale);
  return (
    <Flex vertical gap={12}>
      <Alert
        type={result.Blocked.length > 0 ? 'warning' : 'success'}
        showIcon
        title={t('policies.preview.summary', { blocked: result.Blocked.length, total: result.TotalCount })}
      />
      <Typography.Text strong>{t('policies.preview.blocked', { count: result.Blocked.length })}</Typography.Text>
      <section aria-label={t('policies.preview.blocked.aria')}>
        <Table<PolicyPreviewTag>
          rowKey={(row) => `${row.RepoName}:${row.Tag}`}
          size="small"
          columns={columns}
          dataSource={result.Blocked}
          pagination={result.Blocked.length > 10 ? { pageSize: 10, size: 'small' } : false}
          locale={{ emptyText: t('policies.preview.none-blocked') }}
        />
      </section>
      <Collapse
        size="small"
        items={[
          {
            key: 'allowed',
            label: t('policies.preview.allowed', { count: result.Allowed.length }),
            children: (
              <Table<PolicyPreviewTag>
                rowKey={(row) => `${row.RepoName}:${row.Tag}`}
                size="small"
                columns={columns}
                dataSource={result.Allowed}
                pagination={result.Allowed.length > 10 ? { pageSize: 10, size: 'small' } : false}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}

function previewColumns(t: TFunction, locale: Locale): TableColumnsType<PolicyPreviewTag> {
  return [
    { key: 'repo', title: t('policies.preview.col.repo'), render: (_, row) => row.RepoName },
    { key: 'tag', title: t('policies.preview.col.tag'), render: (_, row) => row.Tag },
    {
      key: 'reasons',
      title: t('policies.preview.col.reasons'),
      render: (_, row) =>
        row.Reasons.length === 0 ? (
          <Typography.Text type="secondary">-</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            {row.Reasons.map((reason) => (
              <span key={reason.Code}>{reasonText(reason, locale)}</span>
            ))}
          </Flex>
        ),
    },
  ];
}
