import { DesktopOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { demoSeedLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { PRESENTER_RESET_KEYS, usePresenterStore } from '@/stores/presenter-store';
import { usePresenterUrl } from './use-presenter-url';
import { useRealisticPace } from './use-realistic-pace';
import { useResetShortcut } from './use-reset-shortcut';

/**
 * The top bar's part of 演示者模式: applies `?presenter=`, keeps the backend at realistic pace, listens for the
 * one-key reset, and — while the mode is on — shows a small badge naming the shortcut and its seed (a link
 * to the settings card that configures it).
 */
export function PresenterBadge() {
  const t = useT();
  usePresenterUrl();
  useRealisticPace();
  useResetShortcut();
  const enabled = usePresenterStore((s) => s.enabled);
  const seed = usePresenterStore((s) => s.resetSeed);
  if (!enabled) return null;
  const hint = t('presenter.badge.tooltip', { keys: PRESENTER_RESET_KEYS, seed: t(demoSeedLabel[seed]) });
  return (
    <Tooltip title={hint}>
      <Link to="/settings" aria-label={`${t('presenter.badge')} · ${hint}`}>
        <Tag icon={<DesktopOutlined />} color="orange" style={{ marginInlineEnd: 0 }}>
          {t('presenter.badge')} · <kbd>{PRESENTER_RESET_KEYS}</kbd>
        </Tag>
      </Link>
    </Tooltip>
  );
}
