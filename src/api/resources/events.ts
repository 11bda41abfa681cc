import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';

/** How often records are polled while a delivery is still PENDING, and the demo receiver while its page is open. */
export const EVENT_POLL_MS = 1000;

export const eventRuleQueries = {
  all: (instanceId: string) => ['event-rules', instanceId] as const,
  list: (instanceId: string) =>
    queryOptions({
      queryKey: [...eventRuleQueries.all(instanceId), 'list'],
      queryFn: ({ signal }) => callAction('ListEventCenterRules', { InstanceId: instanceId }, { signal }),
    }),
  /** Names only (the records page's rule filter). */
  names: (instanceId: string) =>
    queryOptions({
      queryKey: [...eventRuleQueries.all(instanceId), 'names'],
      queryFn: ({ signal }) => callAction('ListEventCenterRuleName', { InstanceId: instanceId }, { signal }),
    }),
  detail: (instanceId: string, ruleId: string) =>
    queryOptions({
      queryKey: [...eventRuleQueries.all(instanceId), 'detail', ruleId],
      queryFn: ({ signal }) => callAction('GetEventCenterRule', { InstanceId: instanceId, RuleId: ruleId }, { signal }),
    }),
};

export const eventRecordQueries = {
  all: (instanceId: string) => ['event-records', instanceId] as const,
  /** Polls every {@link EVENT_POLL_MS} while any record of the page is PENDING. */
  list: (params: ActionRequest<'ListEventCenterRecord'>) =>
    queryOptions({
      queryKey: [...eventRecordQueries.all(params.InstanceId), 'list', params],
      queryFn: ({ signal }) => callAction('ListEventCenterRecord', params, { signal }),
      placeholderData: keepPreviousData,
      refetchInterval: (q) => (q.state.data?.Records.some((r) => r.Status === 'PENDING') ? EVENT_POLL_MS : false),
    }),
  /** Polls while the record is PENDING (attempts still to come). */
  detail: (instanceId: string, recordId: string) =>
    queryOptions({
      queryKey: [...eventRecordQueries.all(instanceId), 'detail', recordId],
      queryFn: ({ signal }) =>
        callAction('GetEventCenterRecord', { InstanceId: instanceId, RecordId: recordId }, { signal }),
      refetchInterval: (q) => (q.state.data?.Record.Status === 'PENDING' ? EVENT_POLL_MS : false),
    }),
};

export const demoReceiverQueries = {
  all: () => ['demo-receiver'] as const,
  /** Polled while the page is open: deliveries land at any time. */
  state: () =>
    queryOptions({
      queryKey: [...demoReceiverQueries.all(), 'state'],
      queryFn: ({ signal }) => callAction('GetDemoReceiver', {}, { signal }),
    }),
  messages: (params: ActionRequest<'ListDemoReceiverMessage'>) =>
    queryOptions({
      queryKey: [...demoReceiverQueries.all(), 'messages', params],
      queryFn: ({ signal }) => callAction('ListDemoReceiverMessage', params, { signal }),
      placeholderData: keepPreviousData,
      refetchInterval: EVENT_POLL_MS,
    }),
};

function useInvalidateRules() {
  const client = useQueryClient();
  return (instanceId: string) => client.invalidateQueries({ queryKey: eventRuleQueries.all(instanceId) });
}

export function useCreateEventRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateEventCenterRule'>) => callAction('CreateEventCenterRule', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

export function useUpdateEventRule() {
  const invalidate = useInvalidateRules();
  return useMutation({
    mutationFn: (params: ActionRequest<'UpdateEventCenterRule'>) => callAction('UpdateEventCenterRule', params),
    onSuccess: (_data, params) => invalidate(params.InstanceId),
  });
}

/** Deleting a rule keeps its records; their list is refreshed anyway (rule names, filters). */
export function useDeleteEventRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteEventCenterRule'>) => callAction('DeleteEventCenterRule', params),
    onSuccess: (_data, params) =>
      Promise.all([
        client.invalidateQueries({ queryKey: eventRuleQueries.all(params.InstanceId) }),
        client.invalidateQueries({ queryKey: eventRecordQueries.all(params.InstanceId) }),
      ]),
  });
}

/** 测试发送 and 重新发送 create or restart a delivery: the records and the demo receiver change. */
function useDeliveryMutation<A extends 'TestEventCenterRule' | 'ResendEventCenterRecord'>(action: A) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<A>) => callAction(action, params),
    onSuccess: (_data, params) =>
      Promise.all([
        client.invalidateQueries({ queryKey: eventRecordQueries.all(params.InstanceId) }),
        client.invalidateQueries({ queryKey: demoReceiverQueries.all() }),
      ]),
  });
}

export const useTestEventRule = () => useDeliveryMutation('TestEventCenterRule');
export const useResendEventRecord = () => useDeliveryMutation('ResendEventCenterRecord');

export function useUpdateDemoReceiver() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'UpdateDemoReceiver'>) => callAction('UpdateDemoReceiver', params),
    onSuccess: () => client.invalidateQueries({ queryKey: demoReceiverQueries.all() }),
  });
}
