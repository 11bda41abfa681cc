import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Flex, Row, Switch, Typography } from 'antd';
import { demoReceiverQueries, EVENT_POLL_MS, useUpdateDemoReceiver } from '@/api/resources/events';
import { CopyableText } from '@/components/copyable-text';
import { DemoOnly } from '@/components/demo-only';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';
import { DingTalkPreview } from './dingtalk-preview';
import { HttpInspector } from './http-inspector';

const MESSAGE_PAGE_SIZE = 50;

/** 事件中心 > 演示接收器: DingTalk robots and the demo host answered inside the console, and what they received. */
export function DemoReceiverPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const state = useQuery({ ...demoReceiverQueries.state(), refetchInterval: EVENT_POLL_MS });
  const dingtalk = useQuery(demoReceiverQueries.messages({ Kind: 'dingtalk', PageNo: 1, PageSize: MESSAGE_PAGE_SIZE }));
  const http = useQuery(demoReceiverQueries.messages({ Kind: 'http', PageNo: 1, PageSize: MESSAGE_PAGE_SIZE }));
  const update = useUpdateDemoReceiver();
  const enabled = state.data?.Enabled ?? false;
  const host = state.data?.Host ?? '';

  const toggle = (next: boolean) =>
    update
      .mutateAsync({ Enabled: next })
      .then(() => void message.success(t(next ? 'events.demo.enabled' : 'events.demo.disabled')), showError);

  if (state.isError) return <ErrorResult error={state.error} onRetry={() => state.refetch()} />;
  return (
    <>
      <PageHeader title={t('menu.event-demo-receiver')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('events.demo.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={24} align="center" wrap>
          <DemoOnly>
            <Flex gap={8} align="center">
              <Typography.Text strong>{t('events.demo.switch')}</Typography.Text>
              <Switch
                aria-label={t('events.demo.switch')}
                checked={enabled}
                loading={state.isPending || update.isPending}
                checkedChildren={t('events.demo.on')}
                unCheckedChildren={t('events.demo.off')}
                onChange={(next) => void toggle(next)}
              />
            </Flex>
          </DemoOnly>
          {host && (
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary">{t('events.demo.host')}:</Typography.Text>
              <CopyableText text={host} label={t('events.demo.host')} code />
              <Typography.Text type="secondary">
                {t('events.demo.host.help', { example: `https://${host}/hook` })}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
        {!enabled && state.isSuccess && (
          <Alert type="info" showIcon title={t('events.demo.disabled')} style={{ marginTop: 12 }} />
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('events.demo.dingtalk')}>
            {dingtalk.isError ? (
              <ErrorResult error={dingtalk.error} onRetry={() => dingtalk.refetch()} />
            ) : (
              <DingTalkPreview messages={dingtalk.data?.Messages ?? []} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('events.demo.http')}>
            {http.isError ? (
              <ErrorResult error={http.error} onRetry={() => http.refetch()} />
            ) : (
              <HttpInspector messages={http.data?.Messages ?? []} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
