import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { keyQueries, useCreateWitness } from '@/api/resources/signing';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { SIGNING_NAME, shortFingerprint } from './labels';

interface WitnessValues {
  WitnessName: string;
  KeyId?: string;
  Description?: string;
}

interface WitnessFormModalProps {
  regionId: string;
  instanceId: string;
  open: boolean;
  onClose: () => void;
  onGoToKeys: () => void;
}

/** 创建证明者: a name and one of the region's enabled keys. */
export function WitnessFormModal({ regionId, instanceId, open, onClose, onGoToKeys }: WitnessFormModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<WitnessValues>();
  const keys = useQuery({ ...keyQueries.list(regionId), enabled: open });
  const create = useCreateWitness();
  const enabledKeys = (keys.data?.Keys ?? []).filter((k) => k.KeyState === 'Enabled');
  const options = enabledKeys.map((k) => ({
    value: k.KeyId,
    label: `${k.KeyId} · ${k.KeySpec} · ${shortFingerprint(k.FingerprintShort)}`,
  }));

  const onFinish = async (values: WitnessValues) => {
    const name = values.WitnessName.trim();
    try {
      await create.mutateAsync({
        InstanceId: instanceId,
        WitnessName: name,
        KeyId: values.KeyId ?? '',
        Description: values.Description?.trim() || undefined,
      });
    } catch (error) {
      const code = errorCode(error);
      const field =
        code === 'WITNESS_NAME_EXIST'
          ? 'WitnessName'
          : code === 'KEY_DISABLED' || code === 'KEY_NOT_EXIST' || code === 'KEY_REGION_MISMATCH'
            ? 'KeyId'
            : undefined;
      if (field) form.setFields([{ name: field, errors: [describeError(t, error).message] }]);
      else showError(error);
      return;
    }
    void message.success(t('signing.witnesses.created', { name }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('signing.witness-form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: create.isPending }}
      destroyOnHidden
      maskClosable={false}
    >
      {keys.isSuccess && enabledKeys.length === 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('signing.witness-form.key.none')}
          action={
            <Button size="small" onClick={onGoToKeys}>
              {t('signing.go-keys')}
            </Button>
          }
        />
      )}
      <Form<WitnessValues>
        form={form}
        layout="vertical"
        initialValues={{ KeyId: enabledKeys.length === 1 ? enabledKeys[0]?.KeyId : undefined }}
        onFinish={onFinish}
      >
        <Form.Item
          name="WitnessName"
          label={t('signing.witness-form.name')}
          rules={[
            { required: true, whitespace: true, message: t('signing.witness-form.name.required') },
            { pattern: SIGNING_NAME, message: t('signing.name.invalid') },
          ]}
        >
          <Input placeholder={t('signing.witness-form.name.placeholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="KeyId"
          label={t('signing.witness-form.key')}
          extra={t('signing.witness-form.key.help')}
          rules={[{ required: true, message: t('signing.witness-form.key.required') }]}
        >
          <Select options={options} loading={keys.isPending} />
        </Form.Item>
        <Form.Item name="Description" label={t('signing.witness-form.description')} rules={[{ max: 256 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
