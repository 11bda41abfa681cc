import { queryOptions } from '@tanstack/react-query';
import { callAction } from '../client';

export const regionQueries = {
  all: () => ['regions'] as const,
  list: (lang: 'zh-CN' | 'en-US') =>
    queryOptions({
      queryKey: [...regionQueries.all(), lang],
      queryFn: ({ signal }) => callAction('ListInstanceRegion', { Lang: lang }, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
