import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { EventAttempt } from '@/api/contract/events';
import { CopyButton } from '@/components/copy-button';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { reasonText } from '@/lib/reason-text';
import { CodeBlock, prettyBody } from './code-block';

export function headersText(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

/** One attempt of a delivery: the exact request, then the response or the error. */
export function AttemptView({ attempt }: { attempt: EventAttempt }) {
  const t = useT();
  const ok = attempt.HttpStatus !== undefined && attempt.HttpStatus >= 200 && attempt.HttpStatus < 300;
  const request = `${attempt.Request.Method} ${attempt.Request.Url}\n${headersText(attempt.Request.Headers)}\n\n${attempt.Request.Body}`;
  return (
    <section
      aria-label={t('events.drawer.attempt', { n: attempt.Attempt })}
      style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12, marginBottom: 12 }}
    >
      <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('events.drawer.attempt', { n: attempt.Attempt })}</Typography.Text>
        <Typography.Text type="secondary">{formatTime(attempt.StartTime)}</Typography.Text>
        <Typography.Text type="secondary">{t('events.drawer.duration', { ms: attempt.DurationMs })}</Typography.Text>
        {attempt.HttpStatus !== undefined && <Tag color={ok ? 'green' : 'red'}>{attempt.HttpStatus}</Tag>}
      </Flex>
      <Typography.Title level={5} style={{ fontSize: 14 }}>
        {t('events.drawer.request')}
      </Typography.Title>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Tag>{attempt.Request.Method}</Tag>
        <Typography.Text style={{ wordBreak: 'break-all', flex: 1 }}>{attempt.Request.Url}</Typography.Text>
        <CopyButton text={request} label={t('events.drawer.copy-request')}>
          {t('events.drawer.copy-request')}
        </CopyButton>
      </Flex>
      <Typography.Text type="secondary">{t('events.drawer.headers')}</Typography.Text>
      <CodeBlock text={headersText(attempt.Request.Headers)} copyLabel={t('common.copy')} />
      <Typography.Text type="secondary">{t('events.drawer.body')}</Typography.Text>
      <CodeBlock text={prettyBody(attempt.Request.Body)} copyLabel={t('events.drawer.copy-body')} />
      <Typography.Title level={5} style={{ fontSize: 14, marginTop: 12 }}>
        {t('events.drawer.response')}
      </Typography.Title>
      {attempt.HttpStatus === undefined ? (
        <Typography.Text type="danger">
          {attempt.Error ? reasonText(t, attempt.Error) : t('events.drawer.no-response')}
        </Typography.Text>
      ) : (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('events.drawer.response-status')}>{attempt.HttpStatus}</Descriptions.Item>
          <Descriptions.Item label={t('events.drawer.response-body')}>
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 12 }}>
              {prettyBody(attempt.ResponseBody ?? '')}
            </pre>
          </Descriptions.Item>
          {attempt.Error && (
            <Descriptions.Item label={t('events.drawer.error')}>{reasonText(t, attempt.Error)}</Descriptions.Item>
          )}
        </Descriptions>
      )}
    </section>
  );
}
