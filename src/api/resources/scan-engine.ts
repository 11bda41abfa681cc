/** The cloud-security engine: account, orders, each instance's engine and its sync log. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';

export const scanEngineQueries = {
  all: () => ['scan-engine'] as const,
  /** Roles and subscription of the account. */
  account: () =>
    queryOptions({
      queryKey: [...scanEngineQueries.all(), 'account'],
      queryFn: ({ signal }) => callAction('GetSasAccount', {}, { signal }),
    }),
  order: (orderId: string) =>
    queryOptions({
      queryKey: [...scanEngineQueries.all(), 'order', orderId],
      queryFn: ({ signal }) => callAction('GetSasOrder', { OrderId: orderId }, { signal }),
    }),
  /** The engine an instance scans with, and whether it syncs. */
  instance: (instanceId: string) =>
    queryOptions({
      queryKey: [...scanEngineQueries.all(), 'instance', instanceId],
      queryFn: ({ signal }) => callAction('GetInstanceScanEngine', { InstanceId: instanceId }, { signal }),
    }),
  syncLog: (params: ActionRequest<'ListSasSyncLog'>) =>
    queryOptions({
      queryKey: [...scanEngineQueries.all(), 'sync-log', params],
      queryFn: ({ signal }) => callAction('ListSasSyncLog', params, { signal }),
    }),
};

/** Every engine mutation changes what the account or an instance reads: refresh all of it. */
function useEngineMutation<A extends EngineAction>(action: A) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<A>) => callAction(action, params),
    onSuccess: () => client.invalidateQueries({ queryKey: scanEngineQueries.all() }),
  });
}

type EngineAction =
  | 'AuthorizeSasAccessRole'
  | 'CreateSasServiceLinkedRole'
  | 'CreateSasOrder'
  | 'PaySasOrder'
  | 'UpdateInstanceScanEngine'
  | 'UpdateSasSync';

export const useAuthorizeSasAccessRole = () => useEngineMutation('AuthorizeSasAccessRole');
export const useCreateSasServiceLinkedRole = () => useEngineMutation('CreateSasServiceLinkedRole');
export const useCreateSasOrder = () => useEngineMutation('CreateSasOrder');
export const usePaySasOrder = () => useEngineMutation('PaySasOrder');
export const useUpdateInstanceScanEngine = () => useEngineMutation('UpdateInstanceScanEngine');
export const useUpdateSasSync = () => useEngineMutation('UpdateSasSync');
