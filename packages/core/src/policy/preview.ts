/**
 * 预览: which existing tags a policy would block, before it is switched on. It is `evaluatePolicy` over
 * every tag, so the preview and the enforced decision can never disagree.
 */
import { evaluatePolicy } from './evaluate';
import type { DenyPolicy, PolicyAction, PolicyReason, TagPolicyInput } from './types';

/** A tag to preview, identified however the caller likes (e.g. `ns/repo:tag`). */
export interface PolicyPreviewTag extends TagPolicyInput {
  id: string;
}

export interface BlockedTag {
  id: string;
  action: PolicyAction;
  reasons: PolicyReason[];
}

export interface PolicyPreview {
  /** The tags the policy would block, in input order, each with every reason. */
  blocked: BlockedTag[];
  /** Ids of the tags it would allow, in input order. */
  allowed: string[];
}

export function previewPolicy(policy: DenyPolicy, tags: readonly PolicyPreviewTag[]): PolicyPreview {
  const preview: PolicyPreview = { blocked: [], allowed: [] };
  for (const tag of tags) {
    const decision = evaluatePolicy(policy, tag);
    if (decision.allowed) preview.allowed.push(tag.id);
    else preview.blocked.push({ id: tag.id, action: policy.action, reasons: decision.reasons });
  }
  return preview;
}
