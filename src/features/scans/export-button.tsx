import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { ActionResponse } from '@/api/contract/actions';
import type { ScanSummary } from '@/api/contract/scans';
import { fetchAllScanResults } from '@/api/resources/scans';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';
import { buildScanCsv, buildScanJson, exportFileName } from './export-scan';
import type { ScanTarget } from './scan-target';

interface ExportScanButtonProps {
  target: ScanTarget;
  task: ActionResponse<'GetRepoTagScanStatus'>;
  summary: ScanSummary;
  /** `namespace/repo:tag`, or undefined while the repository loads (the tag alone is used then). */
  image: string | undefined;
  /** Manifest digest, hex without `sha256:`. */
  digest: string | undefined;
}

/** Saves a text file through a temporary object URL and an `<a download>` click. */
function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** 导出 CSV / 导出 JSON of the task's full result: every page, both types, no filter. */
export function ExportScanButton({ target, task, summary, image, digest }: ExportScanButtonProps) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiErrorMessage();
  const [pending, setPending] = useState(false);
  const name = image ?? target.tag;

  const exportAs = async (format: 'csv' | 'json') => {
    setPending(true);
    try {
      const rows = await fetchAllScanResults({
        InstanceId: target.instanceId,
        RepoId: target.repoId,
        Tag: target.tag,
        ScanTaskId: task.ScanTaskId,
      });
      if (format === 'csv') {
        // A BOM so spreadsheet apps read the UTF-8 captions correctly.
        download(`\uFEFF${buildScanCsv(rows, t)}`, exportFileName(name, 'csv'), 'text/csv;charset=utf-8');
      } else {
        const meta = {
          image: name,
          digest: digest ?? task.Digest ?? '',
          engine: task.ScanService,
          scanTime: task.FinishTime ?? task.StartTime,
          summary,
        };
        download(buildScanJson(meta, rows), exportFileName(name, 'json'), 'application/json');
      }
      message.success(t('scans.export.done', { count: rows.length }));
    } catch (err) {
      showError(err);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      disabled={pending}
      menu={{
        items: [
          { key: 'csv', label: t('scans.export.csv') },
          { key: 'json', label: t('scans.export.json') },
        ],
        onClick: ({ key }) => void exportAs(key === 'json' ? 'json' : 'csv'),
      }}
    >
      <Button icon={<DownloadOutlined />} loading={pending}>
        {t('scans.export')}
      </Button>
    </Dropdown>
  );
}
