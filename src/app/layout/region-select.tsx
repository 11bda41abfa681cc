import { EnvironmentOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Select, theme } from 'antd';
import { useNavigate } from 'react-router';
import { regionQueries } from '@/api/resources/regions';
import { useLocale, useT } from '@/lib/i18n';

/** 地域: regions in the current language; switching goes to that region's instance list. */
export function RegionSelect({ regionId }: { regionId: string }) {
  const t = useT();
  const { token } = theme.useToken();
  const locale = useLocale();
  const navigate = useNavigate();
  const regions = useQuery(regionQueries.list(locale));
  const options = (regions.data?.Regions ?? []).map((r) => ({ value: r.RegionId, label: r.LocalName }));
  return (
    <Select
      data-tour="region-select"
      aria-label={t('layout.region')}
      prefix={
        <span style={{ color: token.colorTextSecondary }}>
          <EnvironmentOutlined /> {t('layout.region')}
        </span>
      }
      value={regionId}
      loading={regions.isPending}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={(next: string) => navigate(`/${next}/instances`)}
      style={{ minWidth: 220 }}
      popupMatchSelectWidth={false}
    />
  );
}
