import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useLinkVpc, vpcQueries } from '@/api/resources/vpc';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';

interface AddVpcValues {
  VpcId: string;
  VswitchId: string;
}

interface AddVpcModalProps {
  instanceId: string;
  regionId: string;
  regionName: string;
  /** VPCs already linked: offered but disabled. */
  linkedVpcIds: Set<string>;
  usage: { used: number; quota: number } | undefined;
  open: boolean;
  onClose: () => void;
}

const FIELD_ERRORS: Record<string, keyof AddVpcValues> = {
  INSTANCE_VPC_ALREADY_LINKED: 'VpcId',
  VPC_NOT_EXIST: 'VswitchId',
};

/** 添加专有网络: pick one of the account's VPCs in the instance's region, then one of its vSwitches. */
export function AddVpcModal(props: AddVpcModalProps) {
  const { instanceId, regionId, regionName, linkedVpcIds, usage, open, onClose } = props;
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<AddVpcValues>();
  // Local state rather than Form.useWatch: the form is not mounted while the modal is closed.
  const [vpcId, setVpcId] = useState('');
  const link = useLinkVpc();
  const vpcs = useQuery(vpcQueries.vpcs(regionId));
  const vswitches = useQuery(vpcQueries.vswitches(regionId, vpcId));

  const onFinish = async (values: AddVpcValues) => {
    try {
      await link.mutateAsync({ InstanceId: instanceId, ...values });
    } catch (error) {
      const field = FIELD_ERRORS[errorCode(error) ?? ''];
      if (field) form.setFields([{ name: field, errors: [describeError(t, error).message] }]);
      else showError(error);
      return;
    }
    void message.success(t('vpc.added', { id: values.VpcId }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('vpc.add')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={link.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('vpc.region-hint', { region: regionName })} style={{ marginBottom: 16 }} />
      <Form<AddVpcValues> form={form} layout="vertical" onFinish={onFinish} data-tour="vpc-form">
        <Form.Item
          name="VpcId"
          label={t('vpc.field.vpc')}
          rules={[{ required: true, message: t('vpc.field.vpc.required') }]}
        >
          <Select
            loading={vpcs.isPending}
            placeholder={t('vpc.field.vpc.placeholder')}
            notFoundContent={vpcs.isSuccess ? t('vpc.no-vpcs') : undefined}
            onChange={(id: string) => {
              setVpcId(id);
              form.setFieldValue('VswitchId', undefined);
            }}
            options={vpcs.data?.Vpcs.map((v) => ({
              value: v.VpcId,
              disabled: linkedVpcIds.has(v.VpcId),
              label: `${v.VpcName} (${v.VpcId}, ${v.CidrBlock})${linkedVpcIds.has(v.VpcId) ? ` · ${t('vpc.field.linked')}` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="VswitchId"
          label={t('vpc.field.vswitch')}
          rules={[{ required: true, message: t('vpc.field.vswitch.required') }]}
        >
          <Select
            disabled={!vpcId}
            loading={vpcId !== '' && vswitches.isPending}
            placeholder={vpcId ? t('vpc.field.vswitch.placeholder') : t('vpc.field.vswitch.pick-vpc')}
            options={vswitches.data?.VSwitches.map((s) => ({
              value: s.VSwitchId,
              label: `${s.VSwitchName} (${s.VSwitchId}, ${s.ZoneId}, ${s.CidrBlock})`,
            }))}
          />
        </Form.Item>
      </Form>
      {usage && (
        <Typography.Text type="secondary">
          {t('common.quota-used', { used: usage.used, quota: usage.quota })}
        </Typography.Text>
      )}
    </Modal>
  );
}
