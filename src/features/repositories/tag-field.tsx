import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { checkTagName, TAG_NAME_LIMITS } from '@/api/contract/names';
import { useT } from '@/lib/i18n';

/** 镜像版本 input of the push modals, checked with the backend's tag rule. */
export function TagField({ extra }: { extra?: ReactNode }) {
  const t = useT();
  return (
    <Form.Item
      name="Tag"
      label={t('uploads.field.tag')}
      extra={extra}
      rules={[
        {
          validator: async (_rule, value: string | undefined) => {
            const problem = checkTagName(value ?? '');
            if (problem === 'required') throw new Error(t('uploads.field.tag.required'));
            if (problem) throw new Error(t('uploads.field.tag.illegal'));
          },
        },
      ]}
    >
      <Input placeholder={t('uploads.field.tag.placeholder')} maxLength={TAG_NAME_LIMITS.max} autoComplete="off" />
    </Form.Item>
  );
}
