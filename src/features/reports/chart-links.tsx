import { Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '@/lib/i18n';

export interface ChartLinkItem {
  key: string;
  label: string;
  value: string | number;
  /** Where the item leads (the same place a click on its bar or point leads); plain text without. */
  to?: string;
  color?: string;
}

/**
 * The numbers of a chart as a list of links under it: the chart's keyboard and screen-reader path (a canvas is
 * neither focusable nor readable), and the same click-through as its bars and points.
 */
export function ChartLinks({ label, items }: { label: string; items: readonly ChartLinkItem[] }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <ul
      aria-label={label}
      style={{ listStyle: 'none', padding: 0, margin: '8px 0 0', display: 'flex', flexWrap: 'wrap', gap: '4px 16px' }}
    >
      {items.map((item) => {
        const text = t('reports.chart.item', { label: item.label, value: item.value });
        const swatch = item.color && (
          <span
            aria-hidden
            style={{
              display: 'inline-block',
              width: 8,
              height: 8,
              borderRadius: 2,
              marginRight: 6,
              background: item.color,
            }}
          />
        );
        return (
          <li key={item.key}>
            {item.to ? (
              <Link to={item.to}>
                {swatch}
                {text}
              </Link>
            ) : (
              <Typography.Text type="secondary">
                {swatch}
                {text}
              </Typography.Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
