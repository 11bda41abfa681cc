import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Radio, Result, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useCan } from '@/api/resources/ram';
import { scanEngineQueries, usePaySasOrder } from '@/api/resources/scan-engine';
import { ErrorResult } from '@/components/error-result';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { formatCny } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { periodLabel } from './period-label';
import { useReturnTo } from './use-return-to';

/** 支付: the order's summary and amount; paying starts (or, for 升级, enlarges) the subscription, then back to 镜像扫描. */
export function PayPage() {
  const t = useT();
  const canPay = useCan('PaySasOrder');
  const showError = useApiErrorMessage();
  const navigate = useNavigate();
  const { backTo } = useReturnTo();
  const { orderId = '' } = useParams();
  const order = useQuery(scanEngineQueries.order(orderId));
  const pay = usePaySasOrder();

  if (order.isPending) return <PageLoading />;
  if (order.isError) return <ErrorResult error={order.error} onRetry={() => order.refetch()} />;
  const { OrderId, OrderType, Status, ImageQuota, Period, Amount } = order.data;
  const upgrade = OrderType === 'UPGRADE';

  if (Status === 'PAID') {
    return (
      <Result
        data-tour="sas-paid"
        status="success"
        title={pay.isSuccess ? t('sas.pay.success') : t('sas.pay.paid')}
        subTitle={upgrade ? t('sas.pay.upgrade.success.desc') : t('sas.pay.success.desc')}
        extra={
          <Button type="primary" onClick={() => navigate(backTo)} data-tour="sas-back">
            {t('sas.back')}
          </Button>
        }
      />
    );
  }

  return (
    <>
      <PageHeader title={t('sas.pay.title')} />
      <Card>
        <Descriptions
          column={1}
          styles={{ label: { width: 160 } }}
          items={[
            {
              key: 'order',
              label: t('sas.pay.order'),
              children: <Typography.Text copyable>{OrderId}</Typography.Text>,
            },
            { key: 'product', label: t('sas.pay.product'), children: t('sas.pay.product.name') },
            {
              key: 'spec',
              label: t('sas.pay.spec'),
              children: upgrade
                ? t('sas.pay.spec.upgrade', { quota: ImageQuota, months: Period })
                : t('sas.pay.spec.value', { quota: ImageQuota, period: periodLabel(t, Period) }),
            },
            {
              key: 'method',
              label: t('sas.pay.method'),
              children: <Radio checked>{t('sas.pay.method.balance')}</Radio>,
            },
            {
              key: 'amount',
              label: t('sas.pay.amount'),
              children: (
                <Typography.Text strong type="danger" style={{ fontSize: 20 }}>
                  {formatCny(Amount)}
                </Typography.Text>
              ),
            },
          ]}
        />
        <PermissionButton
          type="primary"
          size="large"
          permission={canPay}
          loading={pay.isPending}
          data-tour="sas-pay"
          onClick={() => pay.mutateAsync({ OrderId }).then(() => order.refetch(), showError)}
        >
          {t('sas.pay.submit')}
        </PermissionButton>
      </Card>
    </>
  );
}
