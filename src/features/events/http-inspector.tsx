import { Collapse, Empty, Flex, Tag, Typography } from 'antd';
import type { DemoReceiverMessage } from '@/api/contract/events';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { headersText } from './attempt-view';
import { CodeBlock, prettyBody } from './code-block';

/** The HTTP requests the demo host received, newest first, each with its headers and body. */
export function HttpInspector({ messages }: { messages: DemoReceiverMessage[] }) {
  const t = useT();
  if (messages.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.demo.http.empty')} />;
  return (
    <Collapse
      size="small"
      items={messages.map((message) => ({
        key: message.MessageId,
        label: (
          <Flex gap={8} align="center" wrap>
            <Tag>POST</Tag>
            <Typography.Text style={{ wordBreak: 'break-all' }}>{message.Url}</Typography.Text>
            <Typography.Text type="secondary">{formatTime(message.ReceivedTime)}</Typography.Text>
            <Tag color={message.ResponseStatus < 300 ? 'green' : 'red'}>
              {t('events.demo.answered', { status: message.ResponseStatus })}
            </Tag>
          </Flex>
        ),
        children: (
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">{t('events.drawer.headers')}</Typography.Text>
            <CodeBlock text={headersText(message.Headers)} copyLabel={t('common.copy')} />
            <Typography.Text type="secondary">{t('events.drawer.body')}</Typography.Text>
            <CodeBlock text={prettyBody(message.Body)} copyLabel={t('events.drawer.copy-body')} />
          </Flex>
        ),
      }))}
    />
  );
}
