import { Radio } from 'antd';
import { REPO_TYPES, type RepoType } from '@/api/contract/namespaces';
import { repoTypeLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

interface RepoTypeRadioProps {
  id?: string;
  value?: RepoType;
  onChange?: (value: RepoType) => void;
}

/** 公开 / 私有, as a Form.Item control (`id`, `value`, `onChange` come from the Form). */
export function RepoTypeRadio({ id, value, onChange }: RepoTypeRadioProps) {
  const t = useT();
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value as RepoType)}
      options={REPO_TYPES.map((type) => ({ value: type, label: t(repoTypeLabel[type]) }))}
    />
  );
}
