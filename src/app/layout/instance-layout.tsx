import { useQuery } from '@tanstack/react-query';
import { Result } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { instanceQueries } from '@/api/resources/instances';
import { ButtonLink } from '@/components/button-link';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { useInstanceParams } from '@/hooks/use-route-params';
import { errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { InstanceHeader } from './instance-header';

/** Instance management: loads the instance once for every page below, or explains why it cannot. */
export function InstanceLayout() {
  const t = useT();
  const { regionId, instanceId } = useInstanceParams();
  const location = useLocation();
  const instance = useQuery(instanceQueries.detail(instanceId));
  const backToList = (
    <ButtonLink type="primary" to={`/${regionId}/instances`}>
      {t('layout.back-to-instances')}
    </ButtonLink>
  );

  if (instance.isPending) return <PageLoading />;
  if (instance.isError) {
    if (errorCode(instance.error) === 'INSTANCE_NOT_EXIST') {
      return (
        <Result
          status="404"
          title={t('instances.not-found.title')}
          subTitle={t('instances.not-found.description', { id: instanceId })}
          extra={backToList}
        />
      );
    }
    return <ErrorResult error={instance.error} onRetry={() => instance.refetch()} extra={backToList} />;
  }
  // A link with the wrong region still finds the instance: move the URL to the instance's own region.
  if (instance.data.RegionId !== regionId) {
    const rest = location.pathname.split(`/instances/${instanceId}`)[1] ?? '';
    return <Navigate replace to={`/${instance.data.RegionId}/instances/${instanceId}${rest}${location.search}`} />;
  }
  return (
    <>
      <InstanceHeader instance={instance.data} />
      <Outlet />
    </>
  );
}
