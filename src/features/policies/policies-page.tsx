import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { useInstanceParams } from '@/hooks/use-route-params';
import { type MessageKey, useT } from '@/lib/i18n';
import { CheckSection } from './check-section';
import { ExceptionSection } from './exception-section';
import { PolicySection } from './policy-section';

const TABS = ['policies', 'exceptions', 'check'] as const;
type TabKey = (typeof TABS)[number];
const tabLabel: Record<TabKey, MessageKey> = {
  policies: 'policies.tab.policies',
  exceptions: 'policies.tab.exceptions',
  check: 'policies.tab.check',
};

/** 安全可信 > 部署策略: 部署策略, 漏洞例外 and 模拟部署, on tabs kept in `?tab=`. */
export function PoliciesPage() {
  const t = useT();
  const { regionId, instanceId } = useInstanceParams();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((key) => key === params.get('tab')) ?? 'policies';

  return (
    <>
      <PageHeader title={t('menu.policies')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('policies.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <Tabs
          activeKey={tab}
          // Each tab has its own filters and page: a new tab starts clean.
          onChange={(key) => setParams(key === 'policies' ? {} : { tab: key })}
          items={TABS.map((key) => ({ key, label: t(tabLabel[key]) }))}
        />
        {tab === 'policies' ? (
          <PolicySection instanceId={instanceId} />
        ) : tab === 'exceptions' ? (
          <ExceptionSection instanceId={instanceId} />
        ) : (
          <CheckSection regionId={regionId} instanceId={instanceId} />
        )}
      </Panel>
    </>
  );
}
