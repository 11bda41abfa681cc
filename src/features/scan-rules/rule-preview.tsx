import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, List, Spin, Typography } from 'antd';
import { type ReactNode, useMemo } from 'react';
import type { ActionRequest } from '@/api/contract/actions';
import type { ScanRuleScope } from '@/api/contract/scan-rules';
import { scanRuleQueries } from '@/api/resources/scan-rules';
import { describeError } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { useDebounced } from './use-debounced';

/** How long the form must be still before the preview asks the backend. */
const PREVIEW_DEBOUNCE_MS = 400;
const PREVIEW_SIZE = 20;

interface RulePreviewProps {
  instanceId: string;
  scope: ScanRuleScope;
  namespaces: string[];
  repoNames: string[];
  pattern: string;
}

/** The image versions the rule would scan now (PreviewScanRuleTags), refreshed as the form changes. */
export function RulePreview({ instanceId, scope, namespaces, repoNames, pattern }: RulePreviewProps) {
  const t = useT();
  // Debounced as a string: a fresh object on every render would restart the timer for ever.
  const debounced = useDebounced(
    JSON.stringify({
      ScanScope: scope,
      Namespaces: namespaces,
      RepoNames: scope === 'REPO' ? repoNames : [],
      RepoTagFilterPattern: pattern,
    }),
    PREVIEW_DEBOUNCE_MS,
  );
  const params = useMemo(
    () => ({
      InstanceId: instanceId,
      ...(JSON.parse(debounced) as Pick<ActionRequest<'PreviewScanRuleTags'>, 'ScanScope' | 'RepoTagFilterPattern'> & {
        Namespaces: string[];
        RepoNames: string[];
      }),
      PageNo: 1,
      PageSize: PREVIEW_SIZE,
    }),
    [instanceId, debounced],
  );
  const complete =
    params.Namespaces.length > 0 &&
    params.RepoTagFilterPattern !== '' &&
    (scope !== 'REPO' || params.RepoNames.length > 0);
  const preview = useQuery({ ...scanRuleQueries.preview(params), enabled: complete });

  let body: ReactNode;
  if (!complete) body = <Typography.Text type="secondary">{t('scan-rules.preview.incomplete')}</Typography.Text>;
  else if (preview.isError) body = <Alert type="error" showIcon title={describeError(t, preview.error).message} />;
  else if (preview.isPending) body = <Spin size="small" />;
  else if (preview.data.TotalCount === 0)
    body = <Typography.Text type="secondary">{t('scan-rules.preview.none')}</Typography.Text>;
  else {
    const { Images, TotalCount } = preview.data;
    body = (
      <>
        <Typography.Text>{t('scan-rules.preview.count', { count: TotalCount })}</Typography.Text>
        <List
          size="small"
          style={{ maxHeight: 180, overflow: 'auto' }}
          dataSource={Images}
          renderItem={(img) => (
            <List.Item style={{ padding: '2px 0' }}>
              <Typography.Text code>{`${img.Namespace}/${img.RepoName}:${img.Tag}`}</Typography.Text>
            </List.Item>
          )}
        />
        {TotalCount > Images.length && (
          <Typography.Text type="secondary">
            {t('scan-rules.preview.more', { count: TotalCount - Images.length })}
          </Typography.Text>
        )}
      </>
    );
  }
  return (
    <section aria-label={t('scan-rules.preview.title')} aria-live="polite">
      <Flex vertical gap={4}>
        <Typography.Text strong>{t('scan-rules.preview.title')}</Typography.Text>
        {body}
      </Flex>
    </section>
  );
}
