/** Fields shared by 创建镜像仓库 and 修改基本信息. */
import { Form, Input } from 'antd';
import { DETAIL_MAX, SUMMARY_MAX } from '@/api/contract/names';
import { RepoTypeRadio } from '@/components/repo-type-radio';
import { useT } from '@/lib/i18n';

export function RepositoryEditableFields() {
  const t = useT();
  return (
    <>
      <Form.Item
        name="Summary"
        label={t('repos.field.summary')}
        rules={[
          { required: true, whitespace: true, message: t('repos.field.summary.required') },
          { max: SUMMARY_MAX, message: t('names.too-long', { field: t('repos.field.summary'), max: SUMMARY_MAX }) },
        ]}
      >
        <Input placeholder={t('repos.field.summary.placeholder')} showCount maxLength={SUMMARY_MAX} />
      </Form.Item>
      <Form.Item name="RepoType" label={t('repos.field.type')} required extra={t('repos.field.type.help')}>
        <RepoTypeRadio />
      </Form.Item>
      <Form.Item name="Detail" label={t('repos.field.detail')}>
        <Input.TextArea
          placeholder={t('repos.field.detail.placeholder')}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={DETAIL_MAX}
        />
      </Form.Item>
    </>
  );
}
