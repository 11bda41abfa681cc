import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { downloadFile } from '@/lib/download';
import { type MessageKey, useT } from '@/lib/i18n';

/** What every export action answers. */
export interface ExportedFile {
  FileName: string;
  MediaType: string;
  Content: string;
}

const formatLabel: Record<string, MessageKey> = {
  CSV: 'reports.export.csv',
  JSON: 'reports.export.json',
  HTML: 'reports.export.html',
  SARIF: 'reports.export.sarif',
};

interface ExportMenuProps<F extends string> {
  formats: readonly F[];
  /** Asks the backend for the file; the menu saves it. */
  exportAs: (format: F) => Promise<ExportedFile>;
  disabled?: boolean;
}

/** 导出 ▾ CSV / JSON / HTML / SARIF: saves the file the backend builds; HTML comes with how to print it. */
export function ExportMenu<F extends string>({ formats, exportAs, disabled }: ExportMenuProps<F>) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const [pending, setPending] = useState(false);

  const run = async (format: F) => {
    setPending(true);
    try {
      const file = await exportAs(format);
      downloadFile(file.FileName, file.Content, file.MediaType);
      if (format === 'HTML') void message.info(t('reports.export.html.hint'), 6);
      else void message.success(t('reports.export.done', { file: file.FileName }));
    } catch (err) {
      showError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      disabled={disabled || pending}
      menu={{
        items: formats.map((f) => ({ key: f, label: formatLabel[f] ? t(formatLabel[f]) : f })),
        onClick: ({ key }) => void run(key as F),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={pending}>
        {t('reports.export')}
      </Button>
    </Dropdown>
  );
}
