/**
 * 推送时加签: after a push is stored, every PUSH-trigger signing rule covering the tag signs it, once per distinct
 * witness. Never fails the push: a disabled key is logged in the key's usage (by `signTag`) and skipped.
 */
import { signedDigestOfTag } from '@acr-console/core';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { type SignTagResult, signTag } from './signing';
import { rulesCovering } from './signing-rules';

export async function signOnPush(
  ctx: ServiceContext,
  pushed: { InstanceId: string; RepoId: string; Tag: string },
): Promise<SignTagResult[]> {
  // Signature artifacts are never signed (they are not pushed this way either, but a user may name a tag so).
  if (signedDigestOfTag(pushed.Tag)) return [];
  let witnessIds: string[];
  try {
    witnessIds = await read(ctx.store, ['repositories', 'signRules'], async (tx) => {
      const repo = await tx.objectStore('repositories').get(pushed.RepoId);
      if (!repo) return [];
      return [...new Set((await rulesCovering(tx, repo, pushed.Tag, 'PUSH')).map((rule) => rule.WitnessId))];
    });
  } catch (error) {
    console.error('[mock backend] push-triggered signing failed:', error);
    return [];
  }
  const results: SignTagResult[] = [];
  for (const WitnessId of witnessIds) {
    try {
      results.push(await signTag(ctx, { ...pushed, WitnessId, TriggerType: 'PUSH' }));
    } catch (error) {
      console.warn(`[mock backend] signing ${pushed.Tag} with witness ${WitnessId} on push failed:`, error);
    }
  }
  return results;
}
