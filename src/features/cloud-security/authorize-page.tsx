import { CheckCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { SAS_ACCESS_ROLE } from '@/api/contract/scan-engine';
import { useCan } from '@/api/resources/ram';
import { scanEngineQueries, useAuthorizeSasAccessRole } from '@/api/resources/scan-engine';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';
import { useReturnTo } from './use-return-to';

/**
 * 云资源访问授权 (RAM's role-authorisation page): lets Container Registry call Security Center through the
 * role AliyunContainerRegistryAccessingSASRole. 同意授权 grants it and goes back where the user came from.
 */
export function AuthorizePage() {
  const t = useT();
  const canAuthorize = useCan('AuthorizeSasAccessRole');
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const navigate = useNavigate();
  const { backTo } = useReturnTo();
  const account = useQuery(scanEngineQueries.account());
  const authorize = useAuthorizeSasAccessRole();

  if (account.isPending) return <PageLoading />;
  if (account.isError) return <ErrorResult error={account.error} onRetry={() => account.refetch()} />;
  const granted = account.data.AccessRoleAuthorized;

  const onAgree = () =>
    authorize.mutateAsync({}).then(() => {
      void message.success(t('ram.done'));
      navigate(backTo);
    }, showError);

  return (
    <>
      <PageHeader title={t('menu.ram-authorize')} />
      <Alert type="info" showIcon title={t('ram.notice')} style={{ marginBottom: 16 }} />
      <Card>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('ram.request')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('ram.below')}</Typography.Paragraph>
        <Card size="small" style={{ marginBottom: 24 }}>
          <Flex vertical gap={4}>
            <Typography.Text strong copyable>
              {SAS_ACCESS_ROLE}
            </Typography.Text>
            <Typography.Text>{t('ram.role.desc')}</Typography.Text>
            <Typography.Text type="secondary">{t('ram.role.permission')}</Typography.Text>
          </Flex>
        </Card>
        {granted ? (
          <Flex align="center" gap={12}>
            <Typography.Text>
              <CheckCircleFilled style={{ color: '#52c41a', marginInlineEnd: 8 }} />
              {t('ram.already')}
            </Typography.Text>
            <Button type="primary" onClick={() => navigate(backTo)}>
              {t('ram.continue')}
            </Button>
          </Flex>
        ) : (
          <Flex gap={8}>
            <PermissionButton
              type="primary"
              loading={authorize.isPending}
              permission={canAuthorize}
              onClick={onAgree}
              data-tour="sas-agree"
            >
              {t('ram.agree')}
            </PermissionButton>
            <Button onClick={() => navigate(backTo)}>{t('ram.cancel')}</Button>
          </Flex>
        )}
      </Card>
    </>
  );
}
