import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Select, Skeleton, Typography } from 'antd';
import type { SignRule } from '@/api/contract/signing';
import { signRuleQueries, useSignTag, witnessQueries } from '@/api/resources/signing';
import { ButtonLink } from '@/components/button-link';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { describeError, errorCode } from '@/lib/api-errors';
import { shortHash } from '@/lib/format';
import { useT } from '@/lib/i18n';

interface SignTagModalProps {
  instanceId: string;
  repoId: string;
  namespace: string;
  repoName: string;
  tag: string;
  digest: string;
  /** 镜像加签 > 证明者, for when there is none yet. */
  witnessesPath: string;
  open: boolean;
  onClose: () => void;
}

const wholeMatch = (pattern: string, value: string) => {
  try {
    return new RegExp(`^(?:${pattern || '.*'})$`).test(value);
  } catch {
    return false;
  }
};

/** The first rule of the instance (any trigger) that covers the image: its witness is the default signer. */
function matchingRule(rules: SignRule[], namespace: string, repoName: string, tag: string) {
  return rules.find(
    (r) =>
      r.NamespaceName === namespace && wholeMatch(r.RepoNameFilter, repoName) && wholeMatch(r.TagFilterPattern, tag),
  );
}

/** 加签: pick a 证明者 (the matching rule's by default) and sign the tag's current digest. */
export function SignTagModal(props: SignTagModalProps) {
  const { instanceId, repoId, namespace, repoName, tag, digest, witnessesPath, open, onClose } = props;
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [form] = Form.useForm<{ WitnessId?: string }>();
  const witnesses = useQuery({ ...witnessQueries.list(instanceId), enabled: open });
  const rules = useQuery({ ...signRuleQueries.list(instanceId), enabled: open });
  const sign = useSignTag();
  const rule = rules.data && matchingRule(rules.data.Rules, namespace, repoName, tag);
  const list = witnesses.data?.Witnesses ?? [];
  const ready = witnesses.isSuccess && rules.isSuccess;
  const options = list.map((w) => ({
    value: w.WitnessId,
    label: `${w.WitnessName} · ${w.KeyId} · ${w.KeySpec}${w.KeyState === 'Disabled' ? t('signing.sign.key-disabled') : ''}`,
  }));

  const onFinish = async ({ WitnessId }: { WitnessId?: string }) => {
    try {
      const res = await sign.mutateAsync({ InstanceId: instanceId, RepoId: repoId, Tag: tag, WitnessId });
      void message.success(t('signing.sign.done', { sigTag: res.SignatureTag }));
      onClose();
    } catch (error) {
      const code = errorCode(error);
      if (code === 'KEY_DISABLED' || code === 'WITNESS_NOT_EXIST')
        form.setFields([{ name: 'WitnessId', errors: [describeError(t, error).message] }]);
      else showError(error);
    }
  };

  return (
    <Modal
      open={open}
      title={t('signing.sign.title', { tag })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('signing.sign.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: sign.isPending, disabled: !ready || list.length === 0 }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('signing.sign.target', { digest: shortHash(digest), sigTag: `sha256-${shortHash(digest)}….sig` })}
      </Typography.Paragraph>
      {witnesses.isSuccess && list.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('signing.sign.no-witness')}
          action={
            <ButtonLink size="small" to={witnessesPath}>
              {t('signing.go-witnesses')}
            </ButtonLink>
          }
        />
      ) : ready ? (
        <Form form={form} layout="vertical" initialValues={{ WitnessId: rule?.WitnessId }} onFinish={onFinish}>
          <Form.Item
            name="WitnessId"
            label={t('signing.sign.witness')}
            extra={rule ? t('signing.sign.from-rule', { rule: rule.RuleName }) : t('signing.sign.no-rule')}
            rules={[{ required: true, message: t('signing.sign.witness.required') }]}
          >
            <Select options={options} />
          </Form.Item>
        </Form>
      ) : (
        <Skeleton active paragraph={{ rows: 1 }} />
      )}
    </Modal>
  );
}
