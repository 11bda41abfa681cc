/**
 * What a deployment policy knows about a tag (the core's `TagPolicyInput`), read in ONE place so that 预览 and
 * 模拟部署 can never disagree:
 *
 * - `scanned`: a COMPLETE scan task exists for the tag's CURRENT digest; its findings are those of the
 *   latest such task. A scan of the digest the tag pointed at before a push says nothing about this image.
 * - `findings`: that scan's vulnerabilities, after the instance's exceptions in force (core `applyExceptions`).
 * - `signatures`: the signing side's verdict on the current digest, only read when the policy asks for
 *   signatures (verification costs a signature check per tag).
 */
import { applyExceptions, type PolicySignature, type TagPolicyInput } from '@acr-console/core';
import type { TagSignatureState } from '@/api/contract/signing';
import type { RepositoryRecord, ScanResultRecord, TagRecord } from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import type { AnyTx } from './scan-rule-checks';
import { EMPTY_SUMMARY } from './scan-tasks';
import { signatureStates } from './signatures';
import { instanceExceptions, toCoreException } from './vuln-exceptions';

export interface TagPolicyFacts {
  tag: TagRecord;
  input: TagPolicyInput;
  /** Findings exceptions took out of the scan (any severity). */
  exceptedFindings: number;
}

/** `sha256-<hex>.sig`: a signature artifact, not an image anyone deploys. */
export const SIGNATURE_TAG = /^sha256-[0-9a-f]{64}\.sig$/;

/** The results of the latest COMPLETE scan of each tag's current digest (absent: never scanned). */
async function latestScanResults(tx: AnyTx, tags: readonly TagRecord[]): Promise<Map<string, ScanResultRecord>> {
  const results = new Map<string, ScanResultRecord>();
  for (const tag of tags) {
    const tasks = await tx.objectStore('scanTasks').index('by-tag').getAll([tag.InstanceId, tag.RepoId, tag.Tag]);
    const latest = tasks
      .filter((task) => task.Status === 'COMPLETE' && task.Digest === tag.Digest)
      .reduce<(typeof tasks)[number] | undefined>((a, b) => (!a || b.StartTime >= a.StartTime ? b : a), undefined);
    if (latest) {
      // A COMPLETE task without a result row would be corrupt; read it as a clean scan rather than unscanned.
      results.set(
        tag.Tag,
        (await tx.objectStore('scanResults').get(latest.ScanTaskId)) ?? emptyResult(latest.ScanTaskId),
      );
    }
  }
  return results;
}

function emptyResult(scanTaskId: string): ScanResultRecord {
  return { ScanTaskId: scanTaskId, Summary: { ...EMPTY_SUMMARY }, Vulnerabilities: [] };
}

function policySignatures(state: TagSignatureState | undefined): PolicySignature[] {
  return (state?.Signatures ?? []).map((s) =>
    s.WitnessId ? { valid: s.Valid, signer: s.WitnessId } : { valid: s.Valid },
  );
}

/**
 * The policy input of `tags` (all of `repo`), in the order given. `withSignatures`: read their signatures
 * too (one batched lookup for the repository); without it they have none, which only a policy requiring a
 * signature could notice.
 */
export async function tagPolicyInputs(
  ctx: ServiceContext,
  repo: RepositoryRecord,
  tags: readonly TagRecord[],
  withSignatures: boolean,
): Promise<TagPolicyFacts[]> {
  const { scans, exceptions } = await read(ctx.store, ['scanTasks', 'scanResults', 'vulnExceptions'], async (tx) => ({
    scans: await latestScanResults(tx, tags),
    exceptions: (await instanceExceptions(tx, repo.InstanceId)).map(toCoreException),
  }));
  const signatures = withSignatures
    ? await signatureStates(
        ctx,
        repo.InstanceId,
        repo.RepoId,
        tags.map((t) => t.Tag),
        // Evaluating a policy is a read: it must not show up in a key's usage history.
        { recordUsage: false },
      )
    : undefined;
  const now = ctx.clock.now();
  return tags.map((tag) => {
    const scan = scans.get(tag.Tag);
    const target = { namespace: repo.RepoNamespaceName, repository: repo.RepoName, tag: tag.Tag };
    const findings = (scan?.Vulnerabilities ?? []).map((v) => ({
      cveId: v.CveName,
      severity: v.Severity,
      fixable: v.VersionFixed !== '',
    }));
    const excepted = applyExceptions(findings, exceptions, now, target);
    return {
      tag,
      input: {
        scanned: scan !== undefined,
        findings: excepted.findings.map((f) => ({ severity: f.severity, fixable: f.fixable, excepted: f.excepted })),
        signatures: policySignatures(signatures?.get(tag.Tag)),
      },
      exceptedFindings: excepted.counts.raw - excepted.counts.effective,
    };
  });
}
