/**
 * 预览 (`PreviewDeployPolicy`) and 模拟部署 (`CheckDeployment`), console-only. Both read each tag through
 * `tagPolicyInputs` and judge it with the core's `evaluatePolicy`, so what the preview says of a tag is what a
 * check of that tag answers under the same rule. Neither changes anything.
 */
import { evaluatePolicy, type PolicyPreviewTag as PolicyPreviewInput, previewPolicy } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { PolicyPreviewTag } from '@/api/contract/policies';
import type { RepositoryRecord, TagRecord } from '../store/schema';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { namespacePolicy } from './deploy-policies';
import { checkPolicyRule, requireWitnesses, ruleFields, toContractReason, toDenyPolicy } from './deploy-policy-rule';
import { BusinessFailure } from './errors';
import { systemDomain } from './instances';
import { requireInstance, requireNamespace, requireRepository } from './lookup';
import type { Payload } from './payload';
import { SIGNATURE_TAG, tagPolicyInputs } from './tag-policy-input';

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `PreviewDeployPolicy`: every tag of the namespace (signature artifacts aside), blocked or allowed by the rule. */
export async function previewDeployPolicy(
  ctx: ServiceContext,
  params: ActionParams<'PreviewDeployPolicy'>,
): Promise<Payload<'PreviewDeployPolicy'>> {
  const rule = ruleFields(params);
  checkPolicyRule(rule);
  const repos = await read(
    ctx.store,
    ['instances', 'namespaces', 'signWitnesses', 'repositories', 'tags'],
    async (tx) => {
      await requireInstance(tx, params.InstanceId);
      await requireNamespace(tx, params.InstanceId, params.NamespaceName);
      await requireWitnesses(tx, params.InstanceId, rule.Witnesses);
      const found = await tx
        .objectStore('repositories')
        .index('by-namespace')
        .getAll([params.InstanceId, params.NamespaceName]);
      found.sort((a, b) => byName(a.RepoName, b.RepoName));
      const withTags: { repo: RepositoryRecord; tags: TagRecord[] }[] = [];
      for (const repo of found) {
        const tags = await tx.objectStore('tags').index('by-repo').getAll(repo.RepoId);
        withTags.push({
          repo,
          tags: tags.filter((t) => !SIGNATURE_TAG.test(t.Tag)).sort((a, b) => byName(a.Tag, b.Tag)),
        });
      }
      return withTags;
    },
  );

  const rows = new Map<string, PolicyPreviewTag>();
  const inputs: PolicyPreviewInput[] = [];
  for (const { repo, tags } of repos) {
    for (const facts of await tagPolicyInputs(ctx, repo, tags, rule.RequireSignature)) {
      const id = `${repo.RepoId}:${facts.tag.Tag}`;
      rows.set(id, {
        RepoId: repo.RepoId,
        RepoName: repo.RepoName,
        Tag: facts.tag.Tag,
        Digest: `sha256:${facts.tag.Digest}`,
        Reasons: [],
      });
      inputs.push({ id, ...facts.input });
    }
  }
  const preview = previewPolicy(toDenyPolicy(rule), inputs);
  const row = (id: string): PolicyPreviewTag => {
    const found = rows.get(id);
    if (!found) throw new Error(`preview answered unknown tag ${id}`);
    return found;
  };
  return {
    Blocked: preview.blocked.map((b) => ({
      ...row(b.id),
      Action: b.action,
      Reasons: b.reasons.map(toContractReason),
    })),
    Allowed: preview.allowed.map(row),
    TotalCount: inputs.length,
  };
}

/**
 * `CheckDeployment`: the decision for one tag under its namespace's ENABLED policy. A namespace without one
 * (or with it switched off) lets everything through, still reporting what is known of the image.
 */
export async function checkDeployment(
  ctx: ServiceContext,
  params: ActionParams<'CheckDeployment'>,
): Promise<Payload<'CheckDeployment'>> {
  const found = await read(
    ctx.store,
    ['instances', 'namespaces', 'repositories', 'tags', 'deployPolicies'],
    async (tx) => {
      const instance = await requireInstance(tx, params.InstanceId);
      await requireNamespace(tx, params.InstanceId, params.NamespaceName);
      const repo = await requireRepository(tx, {
        InstanceId: params.InstanceId,
        RepoNamespaceName: params.NamespaceName,
        RepoName: params.RepoName,
      });
      const tag = await tx.objectStore('tags').get([repo.RepoId, params.Tag]);
      if (!tag) throw new BusinessFailure('TAG_NOT_EXIST');
      const policy = await namespacePolicy(tx, params.InstanceId, params.NamespaceName);
      return { instance, repo, tag, policy: policy?.Enabled ? policy : undefined };
    },
  );
  const { instance, repo, tag, policy } = found;
  const [facts] = await tagPolicyInputs(ctx, repo, [tag], policy?.RequireSignature ?? false);
  if (!facts) throw new Error('tagPolicyInputs answered no tag');
  const digest = `sha256:${tag.Digest}`;
  const image = {
    ExceptedFindings: facts.exceptedFindings,
    Scanned: facts.input.scanned,
    Digest: digest,
    ImageReference: `${systemDomain(instance)}/${repo.RepoNamespaceName}/${repo.RepoName}@${digest}`,
  };
  if (!policy) return { Allowed: true, Reasons: [], Tolerated: [], CountedFindings: 0, ...image };

  const decision = evaluatePolicy(toDenyPolicy(policy), facts.input);
  return {
    Allowed: decision.allowed,
    PolicyId: policy.PolicyId,
    ...(decision.action ? { Action: decision.action } : {}),
    Reasons: decision.reasons.map(toContractReason),
    Tolerated: decision.tolerated.map(toContractReason),
    CountedFindings: decision.countedFindings,
    ...image,
  };
}
