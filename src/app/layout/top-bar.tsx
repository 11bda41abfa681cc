import { MenuFoldOutlined, MenuUnfoldOutlined, SafetyCertificateOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Tooltip, theme } from 'antd';
import { Link, useMatches } from 'react-router';
import { PresenterBadge } from '@/features/presenter/presenter-badge';
import { TourLauncher } from '@/features/tour/tour-launcher';
import { paths } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';
import { IdentitySwitch } from './identity-switch';
import { LanguageSwitch } from './language-switch';
import { RegionSelect } from './region-select';
import { ThemeSwitch } from './theme-switch';

export function TopBar() {
  const t = useT();
  const { token } = theme.useToken();
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
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorSplit}`,
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
        {/* Plain text, not Typography: Typography brings antd's Input and TextArea (its edit mode) to every page. */}
        <span style={{ fontSize: 16, fontWeight: token.fontWeightStrong, color: token.colorText }}>
          {t('app.product')}
        </span>
      </Link>
      {regionId && <RegionSelect regionId={regionId} />}
      <Flex align="center" gap={16} style={{ marginInlineStart: 'auto' }}>
        <TourLauncher />
        <PresenterBadge />
        <LanguageSwitch />
        <ThemeSwitch />
        <Link to="/settings">
          <SettingOutlined /> {t('menu.settings')}
        </Link>
        <Link to={paths.ram()}>
          <SafetyCertificateOutlined /> {t('ram.identity.open-console')}
        </Link>
        <IdentitySwitch account={account} />
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
  // A darker brand orange: white text on it keeps 4.5:1.
  background: '#c2410c',
  color: '#fff',
  fontWeight: 700,
  fontSize: 12,
} as const;
