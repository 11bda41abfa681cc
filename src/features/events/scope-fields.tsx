import { Form, type FormInstance, Radio } from 'antd';
import { EVENT_SCOPES, type EventScope } from '@/api/contract/events';
import { useScopeOptions } from '@/api/resources/scope-options';
import { ScopeTargetItems, TagFilterItem } from '@/components/scope-form-items';
import { useT } from '@/lib/i18n';
import { eventScopeLabel } from './labels';
import type { RuleFormValues } from './rule-form-values';

interface ScopeFieldsProps {
  instanceId: string;
  form: FormInstance<RuleFormValues>;
  scope: EventScope;
}

/** 事件范围: 实例 / 命名空间 (several) / 镜像仓库 (one namespace, its repositories), and 镜像版本过滤. */
export function ScopeFields({ instanceId, form, scope }: ScopeFieldsProps) {
  const t = useT();
  const singleNamespace = Form.useWatch('Namespace', form);
  const options = useScopeOptions(instanceId, {
    namespaces: scope !== 'INSTANCE',
    reposOf: scope === 'REPO' ? singleNamespace : undefined,
  });

  return (
    <>
      <Form.Item name="EventScope" label={t('events.form.scope')}>
        <Radio.Group
          optionType="button"
          options={EVENT_SCOPES.map((s) => ({ value: s, label: t(eventScopeLabel[s]) }))}
        />
      </Form.Item>
      {scope !== 'INSTANCE' && (
        <ScopeTargetItems
          scope={scope}
          form={form}
          singleNamespace={singleNamespace}
          options={options}
          texts={{
            namespaces: t('events.form.namespaces'),
            namespacesRequired: t('events.form.namespaces.required'),
            namespaceRequired: t('events.form.namespace.required'),
            namespacePlaceholder: t('events.form.namespace.placeholder'),
            repos: t('events.form.repos'),
            reposRequired: t('events.form.repos.required'),
            reposPlaceholder: t('events.form.repos.placeholder'),
            reposPickNamespace: t('events.form.repos.pick-namespace'),
          }}
        />
      )}
      <TagFilterItem label={t('events.form.filter')} help={t('events.form.filter.help')} />
    </>
  );
}
