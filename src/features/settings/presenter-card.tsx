import { Alert, Card, Descriptions, Flex, Select, Switch, Typography } from 'antd';
import { DEMO_SEEDS, type DemoSeedName } from '@/api/contract/console';
import { useUpdateDemoSpeed } from '@/api/resources/demo';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { demoSeedLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { PRESENTER_RESET_KEYS, usePresenterStore } from '@/stores/presenter-store';

/**
 * 演示者模式: the switch (persisted in the console), the seed the one-key reset returns to, and the shortcut.
 * Turning the mode on sets the backend to realistic speed, which is what paces scans and deliveries.
 */
export function PresenterCard() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const enabled = usePresenterStore((s) => s.enabled);
  const resetSeed = usePresenterStore((s) => s.resetSeed);
  const setEnabled = usePresenterStore((s) => s.setEnabled);
  const setResetSeed = usePresenterStore((s) => s.setResetSeed);
  const speed = useUpdateDemoSpeed();

  const onToggle = (next: boolean) => {
    setEnabled(next);
    void message.success(t(next ? 'settings.presenter.enabled' : 'settings.presenter.disabled'));
    if (next) speed.mutateAsync({ Speed: 'realistic' }).catch(showError);
  };

  return (
    <Card title={t('settings.presenter.title')} style={{ marginTop: 16 }}>
      <Descriptions
        column={1}
        styles={{ label: { width: 160 } }}
        items={[
          {
            key: 'switch',
            label: t('settings.presenter.switch'),
            children: (
              <Flex vertical gap={4}>
                <Flex align="center" gap={8}>
                  <Switch aria-label={t('settings.presenter.switch')} checked={enabled} onChange={onToggle} />
                  {/* The state in words beside the switch: text inside a grey switch would fail contrast. */}
                  <Typography.Text>{t(enabled ? 'settings.presenter.on' : 'settings.presenter.off')}</Typography.Text>
                </Flex>
                <Typography.Text type="secondary">{t('settings.presenter.help')}</Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'seed',
            label: t('settings.presenter.reset-seed'),
            children: (
              // A select, not radios: the demo card above already offers the seeds as radios of the same names.
              <Select<DemoSeedName>
                aria-label={t('settings.presenter.reset-seed')}
                value={resetSeed}
                onChange={setResetSeed}
                style={{ minWidth: 240 }}
                options={DEMO_SEEDS.map((s) => ({ value: s, label: t(demoSeedLabel[s]) }))}
              />
            ),
          },
          {
            key: 'shortcut',
            label: t('settings.presenter.shortcut'),
            children: (
              <span>
                <Typography.Text keyboard>{PRESENTER_RESET_KEYS}</Typography.Text>{' '}
                <Typography.Text type="secondary">
                  {t('settings.presenter.shortcut.help', { keys: PRESENTER_RESET_KEYS })}
                </Typography.Text>
              </span>
            ),
          },
        ]}
      />
      <Alert type="info" showIcon title={t('settings.presenter.url-hint')} style={{ marginTop: 8 }} />
    </Card>
  );
}
