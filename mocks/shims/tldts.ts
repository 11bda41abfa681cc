/**
 * Build-time stand-in for `tldts` (aliased in vite.config.ts). MSW's cookie store (tough-cookie) asks it for a
 * host's registrable domain on every intercepted request; the real package ships the whole public-suffix
 * list (~250 KB minified), the largest single part of the mock backend's first-load JavaScript. The console
 * is served from one origin (127.0.0.1, localhost or an intranet host) and its API sets no cookies, so the
 * last two labels are a faithful answer; IP addresses and single-label hosts have none, as in tldts.
 */
interface Options {
  allowIcannDomains?: boolean;
  allowPrivateDomains?: boolean;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function getDomain(hostname: string, _options?: Options): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (host === '' || host.includes(':') || IPV4.test(host)) return null;
  const labels = host.split('.');
  return labels.length < 2 ? null : labels.slice(-2).join('.');
}

export function getPublicSuffix(hostname: string, _options?: Options): string | null {
  const host = hostname.replace(/\.$/, '').toLowerCase();
  if (host === '' || host.includes(':') || IPV4.test(host)) return null;
  return host.split('.').at(-1) ?? null;
}
