/**
 * Why something failed, as the backend words it: a scan or fix task's `FailReason` (free text in ACR's API) and an
 * event delivery's `Error`. The backend writes English, as the API does; the console recognises these texts to show
 * them in the user's language (a catalog key `reason.<kind>` with the same `{placeholders}`), and shows any other
 * text as sent. Both sides build and read the texts from this one table, so they cannot drift apart.
 */

export const REASON_TEMPLATES = {
  'scan-stopped': 'The scan was stopped by the user.',
  'scan-interrupted':
    'The scan was interrupted: the console page running it was closed or reloaded. Scan the image again.',
  'scan-task-missing': 'The scan task of this image no longer exists.',
  /** `detail`: the scan core's own message. */
  'scan-failed': 'The scan failed: {detail}',
  'fix-interrupted':
    'The fix was interrupted: the console page running it was closed or reloaded. Start the one-click fix again.',
  'fix-failed': 'The fix failed: {detail}',
  'quota-exceeded':
    'The image scan authorisations of the cloud-security scan engine are used up ({used}/{quota}). ' +
    'Upgrade the cloud-security engine to scan new images; images it already scanned can be scanned again.',
  /** `status`: the code and, when the receiver sent one, its reason phrase ("502 Bad Gateway"). */
  'delivery-http': 'The receiver answered HTTP {status}.',
  'delivery-dingtalk-no-errcode':
    'The DingTalk robot answered without an errcode: the address is probably not a robot webhook.',
  'delivery-dingtalk-rejected': 'DingTalk rejected the message: errcode {errcode}, {errmsg}',
  'delivery-timeout': 'No complete response within {seconds} s; the request was cancelled.',
  /** `detail`: what the browser said (it hides the cause on purpose, hence the likely causes). */
  'delivery-network':
    'The request did not reach the receiver ({detail}). Likely causes: the address is unreachable from this ' +
    'browser (wrong host or port, DNS, firewall, VPN); the receiver does not allow cross-origin requests from ' +
    'this console (CORS: it must answer the preflight and send Access-Control-Allow-Origin); an http:// ' +
    'address called from an https:// page (mixed content); or the browser is offline.',
  'delivery-invalid-url': 'Not a valid http(s) address: {url} ({reason}).',
  'delivery-failed': 'The delivery failed: {detail}',
  'delivery-interrupted':
    'The delivery was interrupted: the console page sending it was closed or reloaded before it finished. ' +
    'Send it again from its record.',
} as const;

export type ReasonKind = keyof typeof REASON_TEMPLATES;

/** The `{names}` in a template. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
export type ReasonVars<K extends ReasonKind> = Record<Placeholders<(typeof REASON_TEMPLATES)[K]>, string | number>;

type KindsWithout = {
  [K in ReasonKind]: [Placeholders<(typeof REASON_TEMPLATES)[K]>] extends [never] ? K : never;
}[ReasonKind];

const PLACEHOLDER = /\{(\w+)\}/g;

/** The backend's text for `kind`, its placeholders filled in. */
export function reason<K extends KindsWithout>(kind: K): string;
export function reason<K extends ReasonKind>(kind: K, vars: ReasonVars<K>): string;
export function reason(kind: ReasonKind, vars: Record<string, string | number> = {}): string {
  return REASON_TEMPLATES[kind].replace(PLACEHOLDER, (_, name: string) => String(vars[name]));
}

export interface ParsedReason {
  kind: ReasonKind;
  vars: Record<string, string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each template as an anchored pattern whose groups are its placeholders, in order. */
const MATCHERS = (Object.keys(REASON_TEMPLATES) as ReasonKind[]).map((kind) => {
  const template: string = REASON_TEMPLATES[kind];
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
  const source = template
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 0 ? escapeRegExp(part) : '([\\s\\S]*?)'))
    .join('');
  return { kind, names, pattern: new RegExp(`^${source}$`) };
});

/** Which of the backend's reasons `text` is, with its values; undefined for any text the backend did not build. */
export function parseReason(text: string): ParsedReason | undefined {
  for (const { kind, names, pattern } of MATCHERS) {
    const match = pattern.exec(text);
    if (match) return { kind, vars: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ''])) };
  }
  return undefined;
}
