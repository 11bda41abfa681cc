import { Descriptions, Select, Typography } from 'antd';
import type { FindingLocation } from '@/api/contract/scan-cloud';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n';
import { FindingLocations } from './finding-locations';

/** The expanded row of a baseline risk or a malicious file: what it is, how to fix it, and where. */
export function FindingDetail(props: {
  description: string;
  advice: string;
  locations: FindingLocation[];
  sha256?: string;
}) {
  const t = useT();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'desc', label: t('scans.baseline.description'), children: props.description },
        { key: 'advice', label: t('scans.baseline.advice'), children: props.advice },
        ...(props.sha256
          ? [
              {
                key: 'sha',
                label: t('scans.cloud.sha256'),
                children: (
                  <Typography.Text code copyable>
                    {props.sha256}
                  </Typography.Text>
                ),
              },
            ]
          : []),
        {
          key: 'where',
          label: t('scans.baseline.locations'),
          children: <FindingLocations locations={props.locations} />,
        },
      ]}
    />
  );
}

/** 全部等级 or one level of a cloud finding list. */
export function LevelSelect<L extends string>(props: {
  levels: readonly L[];
  labels: Record<L, MessageKey>;
  value: L | undefined;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <Select
      aria-label={t('scans.cloud.level')}
      value={props.value ?? ''}
      onChange={props.onChange}
      style={{ width: 160 }}
      options={[
        { value: '', label: t('scans.cloud.level.all') },
        ...props.levels.map((l) => ({ value: l, label: t(props.labels[l]) })),
      ]}
    />
  );
}
