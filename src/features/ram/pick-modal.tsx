import { Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';

export interface PickOption {
  value: string;
  label: string;
}

interface PickModalProps {
  open: boolean;
  title: string;
  /** The field's label (权限策略, 用户组, 用户). */
  label: string;
  options: PickOption[];
  /** Resolves when done; a rejection keeps the modal open (the caller shows the error). */
  onOk: (value: string) => Promise<unknown>;
  onClose: () => void;
}

/** Picks one thing to attach, join, add or remove: 添加权限, 移除权限, 加入用户组, 添加成员, … */
export function PickModal({ open, title, label, options, onOk, onClose }: PickModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ value: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const { value } = await form.validateFields();
    setSaving(true);
    try {
      await onOk(value);
      onClose();
    } catch {
      // The caller has shown the error; keep the choice so it can be retried.
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
        <Form.Item name="value" label={label} rules={[{ required: true, message: t('ram.form.pick-required') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={options}
            notFoundContent={t('ram.pick.none')}
            aria-label={label}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
