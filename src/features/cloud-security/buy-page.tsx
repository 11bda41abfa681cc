import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Form, Radio } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { SAS_IMAGE_QUOTAS, SAS_PERIODS, sasPrice } from '@/api/contract/scan-engine';
import { useCan } from '@/api/resources/ram';
import { scanEngineQueries, useCreateSasOrder } from '@/api/resources/scan-engine';
import { ErrorResult } from '@/components/error-result';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { paths } from '@/hooks/use-route-params';
import { formatCny } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { AgreementItem, PriceItem } from './order-form-items';
import { periodLabel } from './period-label';
import { ServiceRoleModal } from './service-role-modal';
import { UpgradePanel } from './upgrade-panel';
import { useReturnTo } from './use-return-to';

interface BuyForm {
  scan: 'none' | 'sas';
  quota: number;
  period: number;
  agreement: boolean;
}

const INITIAL: BuyForm = { scan: 'sas', quota: 100, period: 12, agreement: false };

/**
 * 云安全中心 purchase page: 安全扫描 = 云安全扫描引擎, the image-scan quota and duration with their price, the
 * 容器镜像服务协议, and 立即购买, which creates the order and goes to its payment. With a subscription active it
 * offers 升级 instead (./upgrade-panel.tsx).
 */
export function BuyPage() {
  const t = useT();
  const canBuy = useCan('CreateSasOrder');
  const showError = useApiErrorMessage();
  const navigate = useNavigate();
  const location = useLocation();
  const { returnTo, backTo } = useReturnTo();
  const account = useQuery(scanEngineQueries.account());
  const order = useCreateSasOrder();
  const [form] = Form.useForm<BuyForm>();
  const quota = Form.useWatch('quota', form) ?? INITIAL.quota;
  const period = Form.useWatch('period', form) ?? INITIAL.period;

  if (account.isPending) return <PageLoading />;
  if (account.isError) return <ErrorResult error={account.error} onRetry={() => account.refetch()} />;
  const { Subscription, AccessRoleAuthorized, ServiceLinkedRoleCreated } = account.data;

  // Bought and not expired: the page becomes 升级 (one subscription at a time, more authorisations for it).
  if (Subscription) return <UpgradePanel subscription={Subscription} returnTo={returnTo} backTo={backTo} />;

  const onFinish = (values: BuyForm) =>
    order
      .mutateAsync({ ImageQuota: values.quota, Period: values.period, AgreementAccepted: values.agreement })
      .then((created) => navigate(paths.sasPay(created.OrderId, returnTo)), showError);

  return (
    <>
      <PageHeader title={t('sas.buy.title')} />
      <ServiceRoleModal open={!ServiceLinkedRoleCreated} backTo={backTo} />
      {!AccessRoleAuthorized && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('sas.need-authorize')}
          action={<Link to={paths.ramAuthorize(location.pathname + location.search)}>{t('menu.ram-authorize')}</Link>}
        />
      )}
      {/* data-sas-role: for the 引导, which waits for the service-linked role before the order. */}
      <Card data-tour="sas-buy-form" data-sas-role={String(ServiceLinkedRoleCreated)}>
        <Form<BuyForm>
          form={form}
          initialValues={INITIAL}
          labelCol={{ flex: '160px' }}
          labelAlign="left"
          onFinish={onFinish}
          disabled={!ServiceLinkedRoleCreated}
        >
          <Form.Item
            name="scan"
            label={t('sas.field.scan')}
            rules={[
              {
                validator: (_r, v) =>
                  v === 'sas' ? Promise.resolve() : Promise.reject(new Error(t('sas.field.scan.required'))),
              },
            ]}
          >
            <Radio.Group
              optionType="button"
              options={[
                { value: 'none', label: t('sas.field.scan.none') },
                { value: 'sas', label: t('sas.field.scan.sas') },
              ]}
            />
          </Form.Item>
          <Form.Item name="quota" label={t('sas.field.quota')}>
            <Radio.Group
              optionType="button"
              options={SAS_IMAGE_QUOTAS.map((n) => ({ value: n, label: t('sas.field.quota.unit', { n }) }))}
            />
          </Form.Item>
          <Form.Item name="period" label={t('sas.field.period')}>
            <Radio.Group
              optionType="button"
              options={SAS_PERIODS.map((n) => ({ value: n, label: periodLabel(t, n) }))}
            />
          </Form.Item>
          <PriceItem amount={formatCny(sasPrice(quota, period))} note={t('sas.price.note')} />
          <AgreementItem />
          <PermissionButton
            type="primary"
            htmlType="submit"
            size="large"
            loading={order.isPending}
            disabled={!AccessRoleAuthorized}
            permission={canBuy}
            data-tour="sas-buy"
          >
            {t('sas.buy')}
          </PermissionButton>
        </Form>
      </Card>
    </>
  );
}
