import { RobotOutlined } from '@ant-design/icons';
import { Avatar, Empty, Flex, Typography, theme } from 'antd';
import type { DemoReceiverMessage } from '@/api/contract/events';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { MarkdownView } from './markdown-view';

interface DingTalkBody {
  title?: string;
  text: string;
  markdown: boolean;
}

/** What a DingTalk robot message shows: a markdown message's text, or a text message's content. */
function readBody(body: string): DingTalkBody {
  try {
    const parsed = JSON.parse(body) as {
      msgtype?: string;
      markdown?: { title?: string; text?: string };
      text?: { content?: string };
    };
    if (parsed.markdown?.text !== undefined)
      return { title: parsed.markdown.title, text: parsed.markdown.text, markdown: true };
    if (parsed.text?.content !== undefined) return { text: parsed.text.content, markdown: false };
  } catch {
    // Not JSON: shown as sent.
  }
  return { text: body, markdown: false };
}

/** DingTalk's reply: `{errcode: 0}` accepted, anything else rejected with `errmsg`. */
function rejection(message: DemoReceiverMessage): string | undefined {
  try {
    const reply = JSON.parse(message.ResponseBody) as { errcode?: number; errmsg?: string };
    if (reply.errcode !== undefined && reply.errcode !== 0) return `${reply.errcode} ${reply.errmsg ?? ''}`.trim();
  } catch {
    // A reply that is not JSON is judged by its status.
  }
  return message.ResponseStatus >= 400 ? String(message.ResponseStatus) : undefined;
}

/** A DingTalk-style group chat: the robot's messages as bubbles, oldest first. */
export function DingTalkPreview({ messages }: { messages: DemoReceiverMessage[] }) {
  const t = useT();
  // Theme tokens, not DingTalk's fixed greys: the chat stays readable in the dark theme.
  const { token } = theme.useToken();
  if (messages.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.demo.dingtalk.empty')} />;
  const ordered = [...messages].sort((a, b) => Number(a.ReceivedTime) - Number(b.ReceivedTime));
  return (
    <Flex
      vertical
      gap={16}
      style={{ background: token.colorBgLayout, borderRadius: 8, padding: 16, maxHeight: 640, overflow: 'auto' }}
    >
      {ordered.map((message) => {
        const body = readBody(message.Body);
        const rejected = rejection(message);
        return (
          <Flex
            key={message.MessageId}
            gap={8}
            align="flex-start"
            aria-label={body.title ?? t('events.demo.dingtalk.robot')}
            role="article"
          >
            <Avatar style={{ background: '#3296fa', flex: 'none' }} icon={<RobotOutlined />} />
            <div style={{ minWidth: 0, maxWidth: 560 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('events.demo.dingtalk.robot')} · {formatTime(message.ReceivedTime)}
              </Typography.Text>
              <div
                style={{
                  background: token.colorBgContainer,
                  borderRadius: 8,
                  padding: '8px 12px',
                  marginTop: 4,
                  overflowWrap: 'anywhere',
                }}
              >
                {body.markdown ? (
                  <MarkdownView text={body.text} />
                ) : (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{body.text}</span>
                )}
              </div>
              {rejected && (
                <Typography.Text type="danger" style={{ fontSize: 12 }}>
                  {t('events.demo.dingtalk.rejected', { reason: rejected })}
                </Typography.Text>
              )}
            </div>
          </Flex>
        );
      })}
    </Flex>
  );
}
