import { Form, Input, InputNumber, Radio } from 'antd';
import {
  DEMO_RECEIVER_HOST,
  EVENT_NOTIFY_METHODS,
  type EventNotifyMethod,
  notifySchemeOk,
} from '@/api/contract/events';
import { useT } from '@/lib/i18n';
import { usePresenterMode } from '@/stores/presenter-store';
import { MAX_RETRIES, NOTIFY_SCHEME } from './event-config';
import { notifyMethodLabel } from './labels';

const URL_MAX = 1024;

interface NotifyFieldsProps {
  method: EventNotifyMethod;
  /** The stored secret, masked, when editing a rule that has one. */
  maskedSecret?: string;
}

/** 通知方式: 钉钉 (Webhook 地址 + 加签密钥) / HTTP / HTTPS (地址, 消息格式), and 重试次数. */
export function NotifyFields({ method, maskedSecret }: NotifyFieldsProps) {
  const t = useT();
  const scheme = NOTIFY_SCHEME[method];
  const dingtalk = method === 'dingding';
  // The 演示接收器 is this console's own helper: presenter mode leaves its hint out, as the real console has none.
  const presenting = usePresenterMode();
  const demoHint = dingtalk || presenting ? undefined : t('events.form.url.demo-hint', { host: DEMO_RECEIVER_HOST });
  return (
    <>
      <Form.Item name="NotifyMethod" label={t('events.form.method')}>
        <Radio.Group options={EVENT_NOTIFY_METHODS.map((m) => ({ value: m, label: t(notifyMethodLabel[m]) }))} />
      </Form.Item>
      <Form.Item
        name="Url"
        label={dingtalk ? t('events.form.webhook') : t('events.form.url')}
        extra={demoHint}
        dependencies={['NotifyMethod']}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t(dingtalk ? 'events.form.webhook.required' : 'events.form.url.required'),
          },
          { max: URL_MAX },
          {
            validator: async (_rule, raw: string | undefined) => {
              const value = (raw ?? '').trim();
              if (value === '') return;
              if (!notifySchemeOk(value, scheme, dingtalk)) throw new Error(t('events.form.url.scheme', { scheme }));
              if (!URL.canParse(value)) throw new Error(t('events.form.url.invalid'));
            },
          },
        ]}
      >
        <Input placeholder={`${scheme}://`} autoComplete="off" spellCheck={false} />
      </Form.Item>
      {dingtalk && (
        <Form.Item
          name="Secret"
          label={t('events.form.secret')}
          extra={maskedSecret ? t('events.form.secret.keep', { masked: maskedSecret }) : undefined}
        >
          <Input.Password placeholder={t('events.form.secret.placeholder')} autoComplete="new-password" />
        </Form.Item>
      )}
      {!dingtalk && (
        <Form.Item name="Envelope" label={t('events.form.envelope')} extra={t('events.form.envelope.help')}>
          <Radio.Group
            options={[
              { value: 'plain', label: t('events.envelope.plain') },
              { value: 'cloudevents', label: t('events.envelope.cloudevents') },
            ]}
          />
        </Form.Item>
      )}
      <Form.Item name="Retries" label={t('events.form.retries')} extra={t('events.form.retries.help')}>
        <InputNumber min={0} max={MAX_RETRIES} precision={0} style={{ width: 120 }} />
      </Form.Item>
    </>
  );
}
