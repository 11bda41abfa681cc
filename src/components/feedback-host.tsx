/**
 * The antd half of feedback.tsx, loaded on the first toast or confirm: antd's message and Modal hooks, whose
 * context holders render here, inside ConfigProvider (theme, dark mode, locale), as antd's App would render them.
 */
import { Modal, message } from 'antd';
import { useEffect } from 'react';
import type { FeedbackChannel } from './feedback';

export default function FeedbackHost({ channel }: { channel: FeedbackChannel }) {
  const [messageApi, messageHolder] = message.useMessage();
  const [modalApi, modalHolder] = Modal.useModal();
  // Attached in an effect: by then both holders are mounted, so no queued call reaches an empty holder.
  useEffect(() => channel.attach({ message: messageApi, modal: modalApi }), [channel, messageApi, modalApi]);
  return (
    <>
      {modalHolder}
      {messageHolder}
    </>
  );
}
