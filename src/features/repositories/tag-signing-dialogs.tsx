import { useCallback } from 'react';
import type { TagSignatureState } from '@/api/contract/signing';
import type { RepoTag } from '@/api/contract/tags';
import { useVerifyTagSignature } from '@/api/resources/signing';
import { useModalState } from '@/hooks/use-modal-state';
import { ExportSignatureModal } from './export-signature-modal';
import { SignTagModal } from './sign-tag-modal';
import type { SigningAction } from './tag-signing-menu';
import { TamperModal } from './tamper-modal';
import { VerifySignatureModal } from './verify-signature-modal';

interface TagSigningTarget {
  instanceId: string;
  repoId: string;
  namespace: string;
  repoName: string;
  /** 镜像加签 > 证明者, linked when there is no witness to sign with. */
  witnessesPath: string;
}

/**
 * The dialogs behind a tag's 更多 menu (加签, 验证签名, 导出签名, 模拟篡改): `open` starts one for a tag,
 * `dialogs` renders them. 验证签名 starts verifying on the click, so the dialog opens on its progress.
 */
export function useTagSigningDialogs(
  target: TagSigningTarget | undefined,
  signatureOf: (tag: string) => TagSignatureState | undefined,
) {
  const sign = useModalState<RepoTag>();
  const verifyModal = useModalState<RepoTag>();
  const exportModal = useModalState<RepoTag>();
  const tamper = useModalState<RepoTag>();
  const verify = useVerifyTagSignature();
  const { mutate: runVerify, reset: resetVerify } = verify;

  const startVerify = useCallback(
    (row: RepoTag) => {
      if (!target) return;
      resetVerify();
      runVerify({ InstanceId: target.instanceId, RepoId: target.repoId, Tag: row.Tag });
    },
    [target, runVerify, resetVerify],
  );

  const open = useCallback(
    (action: SigningAction, row: RepoTag) => {
      if (action === 'sign') sign.show(row);
      else if (action === 'export') exportModal.show(row);
      else if (action === 'tamper') tamper.show(row);
      else {
        verifyModal.show(row);
        startVerify(row);
      }
    },
    [sign.show, exportModal.show, tamper.show, verifyModal.show, startVerify],
  );

  const dialogs = target && (
    <>
      {sign.record && (
        <SignTagModal
          key={`sign-${sign.key}`}
          {...target}
          tag={sign.record.Tag}
          digest={sign.record.Digest}
          open={sign.open}
          onClose={sign.hide}
        />
      )}
      {verifyModal.record && (
        <VerifySignatureModal
          key={`verify-${verifyModal.key}`}
          tag={verifyModal.record.Tag}
          open={verifyModal.open}
          pending={verify.isPending}
          error={verify.error}
          state={verify.data?.State}
          onRetry={() => verifyModal.record && startVerify(verifyModal.record)}
          onClose={verifyModal.hide}
        />
      )}
      {exportModal.record && (
        <ExportSignatureModal
          key={`export-${exportModal.key}`}
          instanceId={target.instanceId}
          repoId={target.repoId}
          tag={exportModal.record.Tag}
          state={signatureOf(exportModal.record.Tag)}
          open={exportModal.open}
          onClose={exportModal.hide}
        />
      )}
      {tamper.record && (
        <TamperModal
          key={`tamper-${tamper.key}`}
          instanceId={target.instanceId}
          repoId={target.repoId}
          tag={tamper.record.Tag}
          open={tamper.open}
          onClose={tamper.hide}
        />
      )}
    </>
  );
  return { open, dialogs };
}
