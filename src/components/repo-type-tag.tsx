import { GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { RepoType } from '@/api/contract/namespaces';
import { repoTypeLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

export function RepoTypeTag({ type }: { type: RepoType }) {
  const t = useT();
  return (
    <Tag
      color={type === 'PUBLIC' ? 'blue' : 'default'}
      icon={type === 'PUBLIC' ? <GlobalOutlined /> : <LockOutlined />}
    >
      {t(repoTypeLabel[type])}
    </Tag>
  );
}
