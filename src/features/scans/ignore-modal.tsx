import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { EXCEPTION_SCOPES, type ExceptionScopeType } from '@/api/contract/policies';
import { useCreateVulnException } from '@/api/resources/policies';
import { isMainAccount, useCallerIdentity } from '@/api/resources/ram';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useDayjsLocale } from '@/hooks/use-dayjs-locale';
import { type MessageKey, useT } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';

/** The image the exception is created from: its names, since an exception is scoped by name. */
export interface IgnoreTarget {
  instanceId: string;
  namespace: string;
  repo: string;
  tag: string;
}

interface IgnoreFormValues {
  ScopeType: ExceptionScopeType;
  Reason: string;
  Author: string;
  Expire?: Dayjs;
}

const REASON_MAX = 500;
const AUTHOR_MAX = 64;

interface IgnoreModalProps {
  open: boolean;
  cveId: string | undefined;
  target: IgnoreTarget | undefined;
  onClose: () => void;
}

/** 忽略 a vulnerability: for this tag, the repository or the namespace, with a reason and an optional expiry. */
export function IgnoreModal({ open, cveId, target, onClose }: IgnoreModalProps) {
  const t = useT();
  // The expiry DatePicker names months in the console's language.
  useDayjsLocale();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  // 创建人: who the console acts as — a RAM user by name, the main account by its account name.
  const account = useUiStore((s) => s.account);
  const identity = useCallerIdentity().data?.Identity;
  const author = identity && !isMainAccount(identity) ? identity.UserName : account;
  const [form] = Form.useForm<IgnoreFormValues>();
  const create = useCreateVulnException();

  const onOk = async () => {
    if (!target || !cveId) return;
    let values: IgnoreFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await create.mutateAsync({
        InstanceId: target.instanceId,
        CveId: cveId,
        ScopeType: values.ScopeType,
        NamespaceName: target.namespace,
        ...(values.ScopeType === 'NAMESPACE' ? {} : { RepoName: target.repo }),
        ...(values.ScopeType === 'TAG' ? { Tag: target.tag } : {}),
        Reason: values.Reason.trim(),
        Author: values.Author.trim(),
        // The chosen day, to its last millisecond in the browser's time zone.
        ...(values.Expire ? { ExpireTime: values.Expire.endOf('day').valueOf() } : {}),
      });
    } catch (error) {
      showError(error);
      return;
    }
    void message.success(t('policies.ignore.created', { cve: cveId }));
    onClose();
  };

  const scopePath = (scope: ExceptionScopeType) =>
    !target
      ? ''
      : scope === 'TAG'
        ? `${target.namespace}/${target.repo}:${target.tag}`
        : scope === 'REPO'
          ? `${target.namespace}/${target.repo}`
          : target.namespace;

  return (
    <Modal
      open={open}
      title={t('policies.ignore.title')}
      onCancel={onClose}
      onOk={onOk}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<IgnoreFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ ScopeType: 'TAG', Reason: '', Author: author }}
      >
        <Form.Item label={t('policies.ignore.cve')}>
          <Input value={cveId} readOnly aria-label={t('policies.ignore.cve')} />
        </Form.Item>
        <Form.Item name="ScopeType" label={t('policies.ignore.scope')}>
          <Radio.Group>
            {EXCEPTION_SCOPES.map((scope) => (
              <Radio key={scope} value={scope} title={scopePath(scope)}>
                {t(ignoreScopeLabel[scope])}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="Reason"
          label={t('policies.ignore.reason')}
          rules={[
            { required: true, whitespace: true, message: t('policies.ignore.reason.required') },
            { max: REASON_MAX, message: t('policies.ignore.reason.too-long', { max: REASON_MAX }) },
          ]}
        >
          <Input.TextArea rows={3} placeholder={t('policies.ignore.reason.placeholder')} />
        </Form.Item>
        <Form.Item
          name="Author"
          label={t('policies.ignore.author')}
          rules={[
            { required: true, whitespace: true, message: t('policies.ignore.author.required') },
            { max: AUTHOR_MAX, message: t('policies.ignore.author.too-long', { max: AUTHOR_MAX }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="Expire" label={t('policies.ignore.expire')} extra={t('policies.ignore.expire.help')}>
          <DatePicker
            aria-label={t('policies.ignore.expire')}
            style={{ width: 200 }}
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 仅此 Tag / 整个仓库 / 整个命名空间. */
const ignoreScopeLabel: Record<ExceptionScopeType, MessageKey> = {
  TAG: 'policies.ignore.scope.tag',
  REPO: 'policies.ignore.scope.repo',
  NAMESPACE: 'policies.ignore.scope.namespace',
};
