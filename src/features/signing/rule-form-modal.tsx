import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { SIGN_RULE_TRIGGERS, type SignRule, type SignRuleTrigger } from '@/api/contract/signing';
import { useScopeOptions } from '@/api/resources/scope-options';
import { useCreateSignRule, useUpdateSignRule, witnessQueries } from '@/api/resources/signing';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { type MessageKey, useT } from '@/lib/i18n';
import { patternProblem } from '@/lib/tag-pattern-problem';
import { SIGNING_NAME, triggerLabel } from './labels';

interface RuleValues {
  RuleName: string;
  NamespaceName?: string;
  RepoNameFilter: string;
  TagFilterPattern: string;
  WitnessId?: string;
  TriggerType: SignRuleTrigger;
}

const TRIGGER_HELP: Record<SignRuleTrigger, MessageKey> = {
  PUSH: 'signing.rule-form.trigger.push.help',
  MANUAL: 'signing.rule-form.trigger.manual.help',
};

/** Which field a backend rejection belongs to. */
const FIELD_OF_ERROR: Record<string, keyof RuleValues> = {
  SIGN_RULE_NAME_EXIST: 'RuleName',
  NAMESPACE_NOT_EXIST: 'NamespaceName',
  WITNESS_NOT_EXIST: 'WitnessId',
  KEY_DISABLED: 'WitnessId',
};

interface SignRuleFormModalProps {
  instanceId: string;
  open: boolean;
  /** The rule being edited; absent when adding one. */
  rule?: SignRule;
  onClose: () => void;
  onGoToWitnesses: () => void;
}

/** 添加加签规则 / 编辑加签规则. */
export function SignRuleFormModal({ instanceId, open, rule, onClose, onGoToWitnesses }: SignRuleFormModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<RuleValues>();
  const create = useCreateSignRule();
  const update = useUpdateSignRule();
  const { namespaceOptions, namespacesLoading } = useScopeOptions(instanceId, { namespaces: open, reposOf: undefined });
  const witnesses = useQuery({ ...witnessQueries.list(instanceId), enabled: open });
  const witnessOptions = (witnesses.data?.Witnesses ?? []).map((w) => ({
    value: w.WitnessId,
    label: `${w.WitnessName} · ${w.KeySpec}${w.KeyState === 'Disabled' ? ` (${t('signing.key-state.disabled')})` : ''}`,
  }));

  const patternRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = value ? patternProblem(t, value) : undefined;
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };

  const onFinish = async (values: RuleValues) => {
    const fields = {
      RuleName: values.RuleName.trim(),
      NamespaceName: values.NamespaceName ?? '',
      RepoNameFilter: values.RepoNameFilter.trim() || '.*',
      TagFilterPattern: values.TagFilterPattern.trim() || '.*',
      WitnessId: values.WitnessId ?? '',
      TriggerType: values.TriggerType,
    };
    try {
      if (rule) await update.mutateAsync({ InstanceId: instanceId, SignRuleId: rule.SignRuleId, ...fields });
      else await create.mutateAsync({ InstanceId: instanceId, ...fields });
    } catch (error) {
      const code = errorCode(error) ?? '';
      const field = FIELD_OF_ERROR[code];
      if (field) form.setFields([{ name: field, errors: [describeError(t, error).message] }]);
      else if (code === 'SIGN_RULE_PATTERN_ILLEGAL')
        form.setFields([
          { name: 'RepoNameFilter', errors: [describeError(t, error).message] },
          { name: 'TagFilterPattern', errors: [describeError(t, error).message] },
        ]);
      else showError(error);
      return;
    }
    void message.success(t(rule ? 'signing.rules.updated' : 'signing.rules.created', { name: fields.RuleName }));
    onClose();
  };

  const initialValues: RuleValues = rule
    ? {
        RuleName: rule.RuleName,
        NamespaceName: rule.NamespaceName,
        RepoNameFilter: rule.RepoNameFilter,
        TagFilterPattern: rule.TagFilterPattern,
        WitnessId: rule.WitnessId,
        TriggerType: rule.TriggerType,
      }
    : { RuleName: '', RepoNameFilter: '.*', TagFilterPattern: '.*', TriggerType: 'PUSH' };

  return (
    <Modal
      open={open}
      title={t(rule ? 'signing.rule-form.edit' : 'signing.rule-form.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: create.isPending || update.isPending }}
      width={640}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<RuleValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        <Form.Item
          name="RuleName"
          label={t('signing.rule-form.name')}
          rules={[
            { required: true, whitespace: true, message: t('signing.rule-form.name.required') },
            { pattern: SIGNING_NAME, message: t('signing.name.invalid') },
          ]}
        >
          <Input placeholder={t('signing.rule-form.name.placeholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="NamespaceName"
          label={t('signing.rule-form.namespace')}
          rules={[{ required: true, message: t('signing.rule-form.namespace.required') }]}
        >
          <Select options={namespaceOptions} loading={namespacesLoading} showSearch />
        </Form.Item>
        <Form.Item
          name="RepoNameFilter"
          label={t('signing.rule-form.repo')}
          extra={t('signing.rule-form.repo.help')}
          rules={[patternRule]}
        >
          <Input autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="TagFilterPattern"
          label={t('signing.rule-form.tag')}
          extra={t('signing.rule-form.tag.help')}
          rules={[patternRule]}
        >
          <Input autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="WitnessId"
          label={t('signing.rule-form.witness')}
          rules={[{ required: true, message: t('signing.rule-form.witness.required') }]}
          extra={
            <Button type="link" size="small" style={{ padding: 0 }} onClick={onGoToWitnesses}>
              {t('signing.rule-form.witness.create')}
            </Button>
          }
        >
          <Select options={witnessOptions} loading={witnesses.isPending} />
        </Form.Item>
        <Form.Item name="TriggerType" label={t('signing.rule-form.trigger')}>
          <Radio.Group>
            <Space orientation="vertical">
              {SIGN_RULE_TRIGGERS.map((trigger) => (
                <Radio key={trigger} value={trigger}>
                  {t(triggerLabel[trigger])}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(TRIGGER_HELP[trigger])}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
