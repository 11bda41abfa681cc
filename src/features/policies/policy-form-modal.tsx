import { useQuery } from '@tanstack/react-query';
import { Button, Divider, Form, InputNumber, Modal, Radio, Select, Switch } from 'antd';
import { type DeployPolicy, ISSUE_LEVELS, POLICY_ACTIONS, POLICY_LOGICS } from '@/api/contract/policies';
import { useCreateDeployPolicy, usePreviewDeployPolicy, useUpdateDeployPolicy } from '@/api/resources/policies';
import { useScopeOptions } from '@/api/resources/scope-options';
import { witnessQueries } from '@/api/resources/signing';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';
import { issueLevelLabel, policyActionLabel } from '@/lib/policy-labels';
import { initialPolicyValues, type PolicyFormValues, policyRuleFields } from './policy-form-values';
import { PolicyPreview } from './policy-preview';

interface PolicyFormModalProps {
  instanceId: string;
  open: boolean;
  /** The policy being edited; absent when creating. */
  policy?: DeployPolicy;
  /** Namespaces that already have a policy (one per namespace). */
  taken: string[];
  onClose: () => void;
}

/** 创建策略 / 编辑策略, with 预览 of what the (unsaved) rule would block; saving is a separate step. */
export function PolicyFormModal({ instanceId, open, policy, taken, onClose }: PolicyFormModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<PolicyFormValues>();
  const create = useCreateDeployPolicy();
  const update = useUpdateDeployPolicy();
  const preview = usePreviewDeployPolicy();
  const initialValues = initialPolicyValues(policy);
  const level = Form.useWatch('Level', form) ?? initialValues.Level;
  const requireSignature = Form.useWatch('RequireSignature', form) ?? initialValues.RequireSignature;
  const { namespaceOptions, namespacesLoading } = useScopeOptions(instanceId, {
    namespaces: open && !policy,
    reposOf: undefined,
  });
  const witnesses = useQuery({ ...witnessQueries.list(instanceId), enabled: open });

  const readValues = async (): Promise<PolicyFormValues | undefined> => {
    let values: PolicyFormValues;
    try {
      await form.validateFields();
      values = form.getFieldsValue(true) as PolicyFormValues;
    } catch {
      return undefined; // antd shows the messages at the fields.
    }
    // A policy must check something; say so at 漏洞等级 before the backend refuses it.
    if (values.Level === 'NONE' && !values.RequireSignature && !values.BlockUnscanned) {
      form.setFields([{ name: 'Level', errors: [t('errors.deploy-policy-illegal')] }]);
      return undefined;
    }
    return values;
  };

  const onPreview = async () => {
    const values = await readValues();
    if (!values) return;
    preview.mutate(
      { InstanceId: instanceId, NamespaceName: values.NamespaceName, ...policyRuleFields(values) },
      { onError: showError },
    );
  };

  const onSave = async () => {
    const values = await readValues();
    if (!values) return;
    const rule = policyRuleFields(values);
    try {
      if (policy)
        await update.mutateAsync({
          InstanceId: instanceId,
          PolicyId: policy.PolicyId,
          Enabled: values.Enabled,
          ...rule,
        });
      else
        await create.mutateAsync({
          InstanceId: instanceId,
          NamespaceName: values.NamespaceName,
          Enabled: values.Enabled,
          ...rule,
        });
    } catch (error) {
      showError(error);
      return;
    }
    void message.success(t(policy ? 'policies.updated' : 'policies.created', { namespace: values.NamespaceName }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t(policy ? 'policies.form.edit' : 'policies.form.create')}
      onCancel={onClose}
      width={760}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="preview" loading={preview.isPending} onClick={onPreview}>
          {t('policies.preview')}
        </Button>,
        <Button key="submit" type="primary" loading={create.isPending || update.isPending} onClick={onSave}>
          {t(policy ? 'policies.form.submit.edit' : 'policies.form.submit.create')}
        </Button>,
      ]}
    >
      <Form<PolicyFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        preserve={false}
        // A preview describes the values it was asked with: any change makes it stale.
        onValuesChange={() => {
          preview.reset();
          if (form.getFieldError('Level').length > 0) form.setFields([{ name: 'Level', errors: [] }]);
        }}
      >
        <Form.Item
          name="NamespaceName"
          label={t('policies.form.namespace')}
          rules={[{ required: true, message: t('policies.form.namespace.required') }]}
        >
          <Select
            disabled={Boolean(policy)}
            showSearch
            loading={namespacesLoading}
            placeholder={t('policies.form.namespace.placeholder')}
            options={namespaceOptions.map((o) => ({
              ...o,
              disabled: taken.includes(o.value),
              label: taken.includes(o.value) ? t('policies.form.namespace.taken', { namespace: o.label }) : o.label,
            }))}
          />
        </Form.Item>
        <Form.Item name="Level" label={t('policies.form.level')} extra={t('policies.form.level.help')}>
          <Select
            options={[
              { value: 'NONE', label: t('policies.level.none') },
              ...ISSUE_LEVELS.map((l) => ({ value: l, label: t(issueLevelLabel[l]) })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="IssueCount"
          label={t('policies.form.count')}
          extra={t('policies.form.count.help')}
          rules={[{ required: true, message: t('policies.form.count.required') }]}
        >
          <InputNumber min={1} max={100000} precision={0} disabled={level === 'NONE'} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="OnlyFixable" label={t('policies.form.only-fixable')} valuePropName="checked">
          <Switch disabled={level === 'NONE'} />
        </Form.Item>
        <Form.Item name="RequireSignature" label={t('policies.form.require-signature')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {requireSignature && (
          <Form.Item name="Witnesses" label={t('policies.form.witnesses')} extra={t('policies.form.witnesses.help')}>
            <Select
              mode="multiple"
              allowClear
              loading={witnesses.isPending}
              placeholder={t('policies.form.witnesses.placeholder')}
              options={(witnesses.data?.Witnesses ?? []).map((w) => ({ value: w.WitnessId, label: w.WitnessName }))}
            />
          </Form.Item>
        )}
        <Form.Item name="BlockUnscanned" label={t('policies.form.block-unscanned')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="Logic" label={t('policies.form.logic')} extra={t('policies.form.logic.help')}>
          <Radio.Group options={POLICY_LOGICS.map((l) => ({ value: l, label: l }))} />
        </Form.Item>
        <Form.Item name="Action" label={t('policies.form.action')}>
          <Radio.Group options={POLICY_ACTIONS.map((a) => ({ value: a, label: t(policyActionLabel[a]) }))} />
        </Form.Item>
        <Form.Item name="Enabled" label={t('policies.form.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {preview.data && (
        <>
          <Divider />
          <PolicyPreview result={preview.data} />
        </>
      )}
    </Modal>
  );
}
