/**
 * 访问控制 (RAM): the session identity, users, groups, policies, attachments, the audit log, and the permission
 * checks the UI uses to disable what the identity may not do.
 *
 * Disabling a control for the current identity (any feature):
 *
 * ```tsx
 * const scan = useCan('CreateRepoTagScanTask', { InstanceId: instanceId, RepoId: repoId });
 * <Tooltip title={scan.reason}>
 *   <Button disabled={!scan.allowed} onClick={…}>立即扫描</Button>
 * </Tooltip>
 * ```
 *
 * `allowed` is false while the answer loads (`loading` true) and when the identity is denied; `reason` then reads
 * "当前身份 auditor 无权限执行 cr:PutScan（资源 acs:cr:…）". Identical questions anywhere on the page share one
 * answer, and the questions asked in one tick travel in one `CheckPermissions` call. The backend enforces every
 * call anyway: this only spares the user a button that would answer `NoPrivilege`.
 */
import {
  keepPreviousData,
  matchQuery,
  queryOptions,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
// The reason is product copy: the one place the API layer reads the catalogs (through lib, never the UI).
import { useT } from '@/lib/i18n';
import { callAction } from '../client';
import type { ActionName, ActionRequest } from '../contract/actions';
import { type Identity, MAIN_ACCOUNT_NAME, type PermissionAnswer, type RamPolicyType } from '../contract/ram';

export const ramQueries = {
  all: () => ['ram'] as const,
  identity: () =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'identity'],
      queryFn: ({ signal }) => callAction('GetCallerIdentity', {}, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  users: () =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'users'],
      queryFn: ({ signal }) => callAction('ListUsers', {}, { signal }),
    }),
  groups: () =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'groups'],
      queryFn: ({ signal }) => callAction('ListGroups', {}, { signal }),
    }),
  policies: (type?: RamPolicyType) =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'policies', type ?? 'all'],
      queryFn: ({ signal }) => callAction('ListPolicies', { PolicyType: type }, { signal }),
    }),
  policy: (name: string, type: RamPolicyType) =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'policy', type, name],
      queryFn: ({ signal }) => callAction('GetPolicy', { PolicyName: name, PolicyType: type }, { signal }),
    }),
  attachments: (params: ActionRequest<'ListAttachments'> = {}) =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'attachments', params],
      queryFn: ({ signal }) => callAction('ListAttachments', params, { signal }),
    }),
  /** Checks a draft document; keyed by its text, so retyping an earlier text answers from the cache. */
  validate: (document: string) =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'validate', document],
      queryFn: ({ signal }) => callAction('ValidatePolicyDocument', { PolicyDocument: document }, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
      placeholderData: keepPreviousData,
    }),
  audit: (params: ActionRequest<'ListAuditLog'>) =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'audit', params],
      queryFn: ({ signal }) => callAction('ListAuditLog', params, { signal }),
      placeholderData: keepPreviousData,
    }),
};

/** Who the console acts as (主账号 or a RAM user). */
export function useCallerIdentity() {
  return useQuery(ramQueries.identity());
}

export function isMainAccount(identity: Pick<Identity, 'IdentityType'> | undefined): boolean {
  return identity?.IdentityType === 'Account';
}

/**
 * Acts as another identity (`root` = the main account). Everything the console shows may change with it — lists
 * shrink, buttons disable — so the whole query cache is dropped and only the new identity is kept. The shell keys
 * the page on the identity (see `useIdentityKey`), so the page mounts afresh and loads everything again as the
 * new identity, asking RAM first where it gates a call (refetching in place would send the old identity's calls,
 * and be denied, before the page knew who it now is).
 */
export function useSwitchIdentity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userName: string) => callAction('SwitchIdentity', { UserName: userName }),
    onSuccess: (data) => {
      const identityKey = ramQueries.identity().queryKey;
      // The identity query itself stays (its observers, the shell among them, must hear of the new identity).
      client.removeQueries({ predicate: (query) => !matchQuery({ queryKey: identityKey, exact: true }, query) });
      client.setQueryData(identityKey, data);
    },
  });
}

/** A React key for the page under the shell: changes when the console acts as someone else. */
export function useIdentityKey(): string {
  return useCallerIdentity().data?.Identity.UserName ?? MAIN_ACCOUNT_NAME;
}

/** Every RAM write changes what someone may do: users, groups, policies, attachments and answers all refresh. */
function useRamMutation<A extends ActionName>(action: A) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<A>) => callAction(action, params),
    onSuccess: () => client.invalidateQueries({ queryKey: ramQueries.all() }),
  });
}

export const useCreateUser = () => useRamMutation('CreateUser');
export const useDeleteUser = () => useRamMutation('DeleteUser');
export const useCreateGroup = () => useRamMutation('CreateGroup');
export const useDeleteGroup = () => useRamMutation('DeleteGroup');
export const useAddUserToGroup = () => useRamMutation('AddUserToGroup');
export const useRemoveUserFromGroup = () => useRamMutation('RemoveUserFromGroup');
export const useCreatePolicy = () => useRamMutation('CreatePolicy');
export const useCreatePolicyVersion = () => useRamMutation('CreatePolicyVersion');
export const useDeletePolicy = () => useRamMutation('DeletePolicy');
export const useAttachPolicyToUser = () => useRamMutation('AttachPolicyToUser');
export const useDetachPolicyFromUser = () => useRamMutation('DetachPolicyFromUser');
export const useAttachPolicyToGroup = () => useRamMutation('AttachPolicyToGroup');
export const useDetachPolicyFromGroup = () => useRamMutation('DetachPolicyFromGroup');

// ——— Permission checks ———

/** The parameters that locate a resource; values are sent as strings, `undefined` ones are left out. */
export type PermissionParams = Record<string, string | number | boolean | undefined>;

export interface PermissionQuestion {
  action: ActionName;
  params?: PermissionParams;
}

export interface Permission {
  allowed: boolean;
  loading: boolean;
  /** Why the identity may not, in the current language; undefined when allowed or still loading. */
  reason?: string;
  answer?: PermissionAnswer;
}

/** The most questions one CheckPermissions call may carry. */
const CHECK_BATCH_MAX = 100;

interface Waiting {
  Action: string;
  Params: Record<string, string>;
  resolve: (answer: PermissionAnswer) => void;
  reject: (error: unknown) => void;
}

let waiting: Waiting[] = [];
let flushScheduled = false;

/** Sends every question asked since the last flush, up to {@link CHECK_BATCH_MAX} per call. */
function flushQuestions(): void {
  flushScheduled = false;
  const batch = waiting;
  waiting = [];
  for (let i = 0; i < batch.length; i += CHECK_BATCH_MAX) {
    const chunk = batch.slice(i, i + CHECK_BATCH_MAX);
    callAction('CheckPermissions', { Questions: chunk.map(({ Action, Params }) => ({ Action, Params })) }).then(
      ({ Answers }) =>
        chunk.forEach((q, j) => {
          const answer = Answers[j];
          if (answer) q.resolve(answer);
          else q.reject(new Error(`CheckPermissions: no answer for ${q.Action}`));
        }),
      (error: unknown) => {
        for (const q of chunk) q.reject(error);
      },
    );
  }
}

function ask(action: string, params: Record<string, string>): Promise<PermissionAnswer> {
  return new Promise((resolve, reject) => {
    waiting.push({ Action: action, Params: params, resolve, reject });
    if (!flushScheduled) {
      flushScheduled = true;
      setTimeout(flushQuestions, 0);
    }
  });
}

function stringParams(params: PermissionParams = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params)
      .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [key, String(value)]),
  );
}

export const permissionQueries = {
  /** Answers are cached per identity (a switch resets the cache anyway) and per question. */
  check: (userName: string, action: string, params: Record<string, string>) =>
    queryOptions({
      queryKey: [...ramQueries.all(), 'permission', userName, action, params],
      queryFn: () => ask(action, params),
      staleTime: 30_000,
    }),
};

/**
 * Answers for several questions at once, in their order. The main account may do anything, so it is never
 * asked about; if the check itself fails the control stays enabled and the backend has the last word.
 */
export function usePermissions(questions: PermissionQuestion[]): Permission[] {
  const t = useT();
  const identity = useCallerIdentity();
  const who = identity.data?.Identity;
  const main = isMainAccount(who);
  const normalized = questions.map((q) => ({ action: q.action, params: stringParams(q.params) }));
  const results = useQueries({
    queries: normalized.map((q) => ({
      ...permissionQueries.check(who?.UserName ?? '', q.action, q.params),
      enabled: who !== undefined && !main,
    })),
  });
  return results.map((result): Permission => {
    if (identity.isError) return { allowed: true, loading: false };
    if (!who) return { allowed: false, loading: true };
    if (main) return { allowed: true, loading: false };
    if (result.isError) return { allowed: true, loading: false };
    const answer = result.data;
    if (!answer) return { allowed: false, loading: true };
    if (answer.Allowed) return { allowed: true, loading: false, answer };
    const vars = { identity: who.UserName, ramAction: answer.RamAction, resource: answer.Resource };
    const reason =
      answer.Decision === 'ExplicitDeny' && answer.DeniedBy
        ? t('ram.can.denied-by', { ...vars, policy: answer.DeniedBy })
        : t('ram.can.denied', vars);
    return { allowed: false, loading: false, reason, answer };
  });
}

/** May the current identity call `action` on the resource `params` locate? See the example at the top. */
export function useCan(action: ActionName, params?: PermissionParams): Permission {
  const [permission] = usePermissions([{ action, params }]);
  return permission ?? { allowed: false, loading: true };
}
