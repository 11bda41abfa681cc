import { Alert, Typography } from 'antd';
import type { z } from 'zod';
import type { ValidatePolicyDocumentResponse } from '@/api/contract/ram';
import { useLocale, useT } from '@/lib/i18n';

type Validation = z.output<typeof ValidatePolicyDocumentResponse>;

/** The live verdict on the draft: valid, or every problem with the JSON path it sits at. */
export function PolicyProblems({ validation, checking }: { validation?: Validation; checking: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (!validation) {
    return checking ? <Typography.Text type="secondary">{t('ram.policies.form.validating')}</Typography.Text> : null;
  }
  // While the latest text is still being checked, the previous verdict stays, dimmed.
  const stale = { opacity: checking ? 0.5 : 1, transition: 'opacity 0.2s' };
  if (validation.Valid) return <Alert type="success" showIcon title={t('ram.policies.form.valid')} style={stale} />;
  return (
    <Alert
      style={stale}
      type="error"
      showIcon
      role="alert"
      title={t('ram.policies.form.problems', { count: validation.Problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {validation.Problems.map((problem) => (
            <li key={`${problem.Path}:${problem.Message['en-US']}`}>
              <Typography.Text code>{problem.Path || t('ram.policies.form.root')}</Typography.Text>{' '}
              {problem.Message[locale]}
            </li>
          ))}
        </ul>
      }
    />
  );
}
