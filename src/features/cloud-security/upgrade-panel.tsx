import { Button, Card, Descriptions, Flex, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  isOfferedUpgrade,
  SAS_UPGRADE_MAX,
  SAS_UPGRADE_STEP,
  type SasSubscription,
  sasRemainingMonths,
  sasUpgradePrice,
} from '@/api/contract/scan-engine';
import { useCan } from '@/api/resources/ram';
import { useCreateSasOrder } from '@/api/resources/scan-engine';
import { PageHeader } from '@/components/page-header';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { paths } from '@/hooks/use-route-params';
import { formatCny, formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { AgreementItem, PriceItem } from './order-form-items';

interface UpgradeForm {
  added: number | null;
  agreement: boolean;
}

const INITIAL: UpgradeForm = { added: SAS_UPGRADE_STEP, agreement: false };

/**
 * 升级 of an active subscription, as Security Center's console does it: the current spec (授权数, 已使用, 到期时间)
 * and 新增授权数 priced for the months left. Paying the order adds the authorisations to the same subscription,
 * so its expiry and the images it already counted stay as they are.
 */
export function UpgradePanel({
  subscription,
  returnTo,
  backTo,
}: {
  subscription: SasSubscription;
  returnTo: string | undefined;
  backTo: string;
}) {
  const t = useT();
  const canOrder = useCan('CreateSasOrder');
  const showError = useApiErrorMessage();
  const navigate = useNavigate();
  const order = useCreateSasOrder();
  const [form] = Form.useForm<UpgradeForm>();
  // undefined before the form is mounted; null once the field is cleared (no price then).
  const watched = Form.useWatch('added', form);
  const added = watched === undefined ? INITIAL.added : watched;
  // The quote is for the moment the page opened; the backend prices the order when it is created.
  const [now] = useState(() => Date.now());
  const remaining = sasRemainingMonths(subscription, now);
  const validAdded = typeof added === 'number' && isOfferedUpgrade(added);

  const onFinish = (values: UpgradeForm) =>
    order
      .mutateAsync({ OrderType: 'UPGRADE', ImageQuota: values.added ?? 0, AgreementAccepted: values.agreement })
      .then((created) => navigate(paths.sasPay(created.OrderId, returnTo)), showError);

  const range = { step: SAS_UPGRADE_STEP, min: SAS_UPGRADE_STEP, max: SAS_UPGRADE_MAX };
  return (
    <>
      <PageHeader title={t('sas.upgrade.title')} />
      <Card title={t('sas.upgrade.current')} style={{ marginBottom: 16 }}>
        <Descriptions
          column={1}
          styles={{ label: { width: 160 } }}
          items={[
            { key: 'instance', label: t('sas.upgrade.instance'), children: subscription.SasInstanceId },
            { key: 'quota', label: t('sas.upgrade.quota'), children: subscription.ImageQuota },
            { key: 'used', label: t('sas.upgrade.used'), children: subscription.ImagesUsed },
            { key: 'expire', label: t('sas.upgrade.expire'), children: formatTime(subscription.ExpireTime) },
          ]}
        />
      </Card>
      <Card>
        <Form<UpgradeForm>
          form={form}
          initialValues={INITIAL}
          labelCol={{ flex: '160px' }}
          labelAlign="left"
          onFinish={onFinish}
        >
          <Form.Item
            name="added"
            label={t('sas.upgrade.added')}
            extra={t('sas.upgrade.added.hint', range)}
            rules={[
              {
                validator: (_r, v) =>
                  typeof v === 'number' && isOfferedUpgrade(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('sas.upgrade.added.invalid', range))),
              },
            ]}
          >
            <InputNumber min={SAS_UPGRADE_STEP} max={SAS_UPGRADE_MAX} step={SAS_UPGRADE_STEP} precision={0} />
          </Form.Item>
          <Form.Item label={t('sas.upgrade.after')}>
            <Typography.Text data-testid="sas-upgrade-after">
              {validAdded ? subscription.ImageQuota + added : '-'}
            </Typography.Text>
          </Form.Item>
          <PriceItem
            amount={validAdded ? formatCny(sasUpgradePrice(added, subscription, now)) : '-'}
            note={t('sas.upgrade.price.note', { months: remaining })}
          />
          <AgreementItem />
          <Flex gap={8}>
            <PermissionButton
              type="primary"
              htmlType="submit"
              size="large"
              loading={order.isPending}
              permission={canOrder}
            >
              {t('sas.upgrade.submit')}
            </PermissionButton>
            <Button size="large" onClick={() => navigate(backTo)}>
              {t('sas.back')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
