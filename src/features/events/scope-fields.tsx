import { Form, type FormInstance, Input, Radio, Select } from 'antd';
import { EVENT_SCOPES, type EventScope } from '@/api/contract/events';
import { useScopeOptions } from '@/api/resources/scope-options';
import { useT } from '@/lib/i18n';
import { patternProblem } from '@/lib/tag-pattern-problem';
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
  const { namespaceOptions, repoOptions, namespacesLoading, reposLoading } = useScopeOptions(instanceId, {
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
      {scope === 'NAMESPACE' && (
        <Form.Item
          name="Namespaces"
          label={t('events.form.namespaces')}
          rules={[{ required: true, type: 'array', min: 1, message: t('events.form.namespaces.required') }]}
        >
          <Select
            mode="multiple"
            options={namespaceOptions}
            loading={namespacesLoading}
            placeholder={t('events.form.namespace.placeholder')}
          />
        </Form.Item>
      )}
      {scope === 'REPO' && (
        <>
          <Form.Item
            name="Namespace"
            label={t('events.form.namespaces')}
            rules={[{ required: true, message: t('events.form.namespace.required') }]}
          >
            <Select
              options={namespaceOptions}
              loading={namespacesLoading}
              placeholder={t('events.form.namespace.placeholder')}
              onChange={() => form.setFieldValue('RepoNames', [])}
            />
          </Form.Item>
          <Form.Item
            name="RepoNames"
            label={t('events.form.repos')}
            rules={[{ required: true, type: 'array', min: 1, message: t('events.form.repos.required') }]}
          >
            <Select
              mode="multiple"
              options={repoOptions}
              disabled={!singleNamespace}
              loading={reposLoading}
              placeholder={singleNamespace ? t('events.form.repos.placeholder') : t('events.form.repos.pick-namespace')}
            />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="RepoTagFilterPattern"
        label={t('events.form.filter')}
        required
        extra={t('events.form.filter.help')}
        rules={[
          {
            validator: async (_rule, value: string | undefined) => {
              const problem = patternProblem(t, value ?? '');
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
    </>
  );
}
