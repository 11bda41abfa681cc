/**
 * Toasts (antd message) and confirmations (antd Modal.confirm) for the whole console, without antd's `App`.
 *
 * `App` would put Modal, notification and message (~25 KB gzip) on every first page, though a first page shows
 * none of them. Here `useFeedback()` hands out a stable facade at once; the antd part (feedback-host.tsx) loads
 * on the first call, and calls made while it loads wait in a queue and are shown, in order, once it is mounted.
 * The host renders inside the provider, so toasts and confirms follow ConfigProvider's theme, dark mode and locale.
 */
import type { ModalFuncProps } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import { createContext, lazy, type ReactNode, Suspense, useContext, useState } from 'react';

/** The message methods the console uses, with antd's arguments; results are not handed back (none is used). */
export interface FeedbackMessage {
  success(...args: Parameters<MessageInstance['success']>): void;
  error(...args: Parameters<MessageInstance['error']>): void;
  info(...args: Parameters<MessageInstance['info']>): void;
  warning(...args: Parameters<MessageInstance['warning']>): void;
  loading(...args: Parameters<MessageInstance['loading']>): void;
  destroy(...args: Parameters<MessageInstance['destroy']>): void;
}

export interface FeedbackModal {
  confirm(config: ModalFuncProps): void;
}

export interface Feedback {
  message: FeedbackMessage;
  modal: FeedbackModal;
}

/** One call, replayed against the antd APIs once they are mounted. */
type FeedbackCall = (target: Feedback) => void;

export interface FeedbackChannel {
  /** What components call: stable for the provider's lifetime, usable before the host has loaded. */
  readonly api: Feedback;
  /** The host hands over antd's hook APIs; queued calls run now, in order. Returns the detach function. */
  attach(target: Feedback): () => void;
}

/**
 * Routes every call to exactly one mounted host (the last attached), queueing while none is; `onNeeded` asks
 * for the host to be loaded and may be called more than once.
 */
export function createFeedbackChannel(onNeeded: () => void): FeedbackChannel {
  let target: Feedback | null = null;
  const pending: FeedbackCall[] = [];
  const run = (call: FeedbackCall) => {
    if (target) {
      call(target);
      return;
    }
    pending.push(call);
    onNeeded();
  };
  const api: Feedback = {
    message: {
      success: (...args) => run((t) => t.message.success(...args)),
      error: (...args) => run((t) => t.message.error(...args)),
      info: (...args) => run((t) => t.message.info(...args)),
      warning: (...args) => run((t) => t.message.warning(...args)),
      loading: (...args) => run((t) => t.message.loading(...args)),
      destroy: (...args) => run((t) => t.message.destroy(...args)),
    },
    modal: { confirm: (config) => run((t) => t.modal.confirm(config)) },
  };
  return {
    api,
    attach(next) {
      target = next;
      // shift() one at a time: a queued call that itself calls (an onClose, say) runs after the ones before it.
      for (let call = pending.shift(); call; call = pending.shift()) call(next);
      return () => {
        // A later host (StrictMode's remount, a replaced host) stays in charge.
        if (target === next) target = null;
      };
    },
  };
}

const FeedbackHost = lazy(() => import('./feedback-host'));
const FeedbackContext = createContext<FeedbackChannel | null>(null);

/** Mount inside ConfigProvider; the antd host joins on the first toast or confirm. */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [hostWanted, setHostWanted] = useState(false);
  const [channel] = useState(() => createFeedbackChannel(() => setHostWanted(true)));
  return (
    <FeedbackContext.Provider value={channel}>
      {children}
      {hostWanted && (
        <Suspense fallback={null}>
          <FeedbackHost channel={channel} />
        </Suspense>
      )}
    </FeedbackContext.Provider>
  );
}

/** `{ message, modal }` of the nearest FeedbackProvider, e.g. `message.success(t('common.saved'))`. */
export function useFeedback(): Feedback {
  const channel = useContext(FeedbackContext);
  if (!channel) throw new Error('useFeedback() needs a FeedbackProvider above it (src/app/provider.tsx).');
  return channel.api;
}
