import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { RamNameSchema } from '@/api/contract/ram';
import { useCreateGroup, useCreateUser } from '@/api/resources/ram';
import { useFeedback } from '@/components/feedback';
import { useT } from '@/lib/i18n';
import { useRamErrorMessage } from './use-ram-error';

interface Values {
  name: string;
  displayName?: string;
  comments?: string;
}

/** 创建用户 (用户名, 显示名称, 备注) or 创建用户组 (用户组名称, 备注). */
export function CreatePrincipalModal({
  kind,
  open,
  onClose,
}: {
  kind: 'user' | 'group';
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useRamErrorMessage();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const createUser = useCreateUser();
  const createGroup = useCreateGroup();
  const title = kind === 'user' ? t('ram.users.create') : t('ram.groups.create');

  const submit = async () => {
    const values = await form.validateFields();
    const comments = values.comments?.trim() || undefined;
    setSaving(true);
    try {
      if (kind === 'user') {
        await createUser.mutateAsync({
          UserName: values.name,
          DisplayName: values.displayName?.trim() || undefined,
          Comments: comments,
        });
        void message.success(t('ram.users.created', { name: values.name }));
      } else {
        await createGroup.mutateAsync({ GroupName: values.name, Comments: comments });
        void message.success(t('ram.groups.created', { name: values.name }));
      }
      onClose();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="name"
          label={kind === 'user' ? t('ram.users.col.name') : t('ram.groups.col.name')}
          extra={t('ram.form.name-rule')}
          rules={[
            { required: true, message: t('ram.form.name-required') },
            {
              validator: (_, value: string | undefined) =>
                !value || RamNameSchema.safeParse(value).success
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ram.form.name-rule'))),
            },
          ]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        {kind === 'user' && (
          <Form.Item name="displayName" label={t('ram.users.col.display')}>
            <Input maxLength={128} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="comments" label={t('ram.form.comments')}>
          <Input maxLength={128} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
