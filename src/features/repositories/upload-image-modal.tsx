import { InboxOutlined } from '@ant-design/icons';
import { Alert, Flex, Form, Modal, Progress, Select, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useCompleteImageUpload } from '@/api/resources/uploads';
import { useFeedback } from '@/components/feedback';
import { describeError, errorCode } from '@/lib/api-errors';
import { formatBytes } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { pushedMessage, TAG_FIELD_ERRORS } from './push-result';
import { TagField } from './tag-field';
import { tagOfReference, type UploadState, useImageUpload } from './use-image-upload';

interface UploadValues {
  Tag: string;
  ArchiveTag?: string;
}

interface UploadImageModalProps {
  instanceId: string;
  repoId: string;
  namespace: string;
  repoName: string;
  open: boolean;
  onClose: () => void;
}

/** Errors after which the file must be uploaded again (the backend dropped the session). */
const SESSION_ENDING = /^(UPLOAD_|IMAGE_)/;

/** 上传镜像: drag a `docker save` / OCI tarball, see it upload in chunks, name the tag, push. */
export function UploadImageModal({ instanceId, repoId, namespace, repoName, open, onClose }: UploadImageModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const [form] = Form.useForm<UploadValues>();
  const upload = useImageUpload(instanceId);
  const complete = useCompleteImageUpload(repoId);
  const { state } = upload;
  const [pushError, setPushError] = useState<unknown>();
  const images = state.phase === 'ready' ? state.images : [];

  // Prefill the tag from the archive's RepoTags (of the only image, or of the one chosen).
  const archiveTag = Form.useWatch('ArchiveTag', form);
  useEffect(() => {
    if (state.phase !== 'ready') return;
    const image =
      state.images.length === 1 ? state.images[0] : state.images.find((i) => i.RepoTags.includes(archiveTag ?? ''));
    const reference = image?.RepoTags[0];
    if (reference && !form.getFieldValue('Tag')) form.setFieldsValue({ Tag: tagOfReference(reference) });
  }, [state, archiveTag, form]);

  const onFinish = async (values: UploadValues) => {
    if (state.phase !== 'ready') return;
    setPushError(undefined);
    try {
      const result = await complete.mutateAsync({
        InstanceId: instanceId,
        UploadId: state.uploadId,
        NamespaceName: namespace,
        RepoName: repoName,
        Tag: values.Tag,
        ArchiveTag: values.ArchiveTag,
      });
      upload.forget();
      void message.success(pushedMessage(t, result));
      onClose();
    } catch (error) {
      const code = errorCode(error) ?? '';
      if (TAG_FIELD_ERRORS.has(code)) form.setFields([{ name: 'Tag', errors: [describeError(t, error).message] }]);
      else if (SESSION_ENDING.test(code)) upload.forget(error);
      else setPushError(error);
    }
  };

  const cancel = () => {
    upload.reset();
    onClose();
  };

  const failure = state.phase === 'failed' ? state.error : pushError;
  return (
    <Modal
      open={open}
      title={t('uploads.upload.title')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: state.phase !== 'ready' }}
      confirmLoading={complete.isPending}
      onOk={() => form.submit()}
      onCancel={cancel}
      destroyOnHidden
      width={600}
    >
      <Flex vertical gap={16}>
        <Upload.Dragger
          accept=".tar,.tar.gz,.tgz"
          multiple={false}
          showUploadList={false}
          disabled={complete.isPending}
          beforeUpload={(file) => {
            setPushError(undefined);
            form.resetFields(['ArchiveTag']);
            upload.start(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('uploads.upload.drag')}</p>
          <p className="ant-upload-hint">{t('uploads.upload.hint')}</p>
        </Upload.Dragger>
        <UploadStatus state={state} />
        {failure ? <Alert type="error" showIcon message={describeError(t, failure).message} /> : null}
        <Form<UploadValues> form={form} layout="vertical" onFinish={onFinish} disabled={complete.isPending}>
          {images.length > 1 ? (
            <Form.Item
              name="ArchiveTag"
              label={t('uploads.upload.archive-image')}
              extra={t('uploads.upload.archive-image.help')}
              rules={[{ required: true, message: t('uploads.upload.archive-image.required') }]}
            >
              <Select
                options={images.map((image, index) => ({
                  value: image.RepoTags[0] ?? '',
                  label: image.RepoTags.join(', ') || t('uploads.upload.untagged', { index: index + 1 }),
                  disabled: image.RepoTags.length === 0,
                }))}
              />
            </Form.Item>
          ) : null}
          <TagField
            extra={images.some((image) => image.RepoTags.length > 0) ? t('uploads.field.tag.help') : undefined}
          />
        </Form>
      </Flex>
    </Modal>
  );
}

function UploadStatus({ state }: { state: UploadState }) {
  const t = useT();
  if (state.phase === 'idle') return null;
  const name = (
    <Typography.Text strong ellipsis>
      {state.file.name} ({formatBytes(state.file.size)})
    </Typography.Text>
  );
  if (state.phase === 'uploading') {
    const percent = state.total === 0 ? 0 : Math.floor((100 * state.sent) / state.total);
    return (
      <div>
        {name}
        <Progress percent={percent} status="active" aria-label={t('uploads.upload.file')} />
        <Typography.Text type="secondary">
          {t('uploads.upload.uploading', { sent: formatBytes(state.sent), total: formatBytes(state.total) })}
        </Typography.Text>
      </div>
    );
  }
  return (
    <div>
      {name}
      <Progress
        percent={100}
        status={state.phase === 'failed' ? 'exception' : state.phase === 'ready' ? 'success' : 'active'}
        aria-label={t('uploads.upload.file')}
      />
      {state.phase === 'checking' ? (
        <Typography.Text type="secondary">{t('uploads.upload.checking')}</Typography.Text>
      ) : null}
      {state.phase === 'ready' ? <Typography.Text type="secondary">{t('uploads.upload.ready')}</Typography.Text> : null}
    </div>
  );
}
