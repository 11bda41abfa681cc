import { BgColorsOutlined, CheckOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n';
import { THEME_MODES, type ThemeMode, useUiStore } from '@/stores/ui-store';

export const themeModeLabel: Record<ThemeMode, MessageKey> = {
  system: 'layout.theme.system',
  light: 'layout.theme.light',
  dark: 'layout.theme.dark',
};

/** 外观: 跟随系统 / 浅色 / 深色 from the top bar; the choice is remembered across reloads. */
export function ThemeSwitch() {
  const t = useT();
  const mode = useUiStore((s) => s.themeMode);
  const setMode = useUiStore((s) => s.setThemeMode);
  const label = t('layout.theme.current', { mode: t(themeModeLabel[mode]) });
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [mode],
        onClick: ({ key }) => setMode(key as ThemeMode),
        items: THEME_MODES.map((m) => ({
          key: m,
          label: t(themeModeLabel[m]),
          icon: <CheckOutlined style={{ visibility: m === mode ? 'visible' : 'hidden' }} />,
        })),
      }}
    >
      <Tooltip title={label}>
        <Button type="text" size="small" aria-label={label} icon={<BgColorsOutlined />} />
      </Tooltip>
    </Dropdown>
  );
}
