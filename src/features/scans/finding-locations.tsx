import { Flex, List, Typography } from 'antd';
import type { FindingLocation } from '@/api/contract/scan-cloud';
import { shortHash } from '@/lib/format';
import { useT } from '@/lib/i18n';

/** Where a baseline risk or malicious sample was found: layer, path and line, or the config key; and what. */
export function FindingLocations({ locations }: { locations: FindingLocation[] }) {
  const t = useT();
  return (
    <List
      size="small"
      dataSource={locations}
      renderItem={(where, index) => (
        <List.Item key={index}>
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text code>
              {where.Path ? `${where.Path}${where.Line ? `:${where.Line}` : ''}` : where.ConfigKey}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {where.Layer
                ? `${t('scans.cloud.loc.layer', { index: (where.LayerIndex ?? 0) + 1 })} · ${shortHash(where.Layer)}`
                : t('scans.cloud.loc.config')}
            </Typography.Text>
            {where.Evidence && (
              <Typography.Text style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {t('scans.cloud.loc.evidence')}: <Typography.Text code>{where.Evidence}</Typography.Text>
              </Typography.Text>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
