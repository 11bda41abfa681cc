/** Turns the query string into an action's typed parameters, or names the parameter that is wrong. */

import type { z } from 'zod';
import { decodeQuery } from '@/api/contract/wire';

export type ParsedParams =
  | { ok: true; params: Record<string, unknown> }
  | { ok: false; code: 'MissingParameter' | 'InvalidParameter'; name: string; detail: string };

/**
 * Decodes `query` against the request schema. A required parameter that is absent or empty is missing
 * (the gateway treats an empty value as not supplied); anything the schema rejects is invalid, reported with
 * the first offending parameter's name.
 */
export function parseParams(schema: z.ZodObject, query: URLSearchParams): ParsedParams {
  const decoded = decodeQuery(schema.shape, query);
  for (const [name, field] of Object.entries(schema.shape)) {
    const value = decoded[name];
    if ((value === undefined || value === '') && !field.safeParse(undefined).success) {
      return { ok: false, code: 'MissingParameter', name, detail: '' };
    }
  }
  const result = schema.safeParse(decoded);
  if (result.success) return { ok: true, params: result.data as Record<string, unknown> };
  const issue = result.error.issues[0];
  // A parameter that only some requests need (a refinement's `params: { missing: true }`) is missing too.
  const missing = issue?.code === 'custom' && issue.params?.missing === true;
  return {
    ok: false,
    code: missing ? 'MissingParameter' : 'InvalidParameter',
    name: issue?.path.map(String).join('.') || 'unknown',
    detail: issue?.message ?? '',
  };
}
