import { Form, Input, Modal, Switch } from 'antd';
import { NAMESPACE_NAME_LIMITS } from '@/api/contract/names';
import type { Namespace, RepoType } from '@/api/contract/namespaces';
import { useCreateNamespace, useUpdateNamespace } from '@/api/resources/namespaces';
import { useFeedback } from '@/components/feedback';
import { RepoTypeRadio } from '@/components/repo-type-radio';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { nameRule } from '@/lib/name-rules';

interface NamespaceFormValues {
  NamespaceName: string;
  AutoCreateRepo: boolean;
  DefaultRepoType: RepoType;
}

interface NamespaceFormModalProps {
  instanceId: string;
  open: boolean;
  /** The namespace being edited; absent when creating. */
  namespace?: Namespace;
  onClose: () => void;
}

/** Errors that belong to the name field rather than to the whole form. */
const NAME_ERRORS = new Set(['NAMESPACE_ALREADY_EXIST', 'NAMESPACE_NAME_ILLEGAL']);

/**
 * 创建命名空间 and 编辑: the same fields; the name is fixed once created. The parent gives each opening a
 * new `key`, so a form never shows what was typed the previous time.
 */
export function NamespaceFormModal({ instanceId, open, namespace, onClose }: NamespaceFormModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<NamespaceFormValues>();
  const create = useCreateNamespace();
  const update = useUpdateNamespace();
  const editing = namespace !== undefined;
  const fieldName = t('namespaces.field.name');

  const onFinish = async (values: NamespaceFormValues) => {
    const params = { InstanceId: instanceId, ...values };
    try {
      if (editing) await update.mutateAsync({ ...params, NamespaceName: namespace.NamespaceName });
      else await create.mutateAsync(params);
    } catch (error) {
      // The form stays open with what the user typed; name problems are shown at the field.
      if (NAME_ERRORS.has(errorCode(error) ?? '')) {
        form.setFields([{ name: 'NamespaceName', errors: [describeError(t, error).message] }]);
      } else showError(error);
      return;
    }
    const name = editing ? namespace.NamespaceName : values.NamespaceName;
    void message.success(t(editing ? 'namespaces.updated' : 'namespaces.created', { name }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={editing ? t('namespaces.edit.title') : t('namespaces.create')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NamespaceFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          NamespaceName: namespace?.NamespaceName ?? '',
          AutoCreateRepo: namespace?.AutoCreateRepo ?? false,
          DefaultRepoType: namespace?.DefaultRepoType ?? 'PRIVATE',
        }}
      >
        <Form.Item
          name="NamespaceName"
          label={fieldName}
          required={!editing}
          rules={editing ? [] : [nameRule(t, 'namespace', fieldName, NAMESPACE_NAME_LIMITS)]}
          extra={editing ? undefined : t('names.rule.namespace', NAMESPACE_NAME_LIMITS)}
        >
          <Input disabled={editing} placeholder={t('namespaces.field.name.placeholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="AutoCreateRepo"
          label={t('namespaces.field.auto-create')}
          valuePropName="checked"
          extra={t('namespaces.field.auto-create.help')}
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="DefaultRepoType"
          label={t('namespaces.field.default-type')}
          extra={t('namespaces.field.default-type.help')}
        >
          <RepoTypeRadio />
        </Form.Item>
      </Form>
    </Modal>
  );
}
