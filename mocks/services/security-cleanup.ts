/**
 * What goes with a deleted namespace or repository: its deployment policy, the exceptions scoped to it, and
 * signing rules naming it. Left behind, a namespace re-created under the same name would silently inherit an
 * old policy (and could not get a new one: one policy per namespace).
 */
import type { AcrTransaction } from '../store/schema';

/** The stores these cleanups write; add them to the deleting transaction. */
export const SECURITY_SCOPED_STORES = ['deployPolicies', 'vulnExceptions', 'signRules'] as const;

type Tx = AcrTransaction<'readwrite'>;

export async function forgetNamespace(tx: Tx, instanceId: string, namespace: string): Promise<void> {
  const policies = tx.objectStore('deployPolicies');
  const policyKeys = await policies.index('by-instance-namespace').getAllKeys([instanceId, namespace]);
  await Promise.all(policyKeys.map((key) => policies.delete(key)));
  await deleteExceptions(tx, instanceId, (e) => e.NamespaceName === namespace);
  const rules = tx.objectStore('signRules');
  const ruleRows = await rules.index('by-instance').getAll(instanceId);
  await Promise.all(ruleRows.filter((r) => r.NamespaceName === namespace).map((r) => rules.delete(r.SignRuleId)));
}

/** Exceptions scoped to the repository (or one of its tags); namespace-wide ones stay. */
export async function forgetRepository(tx: Tx, instanceId: string, namespace: string, repo: string): Promise<void> {
  await deleteExceptions(tx, instanceId, (e) => e.NamespaceName === namespace && e.RepoName === repo);
}

async function deleteExceptions(
  tx: Tx,
  instanceId: string,
  covered: (exception: { NamespaceName: string; RepoName?: string }) => boolean,
): Promise<void> {
  const store = tx.objectStore('vulnExceptions');
  const rows = await store.index('by-instance').getAll(instanceId);
  await Promise.all(rows.filter(covered).map((row) => store.delete(row.ExceptionId)));
}
