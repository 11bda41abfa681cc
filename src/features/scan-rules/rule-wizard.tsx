import { Button, Form, Input, Modal, Radio, Steps } from 'antd';
import { useState } from 'react';
import { notifySchemeOk } from '@/api/contract/events';
import {
  SCAN_RULE_NAME_MAX,
  SCAN_RULE_NOTIFY_METHODS,
  SCAN_RULE_NOTIFY_URL_MAX,
  SCAN_RULE_TRIGGER_TYPES,
  type ScanRule,
  type ScanRuleListItem,
  type ScanRuleNotifyMethod,
  type ScanRuleScope,
  type ScanRuleTriggerType,
} from '@/api/contract/scan-rules';
import { checkTagPattern } from '@/api/contract/tag-pattern';
import { useCreateScanRule, useUpdateScanRule } from '@/api/resources/scan-rules';
import { useScopeOptions } from '@/api/resources/scope-options';
import { useFeedback } from '@/components/feedback';
import { ScopeTargetItems, TagFilterItem } from '@/components/scope-form-items';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { scanRuleNotifyLabel, scanRuleTriggerLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { RulePreview } from './rule-preview';

type NotifyChoice = ScanRuleNotifyMethod | 'NONE';

interface RuleFormValues {
  RuleName: string;
  ScanScope: ScanRuleScope;
  /** 按照命名空间扫描: several namespaces. */
  Namespaces: string[];
  /** 按照仓库扫描: one namespace and its repositories. */
  Namespace?: string;
  RepoNames: string[];
  RepoTagFilterPattern: string;
  TriggerType: ScanRuleTriggerType;
  NotifyMethod: NotifyChoice;
  NotifyUrl: string;
  NotifySecret: string;
}

/** The fields of step 扫描规则 (the others are on 事件通知). */
const RULE_STEP_FIELDS: (keyof RuleFormValues)[] = [
  'RuleName',
  'ScanScope',
  'Namespaces',
  'Namespace',
  'RepoNames',
  'RepoTagFilterPattern',
  'TriggerType',
];

/** Backend errors that belong to one field: shown there, on that field's step. */
const FIELD_ERRORS: Record<string, (scope: ScanRuleScope) => keyof RuleFormValues> = {
  SCAN_RULE_NAME_ILLEGAL: () => 'RuleName',
  SCAN_RULE_ALREADY_EXIST: () => 'RuleName',
  SCAN_RULE_PATTERN_ILLEGAL: () => 'RepoTagFilterPattern',
  SCAN_RULE_SCOPE_ILLEGAL: (scope) => (scope === 'REPO' ? 'RepoNames' : 'Namespaces'),
  NAMESPACE_NOT_EXIST: (scope) => (scope === 'REPO' ? 'Namespace' : 'Namespaces'),
  REPO_NOT_EXIST: () => 'RepoNames',
  SCAN_RULE_NOTIFY_ILLEGAL: () => 'NotifyUrl',
};

/** The URL scheme each notification method requires (as the backend checks it). */
const NOTIFY_SCHEME: Record<ScanRuleNotifyMethod, 'http' | 'https'> = {
  DING_TALK: 'https',
  HTTP: 'http',
  HTTPS: 'https',
};

interface RuleWizardProps {
  instanceId: string;
  open: boolean;
  /** The rule being edited; absent when creating. */
  rule?: ScanRuleListItem | ScanRule;
  onClose: () => void;
}

/** 创建规则 / 编辑: step 扫描规则 (scope, filter, trigger, live preview), then optional step 事件通知. */
export function RuleWizard({ instanceId, open, rule, onClose }: RuleWizardProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<RuleFormValues>();
  const [step, setStep] = useState(0);
  const create = useCreateScanRule();
  const update = useUpdateScanRule();
  const editing = rule !== undefined;

  const scope = Form.useWatch('ScanScope', form) ?? rule?.ScanScope ?? 'NAMESPACE';
  const multiNamespaces = Form.useWatch('Namespaces', form) ?? [];
  const singleNamespace = Form.useWatch('Namespace', form);
  const repoNames = Form.useWatch('RepoNames', form) ?? [];
  const pattern = Form.useWatch('RepoTagFilterPattern', form) ?? '';
  const notify: NotifyChoice = Form.useWatch('NotifyMethod', form) ?? 'NONE';

  const scopeOptions = useScopeOptions(instanceId, {
    namespaces: open,
    reposOf: open && scope === 'REPO' ? singleNamespace : undefined,
  });

  const previewNamespaces = scope === 'REPO' ? (singleNamespace ? [singleNamespace] : []) : multiNamespaces;
  const patternOk = checkTagPattern(pattern) === null;

  const next = async () => {
    try {
      await form.validateFields(RULE_STEP_FIELDS);
      setStep(1);
    } catch {
      // antd shows the messages at the fields.
    }
  };

  const onFinish = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    // All fields, including those of the step not shown.
    const values = form.getFieldsValue(true) as RuleFormValues;
    const notifyFields =
      values.NotifyMethod === 'NONE'
        ? {}
        : {
            NotifyMethod: values.NotifyMethod,
            NotifyUrl: values.NotifyUrl.trim(),
            ...(values.NotifyMethod === 'DING_TALK' && values.NotifySecret.trim() !== ''
              ? { NotifySecret: values.NotifySecret.trim() }
              : {}),
          };
    const body = {
      InstanceId: instanceId,
      RuleName: values.RuleName.trim(),
      ScanScope: values.ScanScope,
      TriggerType: values.TriggerType,
      Namespaces: values.ScanScope === 'REPO' ? [values.Namespace ?? ''] : values.Namespaces,
      RepoNames: values.ScanScope === 'REPO' ? values.RepoNames : [],
      RepoTagFilterPattern: values.RepoTagFilterPattern,
      ...notifyFields,
    };
    try {
      if (rule) await update.mutateAsync({ ...body, ScanRuleId: rule.ScanRuleId });
      else await create.mutateAsync(body);
    } catch (error) {
      // The wizard stays open with what the user typed; field problems are shown at the field.
      const field = FIELD_ERRORS[errorCode(error) ?? '']?.(values.ScanScope);
      if (field) {
        form.setFields([{ name: field, errors: [describeError(t, error).message] }]);
        setStep(RULE_STEP_FIELDS.includes(field) ? 0 : 1);
      } else showError(error);
      return;
    }
    void message.success(t(editing ? 'scan-rules.updated' : 'scan-rules.created', { name: body.RuleName }));
    onClose();
  };

  const initialValues: RuleFormValues = {
    RuleName: rule?.RuleName ?? '',
    ScanScope: rule?.ScanScope ?? 'NAMESPACE',
    Namespaces: rule?.ScanScope === 'NAMESPACE' ? rule.Namespaces : [],
    Namespace: rule?.ScanScope === 'REPO' ? rule.Namespaces[0] : undefined,
    RepoNames: rule?.RepoNames ?? [],
    RepoTagFilterPattern: rule?.RepoTagFilterPattern ?? '.*',
    TriggerType: rule?.TriggerType ?? 'MANUAL',
    NotifyMethod: rule?.NotifyMethod ?? 'NONE',
    NotifyUrl: rule?.NotifyUrl ?? '',
    NotifySecret: rule?.NotifySecret ?? '',
  };

  const scheme = notify === 'NONE' ? undefined : NOTIFY_SCHEME[notify];
  const footer = [
    <Button key="cancel" onClick={onClose}>
      {t('common.cancel')}
    </Button>,
    step === 1 && (
      <Button key="prev" onClick={() => setStep(0)}>
        {t('scan-rules.prev')}
      </Button>
    ),
    step === 0 ? (
      <Button key="next" type="primary" data-tour="rule-next" onClick={() => void next()}>
        {t('scan-rules.next')}
      </Button>
    ) : (
      <Button
        key="submit"
        type="primary"
        data-tour="rule-create"
        loading={create.isPending || update.isPending}
        onClick={() => void onFinish()}
      >
        {t(editing ? 'scan-rules.submit.edit' : 'scan-rules.submit.create')}
      </Button>
    ),
  ];

  return (
    <Modal
      open={open}
      title={t(editing ? 'scan-rules.wizard.edit' : 'scan-rules.wizard.create')}
      onCancel={onClose}
      footer={footer}
      width={640}
      destroyOnHidden
      maskClosable={false}
    >
      <Steps
        current={step}
        size="small"
        style={{ margin: '16px 0 24px' }}
        items={[{ title: t('scan-rules.step.rule') }, { title: t('scan-rules.step.notify') }]}
      />
      <Form<RuleFormValues> form={form} layout="vertical" initialValues={initialValues} preserve data-tour="rule-form">
        <div hidden={step !== 0}>
          <Form.Item
            name="RuleName"
            label={t('scan-rules.field.name')}
            rules={[
              { required: true, whitespace: true, message: t('scan-rules.field.name.required') },
              { max: SCAN_RULE_NAME_MAX, message: t('scan-rules.field.name.too-long', { max: SCAN_RULE_NAME_MAX }) },
            ]}
          >
            <Input placeholder={t('scan-rules.field.name.placeholder')} autoComplete="off" />
          </Form.Item>
          <Form.Item name="ScanScope" label={t('scan-rules.field.scope')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'NAMESPACE', label: t('scan-rules.field.scope.namespace') },
                { value: 'REPO', label: t('scan-rules.field.scope.repo') },
              ]}
            />
          </Form.Item>
          <ScopeTargetItems
            scope={scope}
            form={form}
            singleNamespace={singleNamespace}
            options={scopeOptions}
            texts={{
              namespaces: t('scan-rules.field.namespace'),
              namespacesRequired: t('scan-rules.field.namespaces.required'),
              namespaceRequired: t('scan-rules.field.namespace.required'),
              namespacePlaceholder: t('scan-rules.field.namespace.placeholder'),
              repos: t('scan-rules.field.repos'),
              reposRequired: t('scan-rules.field.repos.required'),
              reposPlaceholder: t('scan-rules.field.repos.placeholder'),
              reposPickNamespace: t('scan-rules.field.repos.pick-namespace'),
            }}
          />
          <TagFilterItem label={t('scan-rules.field.filter')} help={t('scan-rules.field.filter.help')} />
          <Form.Item
            name="TriggerType"
            label={t('scan-rules.field.trigger')}
            extra={t('scan-rules.field.trigger.help')}
          >
            <Radio.Group
              options={SCAN_RULE_TRIGGER_TYPES.map((type) => ({ value: type, label: t(scanRuleTriggerLabel[type]) }))}
            />
          </Form.Item>
          <RulePreview
            instanceId={instanceId}
            scope={scope}
            namespaces={previewNamespaces}
            repoNames={repoNames}
            pattern={patternOk ? pattern : ''}
          />
        </div>
        <div hidden={step !== 1} data-tour="rule-notify">
          <Form.Item name="NotifyMethod" label={t('scan-rules.field.notify')} extra={t('scan-rules.notify.help')}>
            <Radio.Group
              options={[
                { value: 'NONE', label: t('scan-rules.notify.none') },
                ...SCAN_RULE_NOTIFY_METHODS.map((m) => ({ value: m, label: t(scanRuleNotifyLabel[m]) })),
              ]}
            />
          </Form.Item>
          {scheme && (
            <Form.Item
              name="NotifyUrl"
              label={notify === 'DING_TALK' ? t('scan-rules.field.webhook') : t('scan-rules.field.url')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t(
                    notify === 'DING_TALK' ? 'scan-rules.field.webhook.required' : 'scan-rules.field.url.required',
                  ),
                },
                { max: SCAN_RULE_NOTIFY_URL_MAX },
                {
                  validator: async (_rule, raw: string) => {
                    const value = raw.trim();
                    if (value === '') return;
                    if (!notifySchemeOk(value, scheme, notify === 'DING_TALK'))
                      throw new Error(t('scan-rules.field.url.scheme', { scheme }));
                    if (!URL.canParse(value)) throw new Error(t('scan-rules.field.url.invalid'));
                  },
                },
              ]}
            >
              <Input placeholder={`${scheme}://`} autoComplete="off" />
            </Form.Item>
          )}
          {notify === 'DING_TALK' && (
            <Form.Item name="NotifySecret" label={t('scan-rules.field.secret')}>
              <Input.Password placeholder={t('scan-rules.field.secret.placeholder')} autoComplete="off" />
            </Form.Item>
          )}
        </div>
      </Form>
    </Modal>
  );
}
