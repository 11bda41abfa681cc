import { useQuery } from '@tanstack/react-query';
import { Flex, Switch, Typography } from 'antd';
import { demoReceiverQueries, useUpdateDemoReceiver } from '@/api/resources/events';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';

/**
 * The demo receiver switch, also here because presenter mode hides it on 事件中心 > 演示接收器: it is a
 * control of the simulation, so it stays reachable with the other demo controls.
 */
export function DemoReceiverSwitch() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const state = useQuery(demoReceiverQueries.state());
  const update = useUpdateDemoReceiver();
  const enabled = state.data?.Enabled ?? false;
  const toggle = (next: boolean) =>
    update
      .mutateAsync({ Enabled: next })
      .then(() => void message.success(t(next ? 'events.demo.enabled' : 'events.demo.disabled')), showError);
  return (
    <Flex vertical gap={4}>
      <Switch
        aria-label={t('settings.demo.receiver')}
        checked={enabled}
        loading={state.isPending || update.isPending}
        checkedChildren={t('events.demo.on')}
        unCheckedChildren={t('events.demo.off')}
        onChange={(next) => void toggle(next)}
        style={{ alignSelf: 'flex-start' }}
      />
      <Typography.Text type="secondary">{t('settings.demo.receiver.help')}</Typography.Text>
    </Flex>
  );
}
