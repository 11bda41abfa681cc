import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Skeleton } from 'antd';
import { EVENT_SEVERITY_THRESHOLDS, EVENT_TYPES, type EventRule } from '@/api/contract/events';
import { eventRuleQueries, useCreateEventRule, useUpdateEventRule } from '@/api/resources/events';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { eventTypeLabel, severityThresholdLabel } from './labels';
import { NotifyFields } from './notify-fields';
import {
  FIELD_ERRORS,
  initialRuleValues,
  RULE_NAME_MAX,
  type RuleFormValues,
  ruleRequestFields,
} from './rule-form-values';
import { ScopeFields } from './scope-fields';

interface RuleFormModalProps {
  instanceId: string;
  open: boolean;
  /** The rule being edited (loaded with GetEventCenterRule); absent when creating. */
  ruleId?: string;
  onClose: () => void;
}

/** 创建规则 / 编辑规则 of 事件规则. */
export function RuleFormModal({ instanceId, open, ruleId, onClose }: RuleFormModalProps) {
  const t = useT();
  const detail = useQuery({ ...eventRuleQueries.detail(instanceId, ruleId ?? ''), enabled: open && !!ruleId });
  const editing = ruleId !== undefined;
  const title = t(editing ? 'events.form.edit' : 'events.form.create');
  if (editing && !detail.data) {
    return (
      <Modal open={open} title={title} onCancel={onClose} footer={null} width={640} destroyOnHidden>
        {detail.isError ? (
          <ErrorResult error={detail.error} title={t('events.form.load-failed')} onRetry={() => detail.refetch()} />
        ) : (
          <Skeleton active />
        )}
      </Modal>
    );
  }
  return <RuleForm instanceId={instanceId} open={open} title={title} rule={detail.data?.Rule} onClose={onClose} />;
}

interface RuleFormProps {
  instanceId: string;
  open: boolean;
  title: string;
  rule?: EventRule;
  onClose: () => void;
}

function RuleForm({ instanceId, open, title, rule, onClose }: RuleFormProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<RuleFormValues>();
  const create = useCreateEventRule();
  const update = useUpdateEventRule();
  const initialValues = initialRuleValues(rule);
  const scope = Form.useWatch('EventScope', form) ?? initialValues.EventScope;
  const eventType = Form.useWatch('EventType', form) ?? initialValues.EventType;
  const method = Form.useWatch('NotifyMethod', form) ?? initialValues.NotifyMethod;

  const onFinish = async () => {
    let values: RuleFormValues;
    try {
      await form.validateFields();
      values = form.getFieldsValue(true) as RuleFormValues;
    } catch {
      return; // antd shows the messages at the fields.
    }
    const fields = ruleRequestFields(values, rule?.EventConfig.notifyConfig.Secret);
    try {
      if (rule) await update.mutateAsync({ InstanceId: instanceId, RuleId: rule.RuleId, ...fields });
      else await create.mutateAsync({ InstanceId: instanceId, ...fields });
    } catch (error) {
      // The form stays open with what the user typed; field problems are shown at the field.
      const field = FIELD_ERRORS[errorCode(error) ?? '']?.(values.EventScope);
      if (field) form.setFields([{ name: field, errors: [describeError(t, error).message] }]);
      else showError(error);
      return;
    }
    void message.success(t(rule ? 'events.updated' : 'events.created', { name: fields.RuleName }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={create.isPending || update.isPending} onClick={onFinish}>
          {t(rule ? 'events.form.submit.edit' : 'events.form.submit.create')}
        </Button>,
      ]}
    >
      <Form<RuleFormValues> form={form} layout="vertical" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="RuleName"
          label={t('events.form.name')}
          rules={[
            { required: true, whitespace: true, message: t('events.form.name.required') },
            { max: RULE_NAME_MAX, message: t('events.form.name.too-long', { max: RULE_NAME_MAX }) },
          ]}
        >
          <Input placeholder={t('events.form.name.placeholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="EventType" label={t('events.form.type')}>
          <Select options={EVENT_TYPES.map((type) => ({ value: type, label: t(eventTypeLabel[type]) }))} />
        </Form.Item>
        <ScopeFields instanceId={instanceId} form={form} scope={scope} />
        {eventType === 'cr:Artifact:ScanCompleted' && (
          <Form.Item name="Severity" label={t('events.form.severity')} extra={t('events.form.severity.help')}>
            <Select
              options={EVENT_SEVERITY_THRESHOLDS.map((s) => ({ value: s, label: t(severityThresholdLabel[s]) }))}
            />
          </Form.Item>
        )}
        <NotifyFields method={method} maskedSecret={rule?.EventConfig.notifyConfig.Secret} />
      </Form>
    </Modal>
  );
}
