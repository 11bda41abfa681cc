import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DEMO_SEEDS, DEMO_SPEEDS, type DemoSeedName, type DemoSpeed } from '@/api/contract/console';
import { demoQueries, useResetDemoWorld, useUpdateDemoSpeed } from '@/api/resources/demo';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { demoSeedDescription, demoSeedLabel, demoSpeedLabel } from '@/lib/enum-labels';
import { formatTime } from '@/lib/format';
import { type MessageKey, useT } from '@/lib/i18n';
import { usePresenterMode } from '@/stores/presenter-store';
import { THEME_MODES, type ThemeMode, useUiStore } from '@/stores/ui-store';
import { DemoReceiverSwitch } from './demo-receiver-switch';
import { PresenterCard } from './presenter-card';

const themeModeKey = {
  system: 'layout.theme.system',
  light: 'layout.theme.light',
  dark: 'layout.theme.dark',
} as const satisfies Record<ThemeMode, MessageKey>;

/** 设置: the demo world a presenter or a script starts from, and how fast simulated work runs. */
export function SettingsPage() {
  const t = useT();
  const { message, modal } = useFeedback();
  const showError = useApiErrorMessage();
  const navigate = useNavigate();
  const lastRegionId = useUiStore((s) => s.lastRegionId);
  const themeMode = useUiStore((s) => s.themeMode);
  const setThemeMode = useUiStore((s) => s.setThemeMode);
  const state = useQuery(demoQueries.state());
  const reset = useResetDemoWorld();
  const speed = useUpdateDemoSpeed();
  const [seed, setSeed] = useState<DemoSeedName>('default');
  const presenting = usePresenterMode();

  if (state.isPending) return <PageLoading />;
  if (state.isError) return <ErrorResult error={state.error} onRetry={() => state.refetch()} />;
  const demo = state.data;

  const onSpeed = (next: DemoSpeed) =>
    speed
      .mutateAsync({ Speed: next })
      .then(() => message.success(t('settings.demo.speed.updated', { speed: t(demoSpeedLabel[next]) })), showError);
  // A modal rather than a Popconfirm: resetting wipes everything, so it asks in a real dialog.
  const onReset = () =>
    modal.confirm({
      title: t('settings.demo.reset.title'),
      content: t('settings.demo.reset.warning', { seed: t(demoSeedLabel[seed]) }),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: () =>
        reset.mutateAsync({ SeedName: seed }).then(() => {
          void message.success(t('settings.demo.reset.done', { seed: t(demoSeedLabel[seed]) }));
          navigate(`/${lastRegionId}/instances`);
        }, showError),
    });

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Card title={t('settings.appearance.title')} style={{ marginBottom: 16 }}>
        <Flex vertical gap={4}>
          <Radio.Group
            aria-label={t('settings.appearance.mode')}
            optionType="button"
            value={themeMode}
            onChange={(e) => setThemeMode(e.target.value as ThemeMode)}
            options={THEME_MODES.map((m) => ({ value: m, label: t(themeModeKey[m]) }))}
          />
          <Typography.Text type="secondary">{t('settings.appearance.help')}</Typography.Text>
        </Flex>
      </Card>
      <Card title={t('settings.demo.title')}>
        <Descriptions
          column={1}
          styles={{ label: { width: 160 } }}
          items={[
            {
              key: 'seed',
              label: t('settings.demo.current'),
              children: (
                <span>
                  <Typography.Text strong>{t(demoSeedLabel[demo.SeedName])}</Typography.Text>{' '}
                  <Typography.Text type="secondary">({demo.SeedName})</Typography.Text>
                </span>
              ),
            },
            { key: 'seeded-at', label: t('settings.demo.seeded-at'), children: formatTime(demo.SeededAt) },
            {
              key: 'speed',
              label: t('settings.demo.speed'),
              children: (
                <Flex vertical gap={4}>
                  <Radio.Group
                    aria-label={t('settings.demo.speed')}
                    value={demo.Speed}
                    disabled={speed.isPending || presenting}
                    onChange={(e) => onSpeed(e.target.value as DemoSpeed)}
                    options={DEMO_SPEEDS.map((s) => ({ value: s, label: t(demoSpeedLabel[s]) }))}
                  />
                  <Typography.Text type="secondary">
                    {t(presenting ? 'settings.presenter.speed-locked' : 'settings.demo.speed.help')}
                  </Typography.Text>
                </Flex>
              ),
            },
            { key: 'receiver', label: t('settings.demo.receiver'), children: <DemoReceiverSwitch /> },
            {
              key: 'reset',
              label: t('settings.demo.seed'),
              children: (
                <Flex vertical gap={12} align="flex-start">
                  <Radio.Group
                    aria-label={t('settings.demo.seed')}
                    value={seed}
                    onChange={(e) => setSeed(e.target.value as DemoSeedName)}
                    style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                    options={DEMO_SEEDS.map((s) => ({
                      value: s,
                      label: (
                        <span>
                          {t(demoSeedLabel[s])}{' '}
                          <Typography.Text type="secondary">— {t(demoSeedDescription[s])}</Typography.Text>
                        </span>
                      ),
                    }))}
                  />
                  <Button danger icon={<ReloadOutlined />} loading={reset.isPending} onClick={onReset}>
                    {t('settings.demo.reset')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
        <Alert type="info" showIcon title={t('settings.demo.url-hint')} style={{ marginTop: 8 }} />
      </Card>
      <PresenterCard />
    </>
  );
}
