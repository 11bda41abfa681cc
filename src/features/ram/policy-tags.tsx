import { Flex, Tag, Typography } from 'antd';
import type { RamAttachment } from '@/api/contract/ram';
import { useT } from '@/lib/i18n';

/** The policies granted to a principal, system ones marked apart from custom ones. */
export function PolicyTags({
  attachments,
  inherited = [],
}: {
  attachments: RamAttachment[];
  inherited?: RamAttachment[];
}) {
  const t = useT();
  if (attachments.length === 0 && inherited.length === 0) {
    return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  }
  return (
    <Flex gap={4} wrap>
      {attachments.map((a) => (
        <Tag
          key={`${a.PolicyType}:${a.PolicyName}`}
          color={a.PolicyType === 'System' ? 'blue' : 'purple'}
          title={t(a.PolicyType === 'System' ? 'ram.policies.type.System' : 'ram.policies.type.Custom')}
        >
          {a.PolicyName}
        </Tag>
      ))}
      {inherited.map((a) => (
        <Tag
          key={`${a.PrincipalName}/${a.PolicyType}:${a.PolicyName}`}
          variant="outlined"
          title={t('ram.users.inherited', { group: a.PrincipalName })}
          style={{ borderStyle: 'dashed' }}
        >
          {a.PolicyName} ← {a.PrincipalName}
        </Tag>
      ))}
    </Flex>
  );
}

/** The names as plain tags (groups of a user, members of a group). */
export function NameTags({ names }: { names: string[] }) {
  const t = useT();
  if (names.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {names.map((name) => (
        <Tag key={name}>{name}</Tag>
      ))}
    </Flex>
  );
}
