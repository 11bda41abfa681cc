import { Alert, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { KEY_SPECS, type KeySpec } from '@/api/contract/signing';
import { useCreateKey } from '@/api/resources/signing';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { type MessageKey, useT } from '@/lib/i18n';

interface KeyValues {
  KeySpec: KeySpec;
  Description?: string;
}

const SPEC_HELP: Record<KeySpec, MessageKey> = {
  RSA_2048: 'signing.key-form.spec.rsa',
  EC_P256: 'signing.key-form.spec.ec',
};

/** 创建密钥: a spec and a description; the key pair is generated in the browser. */
export function CreateKeyModal({ regionId, open, onClose }: { regionId: string; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<KeyValues>();
  const create = useCreateKey();

  const onFinish = async (values: KeyValues) => {
    try {
      const res = await create.mutateAsync({
        RegionId: regionId,
        KeySpec: values.KeySpec,
        Description: values.Description?.trim() || undefined,
      });
      void message.success(t('signing.keys.created', { keyId: res.Key.KeyId }));
      onClose();
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('signing.key-form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
      maskClosable={false}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('signing.key-form.private-note')} />
      <Form<KeyValues> form={form} layout="vertical" initialValues={{ KeySpec: 'EC_P256' }} onFinish={onFinish}>
        <Form.Item name="KeySpec" label={t('signing.key-form.spec')}>
          <Radio.Group>
            <Space orientation="vertical">
              {KEY_SPECS.map((spec) => (
                <Radio key={spec} value={spec}>
                  {spec}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(SPEC_HELP[spec])}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="Description" label={t('signing.key-form.description')} rules={[{ max: 256 }]}>
          <Input placeholder={t('signing.key-form.description.placeholder')} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
