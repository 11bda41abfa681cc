import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';

export const demoQueries = {
  all: () => ['demo'] as const,
  state: () =>
    queryOptions({
      queryKey: [...demoQueries.all(), 'state'],
      queryFn: ({ signal }) => callAction('GetDemoState', {}, { signal }),
    }),
};

/** Resetting the world changes every resource, so every cached query is dropped. */
export function useResetDemoWorld() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'ResetDemoWorld'>) => callAction('ResetDemoWorld', params),
    onSuccess: () => client.resetQueries(),
  });
}

export function useUpdateDemoSpeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'UpdateDemoSpeed'>) => callAction('UpdateDemoSpeed', params),
    onSuccess: () => client.invalidateQueries({ queryKey: demoQueries.all() }),
  });
}
