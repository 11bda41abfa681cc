/** The parts the 立即购买 and 升级 forms share: the price with its note, and the agreement that must be ticked. */
import { Checkbox, Flex, Form, Typography } from 'antd';
import { useT } from '@/lib/i18n';

/** 配置费用: the amount (or '-' while the form is invalid) and how it is worked out. */
export function PriceItem({ amount, note }: { amount: string; note: string }) {
  const t = useT();
  return (
    <Form.Item label={t('sas.price')}>
      <Flex vertical>
        <Typography.Text strong type="danger" style={{ fontSize: 20 }} data-testid="sas-price">
          {amount}
        </Typography.Text>
        <Typography.Text type="secondary">{note}</Typography.Text>
      </Flex>
    </Form.Item>
  );
}

/** 服务协议: the order is refused until it is ticked. The form field is `agreement`. */
export function AgreementItem() {
  const t = useT();
  return (
    <Form.Item
      name="agreement"
      valuePropName="checked"
      rules={[
        {
          validator: (_r, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('sas.agreement.required')))),
        },
      ]}
      wrapperCol={{ offset: 0 }}
    >
      <Checkbox>{t('sas.agreement')}</Checkbox>
    </Form.Item>
  );
}
