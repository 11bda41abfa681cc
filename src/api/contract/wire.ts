/**
 * The wire conventions of the ACR OpenAPI (product `cr`, version 2018-12-01, RPC style) that every action shares:
 * envelopes, error bodies, pagination, id formats, and how typed parameters travel in the query string.
 */
import { z } from 'zod';

/** The OpenAPI version every `cr` call carries in `Version`. */
export const API_VERSION = '2018-12-01';

/** Request ids are upper-case UUIDs, e.g. `11F182E1-0F84-4F5B-8D3B-61E991482727`. */
export const RequestIdSchema = z.string().regex(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);

/** Fields every successful response of the common shape carries at top level (no `Data` wrapper). */
export const successEnvelope = {
  RequestId: RequestIdSchema,
  Code: z.literal('success'),
  IsSuccess: z.literal(true),
};

/**
 * The envelope kinds. Most actions answer {@link successEnvelope} (`Code: "success"`, `IsSuccess: true`). A few
 * real actions answer differently, and the mock reproduces it:
 * - `intCode`: `{RequestId, Code: 0}` — an integer `Code` and no `IsSuccess` (`CreateScanRule`, `UpdateScanRule`);
 * - `stringCode`: `{RequestId, Code: "success"}` — no `IsSuccess` (`DeleteScanRule`, `DeleteEventCenterRule`);
 * - `httpCode`: `{RequestId, Code: 200}` — no `IsSuccess` (`UpdateEventCenterRule`).
 *
 * Business errors of every action, whatever its success envelope, are the common {@link BusinessErrorSchema}
 * body with `IsSuccess: false`, so the client raises them the same way for all actions.
 */
export const ENVELOPE_KINDS = ['common', 'intCode', 'stringCode', 'httpCode'] as const;
export type EnvelopeKind = (typeof ENVELOPE_KINDS)[number];

/** `{RequestId, Code (integer, 0 on success)}`, no `IsSuccess` (CreateScanRule, UpdateScanRule). */
export const intCodeEnvelope = {
  RequestId: RequestIdSchema,
  Code: z.number().int(),
};

/** `{RequestId, Code: 200}`: an HTTP-like integer `Code`, no `IsSuccess` (UpdateEventCenterRule). */
export const httpCodeEnvelope = {
  RequestId: RequestIdSchema,
  Code: z.literal(200),
};

/** `{RequestId, Code (string "success")}`, no `IsSuccess` (DeleteScanRule). */
export const stringCodeEnvelope = {
  RequestId: RequestIdSchema,
  Code: z.literal('success'),
};

/** The envelope fields (besides `RequestId`) the backend adds to a successful payload of each kind. */
export const ENVELOPE_FIELDS: Record<EnvelopeKind, { Code: string | number; IsSuccess?: true }> = {
  common: { Code: 'success', IsSuccess: true },
  intCode: { Code: 0 },
  stringCode: { Code: 'success' },
  httpCode: { Code: 200 },
};

/** Gateway (POP) error: HTTP 4xx/5xx with this JSON body. */
export const GatewayErrorSchema = z.object({
  RequestId: RequestIdSchema,
  HostId: z.string(),
  Code: z.string(),
  Message: z.string(),
});
export type GatewayError = z.infer<typeof GatewayErrorSchema>;

/** Business error: HTTP 200 with `IsSuccess: false` and an UPPER_SNAKE `Code`. */
export const BusinessErrorSchema = z.object({
  RequestId: RequestIdSchema,
  Code: z.string(),
  Message: z.string().optional(),
  IsSuccess: z.literal(false),
});
export type BusinessError = z.infer<typeof BusinessErrorSchema>;

/** Page size limits: default 30, at most 100 (larger values are rejected with InvalidParameter). */
export const DEFAULT_PAGE_SIZE = 30;
export const MAX_PAGE_SIZE = 100;

/** `PageNo` (1-based) and `PageSize` request parameters. */
export const pageParams = {
  PageNo: z.number().int().min(1).optional(),
  PageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
};

/** Id prefixes of the real API; the random part is 16 lower-case alphanumerics. */
export const ID_PREFIX = {
  instance: 'cri-',
  namespace: 'crn-',
  repository: 'crr-',
  vpc: 'vpc-',
  vswitch: 'vsw-',
  resourceGroup: 'rg-',
  scanRule: 'crscnr-',
  /** Console-only: a run of a scan rule (批量扫描任务); the real API exposes no rule-task id. */
  scanRuleTask: 'crscnrt-',
  eventRule: 'crecr-',
  eventRecord: 'crecrr-',
  /** Console-only (镜像加签 and 部署策略 have no OpenAPI). */
  key: 'key-',
  witness: 'crw-',
  signRule: 'crsr-',
  deployPolicy: 'crdp-',
  vulnException: 'crve-',
} as const;

export const idSchema = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-z]{6,32}$`));

/** Epoch milliseconds carried as a decimal string (ListInstance, ListRepoTag). */
export const MillisStringSchema = z.string().regex(/^\d{10,16}$/);
/** Epoch milliseconds carried as a number (GetInstance, GetRepository, …). */
export const MillisSchema = z.number().int().nonnegative();
/** Counters and quotas the API types as strings (`TotalCount` of some lists, GetInstanceUsage). */
export const CountStringSchema = z.string().regex(/^\d+$/);

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType };

/** Strips optional/default/nullable/pipe wrappers to find the type a parameter is declared with. */
function baseType(schema: z.ZodType): string {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  while (def.innerType || def.type === 'pipe') {
    const next: z.ZodType | undefined = def.innerType ?? def.in;
    if (!next) break;
    def = (next as unknown as { _zod: { def: Def } })._zod.def;
  }
  return def.type;
}

/**
 * Turns query-string values back into the types the request schema declares: numbers and booleans as
 * literals, objects and arrays from the JSON-string ("shrink") encoding. Anything that does not convert is
 * passed through unchanged so the schema reports it as an InvalidParameter.
 */
export function decodeQuery(shape: Record<string, z.ZodType>, query: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, raw] of query) {
    const field = shape[key];
    if (!field) continue;
    const type = baseType(field);
    if (type === 'number') out[key] = raw.trim() === '' ? raw : Number(raw);
    else if (type === 'boolean') out[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
    else if (type === 'object' || type === 'array') {
      try {
        out[key] = JSON.parse(raw);
      } catch {
        out[key] = raw;
      }
    } else out[key] = raw;
  }
  return out;
}

/** Encodes typed parameters into the query string the way the SDKs do (objects as JSON strings). */
export function encodeQuery(params: Record<string, unknown>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    query.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return query;
}
