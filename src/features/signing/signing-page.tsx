import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { useInstanceParams } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';
import { KeysTab } from './keys-tab';
import { RulesTab } from './rules-tab';
import { WitnessesTab } from './witnesses-tab';

const TABS = ['rules', 'witnesses', 'keys'] as const;
type SigningTab = (typeof TABS)[number];

const isTab = (value: string | null): value is SigningTab => TABS.includes(value as SigningTab);

/** 安全可信 > 镜像加签: 加签规则, 证明者 and 密钥管理, one tab each (`?tab=`). */
export function SigningPage() {
  const t = useT();
  const { regionId, instanceId } = useInstanceParams();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const tab: SigningTab = isTab(raw) ? raw : 'rules';
  const goTo = (next: SigningTab) =>
    setParams((prev) => {
      const query = new URLSearchParams(prev);
      if (next === 'rules') query.delete('tab');
      else query.set('tab', next);
      return query;
    });

  return (
    <>
      <PageHeader title={t('menu.signing')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('signing.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <Tabs
          activeKey={tab}
          onChange={(key) => goTo(key as SigningTab)}
          destroyOnHidden
          items={[
            {
              key: 'rules',
              label: t('signing.tab.rules'),
              children: <RulesTab instanceId={instanceId} onGoTo={goTo} />,
            },
            {
              key: 'witnesses',
              label: t('signing.tab.witnesses'),
              children: <WitnessesTab regionId={regionId} instanceId={instanceId} onGoTo={goTo} />,
            },
            { key: 'keys', label: t('signing.tab.keys'), children: <KeysTab regionId={regionId} /> },
          ]}
        />
      </Panel>
    </>
  );
}
