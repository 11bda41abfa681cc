import { Button, Popconfirm, Tag, Tooltip } from 'antd';
import { useCan } from '@/api/resources/ram';
import { PermissionButton, PermissionGate, type PermissionState } from '@/components/permission-gate';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { exceptionPath, exceptionScopeLabel } from '@/lib/policy-labels';
import type { ExceptionMark } from './use-scan-exceptions';

/** 已忽略 (tooltip: reason, author, expiry) or 例外已过期 beside a result row's 漏洞编号. */
export function ExceptionTag({ mark }: { mark: ExceptionMark }) {
  const t = useT();
  const e = mark.exception;
  const tip = e && (
    <div>
      <div>
        {t('policies.ignore.tip.scope', { scope: t(exceptionScopeLabel[e.ScopeType]), path: exceptionPath(e) })}
      </div>
      <div>{t('policies.ignore.tip.reason', { reason: e.Reason })}</div>
      <div>{t('policies.ignore.tip.author', { author: e.Author })}</div>
      <div>
        {t('policies.ignore.tip.expire', {
          expire: e.ExpireTime === undefined ? t('policies.exception.never') : formatTime(e.ExpireTime),
        })}
      </div>
    </div>
  );
  return (
    <Tooltip title={tip}>
      {mark.state === 'excepted' ? (
        <Tag color="default" style={{ marginInlineEnd: 0 }}>
          {t('policies.ignore.tag')}
        </Tag>
      ) : (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          {t('policies.ignore.tag.expired')}
        </Tag>
      )}
    </Tooltip>
  );
}

interface IgnoreActionProps {
  cve: string;
  mark: ExceptionMark | undefined;
  onIgnore: () => void;
  onUnignore: () => Promise<unknown>;
  /** May the identity 忽略 (`CreateVulnException` on the image)? */
  canIgnore?: PermissionState;
  instanceId: string;
}

/** 忽略 a row, or 取消忽略 the exception that covers it (which may cover the repository or namespace too). */
export function IgnoreAction({ cve, mark, onIgnore, onUnignore, canIgnore, instanceId }: IgnoreActionProps) {
  const t = useT();
  // 取消忽略 deletes the exception (which may cover the namespace): asked of that exception.
  const canUnignore = useCan('DeleteVulnException', { InstanceId: instanceId, ExceptionId: mark?.exceptionId });
  if (mark?.state === 'excepted') {
    const scope = mark.exception?.ScopeType;
    return (
      <PermissionGate permission={canUnignore}>
        {(gate) => (
          <Popconfirm
            disabled={gate.disabled}
            title={t('policies.unignore.title', { cve })}
            description={
              <div style={{ maxWidth: 320 }}>
                {scope && scope !== 'TAG'
                  ? t('policies.unignore.warning.wide', { path: mark.exception ? exceptionPath(mark.exception) : '' })
                  : t('policies.unignore.warning')}
              </div>
            }
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => onUnignore().catch(() => undefined)}
          >
            <Button
              type="link"
              size="small"
              disabled={gate.disabled}
              aria-describedby={gate['aria-describedby']}
              aria-busy={gate['aria-busy']}
              style={{ padding: 0, ...gate.style }}
            >
              {t('policies.unignore')}
            </Button>
          </Popconfirm>
        )}
      </PermissionGate>
    );
  }
  return (
    <PermissionButton type="link" size="small" style={{ padding: 0 }} permission={canIgnore} onClick={onIgnore}>
      {t('policies.ignore')}
    </PermissionButton>
  );
}
