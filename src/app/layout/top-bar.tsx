import { MenuFoldOutlined, MenuUnfoldOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Tooltip, Typography } from 'antd';
import { Link, useMatches } from 'react-router';
import { useT } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';
import { LanguageSwitch } from './language-switch';
import { RegionSelect } from './region-select';

export function TopBar() {
  const t = useT();
  const matches = useMatches();
  const regionId = matches.at(-1)?.params.regionId;
  const { siderCollapsed, setSiderCollapsed, lastRegionId, account } = useUiStore();
  const toggleLabel = siderCollapsed ? t('layout.expand') : t('layout.collapse');
  return (
    <Layout.Header
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        height: 56,
        paddingInline: 12,
        background: '#fff',
        borderBottom: '1px solid #f0f0f0',
        lineHeight: 'normal',
      }}
    >
      <Tooltip title={toggleLabel}>
        <Button
          type="text"
          aria-label={toggleLabel}
          icon={siderCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={() => setSiderCollapsed(!siderCollapsed)}
        />
      </Tooltip>
      <Link to={`/${regionId ?? lastRegionId}/instances`} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <span aria-hidden style={logoStyle}>
          CR
        </span>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('app.product')}
        </Typography.Text>
      </Link>
      {regionId && <RegionSelect regionId={regionId} />}
      <Flex align="center" gap={16} style={{ marginInlineStart: 'auto' }}>
        <LanguageSwitch />
        <Link to="/settings">
          <SettingOutlined /> {t('menu.settings')}
        </Link>
        <Tooltip title={t('layout.account')}>
          <Typography.Text aria-label={`${t('layout.account')}: ${account}`}>
            <UserOutlined /> {account}
          </Typography.Text>
        </Tooltip>
      </Flex>
    </Layout.Header>
  );
}

const logoStyle = {
  display: 'inline-grid',
  placeItems: 'center',
  width: 28,
  height: 28,
  borderRadius: 6,
  background: '#ff6a00',
  color: '#fff',
  fontWeight: 700,
  fontSize: 12,
} as const;
