import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import type { DemoImageVariant } from '@/api/contract/uploads';
import { demoImageQueries, usePushDemoImage } from '@/api/resources/uploads';
import { useFeedback } from '@/components/feedback';
import { describeError, errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { pushedMessage, TAG_FIELD_ERRORS } from './push-result';
import { TagField } from './tag-field';
import { tagOfReference } from './use-image-upload';

interface DemoValues {
  RecipeName?: string;
  Variant: DemoImageVariant;
  Tag: string;
}

interface PushDemoModalProps {
  instanceId: string;
  repoId: string;
  namespace: string;
  repoName: string;
  open: boolean;
  onClose: () => void;
}

/** 从演示目录推送: pick an image of the demo catalogue and a variant, name the tag, push. */
export function PushDemoModal({ instanceId, repoId, namespace, repoName, open, onClose }: PushDemoModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const [form] = Form.useForm<DemoValues>();
  const catalogue = useQuery(demoImageQueries.list());
  const push = usePushDemoImage(repoId);
  const [pushError, setPushError] = useState<unknown>();

  const onFinish = async (values: DemoValues) => {
    setPushError(undefined);
    try {
      const result = await push.mutateAsync({
        InstanceId: instanceId,
        NamespaceName: namespace,
        RepoName: repoName,
        Tag: values.Tag,
        RecipeName: values.RecipeName ?? '',
        Variant: values.Variant,
      });
      void message.success(pushedMessage(t, result));
      onClose();
    } catch (error) {
      if (TAG_FIELD_ERRORS.has(errorCode(error) ?? '')) {
        form.setFields([{ name: 'Tag', errors: [describeError(t, error).message] }]);
      } else setPushError(error);
    }
  };

  const failure = pushError ?? catalogue.error;
  return (
    <Modal
      open={open}
      title={t('uploads.demo.title')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={push.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      <Alert type="info" showIcon message={t('uploads.demo.hint')} style={{ marginBottom: 16 }} />
      {failure ? (
        <Alert type="error" showIcon message={describeError(t, failure).message} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<DemoValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={push.isPending}
        initialValues={{ Variant: 'vulnerable', Tag: '' }}
        onValuesChange={(changed: Partial<DemoValues>) => {
          if (changed.RecipeName && !form.isFieldTouched('Tag')) {
            form.setFieldsValue({ Tag: tagOfReference(changed.RecipeName) });
          }
        }}
      >
        <Form.Item
          name="RecipeName"
          label={t('uploads.demo.image')}
          rules={[{ required: true, message: t('uploads.demo.image.required') }]}
        >
          <Select
            showSearch
            loading={catalogue.isPending}
            optionFilterProp="value"
            options={catalogue.data?.Images.map((image) => ({
              value: image.Name,
              label: image.Name,
              description: image.Description,
            }))}
            optionRender={(option) => (
              <div>
                <div>{option.label}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                  {option.data.description}
                </Typography.Text>
              </div>
            )}
          />
        </Form.Item>
        <Form.Item name="Variant" label={t('uploads.demo.variant')}>
          <Radio.Group
            options={[
              { value: 'vulnerable', label: t('uploads.demo.variant.vulnerable') },
              { value: 'patched', label: t('uploads.demo.variant.patched') },
            ]}
          />
        </Form.Item>
        <TagField />
      </Form>
    </Modal>
  );
}
