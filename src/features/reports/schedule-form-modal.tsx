import { Button, Form, Input, Modal, Radio } from 'antd';
import {
  DEMO_RECEIVER_HOST,
  EVENT_NOTIFY_METHODS,
  type EventNotifyMethod,
  notifySchemeOk,
} from '@/api/contract/events';
import {
  REPORT_EXPORT_FORMATS,
  REPORT_FREQUENCIES,
  type ReportExportFormat,
  type ReportFrequency,
} from '@/api/contract/reports';
import { useCreateReportSchedule } from '@/api/resources/reports';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { usePresenterMode } from '@/stores/presenter-store';
import { frequencyLabel } from './labels';
import { notifyMethodLabel } from './schedule-columns';

const NAME_MAX = 64;
const URL_MAX = 1024;
/** The scheme each method needs (the backend answers REPORT_SCHEDULE_ILLEGAL otherwise). */
const SCHEME: Record<EventNotifyMethod, 'http' | 'https'> = { dingding: 'https', http: 'http', https: 'https' };

interface Values {
  Name: string;
  Frequency: ReportFrequency;
  Format: ReportExportFormat;
  NotifyMethod: EventNotifyMethod;
  NotifyUrl: string;
  NotifySecret?: string;
}

const initialValues: Partial<Values> = { Frequency: 'DAILY', Format: 'HTML', NotifyMethod: 'dingding' };

/** 创建定时报告: 名称, 频率 (每天/每周), 格式, 通知方式 钉钉/HTTP/HTTPS + 地址 + 加签密钥. */
export function ScheduleFormModal({
  open,
  instanceId,
  onClose,
}: {
  open: boolean;
  instanceId: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<Values>();
  const create = useCreateReportSchedule();
  const method = Form.useWatch('NotifyMethod', form) ?? 'dingding';
  const dingtalk = method === 'dingding';
  const scheme = SCHEME[method];
  // The 演示接收器 is this console's own helper: presenter mode leaves its hint out.
  const presenting = usePresenterMode();

  const onFinish = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const secret = dingtalk ? values.NotifySecret?.trim() : undefined;
    try {
      await create.mutateAsync({
        InstanceId: instanceId,
        Name: values.Name.trim(),
        Frequency: values.Frequency,
        Format: values.Format,
        NotifyMethod: values.NotifyMethod,
        NotifyUrl: values.NotifyUrl.trim(),
        ...(secret ? { NotifySecret: secret } : {}),
      });
    } catch (error) {
      if (errorCode(error) === 'REPORT_SCHEDULE_ILLEGAL') {
        form.setFields([{ name: 'NotifyUrl', errors: [describeError(t, error).message] }]);
      } else showError(error);
      return;
    }
    void message.success(t('reports.schedule.created', { name: values.Name.trim() }));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('reports.schedule.create')}
      onCancel={onClose}
      width={600}
      destroyOnHidden
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="submit" type="primary" loading={create.isPending} onClick={onFinish}>
          {t('common.ok')}
        </Button>,
      ]}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} preserve={false}>
        <Form.Item
          name="Name"
          label={t('reports.schedule.form.name')}
          rules={[
            { required: true, whitespace: true, message: t('reports.schedule.form.name.required') },
            { max: NAME_MAX },
          ]}
        >
          <Input autoComplete="off" maxLength={NAME_MAX} />
        </Form.Item>
        <Form.Item name="Frequency" label={t('reports.schedule.form.frequency')}>
          <Radio.Group options={REPORT_FREQUENCIES.map((f) => ({ value: f, label: t(frequencyLabel[f]) }))} />
        </Form.Item>
        <Form.Item name="Format" label={t('reports.schedule.form.format')}>
          <Radio.Group options={REPORT_EXPORT_FORMATS.map((f) => ({ value: f, label: f }))} />
        </Form.Item>
        <Form.Item name="NotifyMethod" label={t('reports.schedule.form.method')}>
          <Radio.Group options={EVENT_NOTIFY_METHODS.map((m) => ({ value: m, label: t(notifyMethodLabel[m]) }))} />
        </Form.Item>
        <Form.Item
          name="NotifyUrl"
          label={t(dingtalk ? 'reports.schedule.form.webhook' : 'reports.schedule.form.url')}
          extra={
            presenting ? undefined : t('reports.schedule.form.url.demo-hint', { scheme, host: DEMO_RECEIVER_HOST })
          }
          dependencies={['NotifyMethod']}
          rules={[
            { required: true, whitespace: true, message: t('reports.schedule.form.url.required') },
            { max: URL_MAX },
            {
              validator: async (_rule, raw: string | undefined) => {
                const value = (raw ?? '').trim();
                if (value === '') return;
                if (!notifySchemeOk(value, scheme, dingtalk)) {
                  throw new Error(t('reports.schedule.form.url.scheme', { scheme }));
                }
                if (!URL.canParse(value)) throw new Error(t('reports.schedule.form.url.invalid'));
              },
            },
          ]}
        >
          <Input placeholder={`${scheme}://`} autoComplete="off" spellCheck={false} />
        </Form.Item>
        {dingtalk && (
          <Form.Item name="NotifySecret" label={t('reports.schedule.form.secret')} rules={[{ max: 256 }]}>
            <Input.Password placeholder={t('reports.schedule.form.secret.placeholder')} autoComplete="new-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
