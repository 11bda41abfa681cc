/**
 * The fields a rule's scope shares between 扫描规则 and 事件规则: the namespaces (NAMESPACE scope, several), or one
 * namespace and its repositories (REPO scope), and 镜像版本过滤. Each form words them its own way, so the texts come
 * in; the options come from the feature (shared components never ask the API).
 */
import { Form, type FormInstance, Input, Select } from 'antd';
import { useT } from '@/lib/i18n';
import { patternProblem } from '@/lib/tag-pattern-problem';

type Option = { value: string; label: string };

export interface ScopeTargetOptions {
  namespaceOptions: Option[];
  repoOptions: Option[];
  namespacesLoading: boolean;
  reposLoading: boolean;
}

export interface ScopeTargetTexts {
  namespaces: string;
  namespacesRequired: string;
  namespaceRequired: string;
  namespacePlaceholder: string;
  repos: string;
  reposRequired: string;
  reposPlaceholder: string;
  reposPickNamespace: string;
}

interface ScopeTargetItemsProps {
  scope: 'NAMESPACE' | 'REPO';
  /** Its `RepoNames` are cleared when the namespace of a REPO scope changes. */
  form: FormInstance;
  /** The namespace a REPO scope picked (watched by the feature, which also loads its repositories). */
  singleNamespace: string | undefined;
  options: ScopeTargetOptions;
  texts: ScopeTargetTexts;
}

/** `Namespaces`, or `Namespace` and `RepoNames`, as form items. */
export function ScopeTargetItems({ scope, form, singleNamespace, options, texts }: ScopeTargetItemsProps) {
  if (scope === 'NAMESPACE') {
    return (
      <Form.Item
        name="Namespaces"
        label={texts.namespaces}
        rules={[{ required: true, type: 'array', min: 1, message: texts.namespacesRequired }]}
      >
        <Select
          mode="multiple"
          options={options.namespaceOptions}
          loading={options.namespacesLoading}
          placeholder={texts.namespacePlaceholder}
        />
      </Form.Item>
    );
  }
  return (
    <>
      <Form.Item
        name="Namespace"
        label={texts.namespaces}
        rules={[{ required: true, message: texts.namespaceRequired }]}
      >
        <Select
          options={options.namespaceOptions}
          loading={options.namespacesLoading}
          placeholder={texts.namespacePlaceholder}
          onChange={() => form.setFieldValue('RepoNames', [])}
        />
      </Form.Item>
      <Form.Item
        name="RepoNames"
        label={texts.repos}
        rules={[{ required: true, type: 'array', min: 1, message: texts.reposRequired }]}
      >
        <Select
          mode="multiple"
          options={options.repoOptions}
          disabled={!singleNamespace}
          loading={options.reposLoading}
          placeholder={singleNamespace ? texts.reposPlaceholder : texts.reposPickNamespace}
        />
      </Form.Item>
    </>
  );
}

/** 镜像版本过滤 (`RepoTagFilterPattern`): a regular expression, checked as the backend will check it. */
export function TagFilterItem({ label, help }: { label: string; help: string }) {
  const t = useT();
  return (
    <Form.Item
      name="RepoTagFilterPattern"
      label={label}
      required
      extra={help}
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
  );
}
