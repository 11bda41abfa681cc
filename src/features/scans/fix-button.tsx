import { ToolOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ScanService } from '@/api/contract/scans';
import { useCan } from '@/api/resources/ram';
import { PermissionButton } from '@/components/permission-gate';
import { useT } from '@/lib/i18n';
import { FixModal } from './fix-modal';
import type { ScanTarget } from './scan-target';

interface FixButtonProps {
  target: ScanTarget;
  scanTaskId: string | undefined;
  engine: ScanService;
  /** The selected vulnerabilities; none = every fixable one. */
  cveNames: string[];
  /** After a fix has started (clears the selection). */
  onStarted: () => void;
}

/**
 * 一键修复 of system vulnerabilities: a cloud-security engine capability. A Trivy result shows the button
 * disabled, with the reason.
 */
export function FixButton({ target, scanTaskId, engine, cveNames, onStarted }: FixButtonProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const can = useCan('CreateRepoTagFixTask', { InstanceId: target.instanceId, RepoId: target.repoId, Tag: target.tag });
  const label = cveNames.length ? t('fix.button.selected', { count: cveNames.length }) : t('fix.button');
  if (engine !== 'SAS_SCAN_SERVICE') {
    return (
      <PermissionButton icon={<ToolOutlined />} blockedReason={t('fix.trivy-unsupported')}>
        {t('fix.button')}
      </PermissionButton>
    );
  }
  return (
    <>
      <PermissionButton type="primary" icon={<ToolOutlined />} permission={can} onClick={() => setOpen(true)}>
        {label}
      </PermissionButton>
      <FixModal
        open={open}
        target={target}
        scanTaskId={scanTaskId}
        cveNames={cveNames}
        onClose={() => setOpen(false)}
        onStarted={() => {
          setOpen(false);
          onStarted();
        }}
      />
    </>
  );
}
