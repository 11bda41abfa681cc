import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import type { ActionResponse } from '@/api/contract/actions';
import type { ScanExportFormat } from '@/api/contract/reports';
import type { ScanSummary } from '@/api/contract/scans';
import { useExportScanReport } from '@/api/resources/reports';
import { fetchAllScanResults } from '@/api/resources/scans';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { downloadFile } from '@/lib/download';
import { type MessageKey, useLocale, useT } from '@/lib/i18n';
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

/** Built here from every row (captions in the current language), as before the backend exports existed. */
type LocalFormat = 'csv' | 'json';
/** Built by the backend (`ExportScanReport`): the standard formats other tools read. */
type ServerFormat = Exclude<ScanExportFormat, 'CSV' | 'JSON'>;
type MenuKey = LocalFormat | ServerFormat;

const MENU: readonly { key: MenuKey; label: MessageKey }[] = [
  { key: 'csv', label: 'scans.export.csv' },
  { key: 'json', label: 'scans.export.json' },
  { key: 'SARIF', label: 'scans.export.sarif' },
  { key: 'CYCLONEDX', label: 'scans.export.cyclonedx' },
  { key: 'SPDX', label: 'scans.export.spdx' },
  { key: 'HTML', label: 'scans.export.html' },
];

const isLocal = (key: MenuKey): key is LocalFormat => key === 'csv' || key === 'json';

/**
 * 导出 ▾ of the task's full result: CSV / JSON of every row (every page, both types, no filter), and the
 * backend's SARIF, CycloneDX and SPDX SBOMs and printable HTML report of the same scan. An SBOM of a scan
 * stored without its package list answers `SBOM_NOT_AVAILABLE`, shown as a readable error.
 */
export function ExportScanButton({ target, task, summary, image, digest }: ExportScanButtonProps) {
  const t = useT();
  const locale = useLocale();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const exportReport = useExportScanReport();
  const [pending, setPending] = useState(false);
  const name = image ?? target.tag;

  const exportFromServer = async (format: ServerFormat) => {
    const file = await exportReport.mutateAsync({
      InstanceId: target.instanceId,
      RepoId: target.repoId,
      Tag: target.tag,
      ScanTaskId: task.ScanTaskId,
      Format: format,
      Lang: locale,
    });
    downloadFile(file.FileName, file.Content, file.MediaType);
    if (format === 'HTML') void message.info(t('scans.export.html.hint'), 6);
    else void message.success(t('scans.export.file-done', { file: file.FileName }));
  };

  const exportAs = async (format: MenuKey) => {
    setPending(true);
    try {
      if (!isLocal(format)) {
        await exportFromServer(format);
        return;
      }
      const rows = await fetchAllScanResults({
        InstanceId: target.instanceId,
        RepoId: target.repoId,
        Tag: target.tag,
        ScanTaskId: task.ScanTaskId,
      });
      if (format === 'csv') {
        // A BOM so spreadsheet apps read the UTF-8 captions correctly.
        downloadFile(exportFileName(name, 'csv'), `\uFEFF${buildScanCsv(rows, t)}`, 'text/csv;charset=utf-8');
      } else {
        const meta = {
          image: name,
          digest: digest ?? task.Digest ?? '',
          engine: task.ScanService,
          scanTime: task.FinishTime ?? task.StartTime,
          summary,
        };
        downloadFile(exportFileName(name, 'json'), buildScanJson(meta, rows), 'application/json');
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
        items: MENU.map((item) => ({ key: item.key, label: t(item.label) })),
        onClick: ({ key }) => {
          const item = MENU.find((m) => m.key === key);
          if (item) void exportAs(item.key);
        },
      }}
    >
      <Button icon={<DownloadOutlined />} loading={pending}>
        {t('scans.export')}
      </Button>
    </Dropdown>
  );
}
