import type { ModalFuncProps } from 'antd';
import { describe, expect, it } from 'vitest';
import { createFeedbackChannel, type Feedback } from './feedback';

type Shown = [kind: string, ...args: unknown[]];

/**
 * Stands in for antd's message and modal hooks (the real ones need a browser; e2e covers them): it records
 * what the user would see, keeps open toasts by key, and answers a confirm with 确定 like a user clicking it.
 */
function fakeAntd() {
  const shown: Shown[] = [];
  const open = new Map<string, string>();
  const show =
    (kind: string) =>
    (content: unknown, ...rest: unknown[]) => {
      shown.push([kind, content, ...rest]);
      if (typeof content === 'object' && content && 'key' in content) {
        const { key, content: text } = content as { key: string; content: string };
        open.set(key, text);
      }
    };
  const target: Feedback = {
    message: {
      success: show('success'),
      error: show('error'),
      info: show('info'),
      warning: show('warning'),
      loading: show('loading'),
      destroy: (key) => {
        shown.push(['destroy', key]);
        if (key === undefined) open.clear();
        else open.delete(String(key));
      },
    },
    modal: {
      confirm: (config: ModalFuncProps) => {
        shown.push(['confirm', config.title]);
        void config.onOk?.();
      },
    },
  };
  return { target, shown, open };
}

describe('feedback channel', () => {
  it('asks for the host on the first call and shows calls made before it loaded once it is, in order', () => {
    let loadRequests = 0;
    const channel = createFeedbackChannel(() => loadRequests++);
    const { message, modal } = channel.api;
    message.loading({ key: 'reset', content: '正在重置', duration: 0 });
    message.success('已保存');
    modal.confirm({ title: '确认切换扫描引擎？' });
    message.info('导出为 HTML', 6);
    expect(loadRequests).toBeGreaterThan(0);

    const antd = fakeAntd();
    channel.attach(antd.target);
    expect(antd.shown).toEqual([
      ['loading', { key: 'reset', content: '正在重置', duration: 0 }],
      ['success', '已保存'],
      ['confirm', '确认切换扫描引擎？'],
      ['info', '导出为 HTML', 6],
    ]);

    // Once loaded, calls go straight through, and the queue is not replayed again.
    message.error('保存失败');
    expect(antd.shown).toHaveLength(5);
    expect(antd.shown[4]).toEqual(['error', '保存失败']);
  });

  it('runs the confirm’s onOk when the user confirms', async () => {
    const channel = createFeedbackChannel(() => {});
    const antd = fakeAntd();
    channel.attach(antd.target);
    let switched = false;
    channel.api.modal.confirm({
      title: '确认切换扫描引擎？',
      onOk: async () => {
        switched = true;
      },
    });
    await Promise.resolve();
    expect(switched).toBe(true);
  });

  it('closes a keyed toast with message.destroy(key), even when both were queued', () => {
    const channel = createFeedbackChannel(() => {});
    channel.api.message.loading({ key: 'reset', content: '正在重置', duration: 0 });
    channel.api.message.loading({ key: 'other', content: '正在导出', duration: 0 });
    channel.api.message.destroy('reset');
    const antd = fakeAntd();
    channel.attach(antd.target);
    expect([...antd.open.keys()]).toEqual(['other']);
    channel.api.message.destroy('other');
    expect(antd.open.size).toBe(0);
  });

  it('shows each call once when a second host attaches (StrictMode remount, replaced host)', () => {
    const channel = createFeedbackChannel(() => {});
    channel.api.message.success('已复制');
    const first = fakeAntd();
    const detachFirst = channel.attach(first.target);
    const second = fakeAntd();
    channel.attach(second.target);
    // The first host leaving must not unhook the second.
    detachFirst();
    channel.api.message.success('已保存');
    expect(first.shown).toEqual([['success', '已复制']]);
    expect(second.shown).toEqual([['success', '已保存']]);
  });

  it('queues again while no host is attached and loses nothing', () => {
    const channel = createFeedbackChannel(() => {});
    const first = fakeAntd();
    const detach = channel.attach(first.target);
    detach();
    channel.api.message.warning('配额将满');
    expect(first.shown).toEqual([]);
    const second = fakeAntd();
    channel.attach(second.target);
    expect(second.shown).toEqual([['warning', '配额将满']]);
  });

  it('hands out the same facade on every render, so hooks can list it as a dependency', () => {
    const channel = createFeedbackChannel(() => {});
    expect(channel.api).toBe(channel.api);
    expect(channel.api.message).toBe(channel.api.message);
  });
});
