import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { RamNameSchema, type RamPolicy } from '@/api/contract/ram';
import { ramQueries, useCan, useCreatePolicy, useCreatePolicyVersion } from '@/api/resources/ram';
import { useFeedback } from '@/components/feedback';
import { useT } from '@/lib/i18n';
import { CanButton } from './can-button';
import { PolicyTypeTag } from './policy-columns';
import { PolicyProblems } from './policy-problems';
import { prettyDocument } from './policy-template';
import { usePolicyTemplate } from './use-policy-template';
import { useRamErrorMessage } from './use-ram-error';

/** How long typing pauses before the draft is validated. */
const VALIDATE_DELAY_MS = 300;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface PolicyEditorModalProps {
  open: boolean;
  /** Absent: 创建权限策略. A custom policy: edit (a new version). A system policy: read-only. */
  policy?: RamPolicy;
  onClose: () => void;
}

/** 创建权限策略 / 编辑 / 查看: the JSON document, validated live with every problem located by its path. */
export function PolicyEditorModal({ open, policy, onClose }: PolicyEditorModalProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useRamErrorMessage();
  const creating = !policy;
  const canSave = useCan(
    creating ? 'CreatePolicy' : 'CreatePolicyVersion',
    creating ? undefined : { PolicyName: policy.PolicyName },
  );
  const canValidate = useCan('ValidatePolicyDocument');
  // System policies never change; a custom one is read-only to an identity that may not save it.
  const readOnly = policy?.PolicyType === 'System' || (!creating && !canSave.allowed && !canSave.loading);
  const template = usePolicyTemplate(open && creating);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const [draft, setDraft] = useState(() => (policy ? prettyDocument(policy.PolicyDocument) : template));
  const document = creating && !touched ? template : draft;
  const debounced = useDebounced(document, VALIDATE_DELAY_MS);
  const validation = useQuery({
    ...ramQueries.validate(debounced),
    enabled: open && !readOnly && canValidate.allowed && debounced.trim() !== '',
  });
  const create = useCreatePolicy();
  const update = useCreatePolicyVersion();
  const [saving, setSaving] = useState(false);
  const nameOk = RamNameSchema.safeParse(name).success;

  const save = async () => {
    setSaving(true);
    try {
      if (creating) {
        await create.mutateAsync({
          PolicyName: name,
          PolicyDocument: document,
          Description: description.trim() || undefined,
        });
        void message.success(t('ram.policies.created', { name }));
      } else if (policy) {
        const { Policy } = await update.mutateAsync({ PolicyName: policy.PolicyName, PolicyDocument: document });
        void message.success(t('ram.policies.updated', { name: policy.PolicyName, version: Policy.DefaultVersion }));
      }
      onClose();
    } catch (error) {
      showError(error);
    } finally {
      setSaving(false);
    }
  };

  const title = creating
    ? t('ram.policies.create')
    : readOnly
      ? t('ram.policies.view.title', { name: policy.PolicyName })
      : t('ram.policies.edit.title', { name: policy.PolicyName });

  const footer = readOnly ? (
    <Button onClick={onClose}>{t('common.cancel')}</Button>
  ) : (
    <Flex justify="end" gap={8}>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <CanButton
        type="primary"
        action={creating ? 'CreatePolicy' : 'CreatePolicyVersion'}
        params={creating ? undefined : { PolicyName: policy?.PolicyName }}
        loading={saving}
        disabled={(creating && !nameOk) || document.trim() === ''}
        onClick={save}
      >
        {t('ram.policies.form.save')}
      </CanButton>
    </Flex>
  );

  return (
    <Modal open={open} title={title} width={760} onCancel={onClose} footer={footer} destroyOnHidden>
      <Form layout="vertical">
        {creating ? (
          <>
            <Form.Item
              label={t('ram.policies.form.name')}
              htmlFor="ram-policy-name"
              required
              extra={t('ram.form.name-rule')}
              validateStatus={name && !nameOk ? 'error' : undefined}
            >
              <Input
                id="ram-policy-name"
                value={name}
                maxLength={64}
                autoComplete="off"
                onChange={(e) => setName(e.target.value)}
              />
            </Form.Item>
            <Form.Item label={t('ram.policies.form.description')} htmlFor="ram-policy-description">
              <Input
                id="ram-policy-description"
                value={description}
                maxLength={1024}
                autoComplete="off"
                onChange={(e) => setDescription(e.target.value)}
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item label={t('ram.policies.col.type')}>
            <PolicyTypeTag t={t} type={policy.PolicyType} />
          </Form.Item>
        )}
        <Form.Item
          label={t('ram.policies.form.document')}
          htmlFor="ram-policy-document"
          extra={creating ? t('ram.policies.form.document.help') : undefined}
        >
          <Input.TextArea
            id="ram-policy-document"
            value={document}
            readOnly={readOnly}
            spellCheck={false}
            autoSize={{ minRows: 12, maxRows: 18 }}
            style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 }}
            onChange={(e) => {
              setTouched(true);
              setDraft(e.target.value);
            }}
          />
        </Form.Item>
      </Form>
      {!readOnly && (
        <PolicyProblems validation={validation.data} checking={validation.isFetching || document !== debounced} />
      )}
    </Modal>
  );
}
