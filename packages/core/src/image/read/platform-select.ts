/**
 * Choosing one image out of several: by platform (`os/arch[/variant]`, as in `docker --platform`,
 * https://github.com/containerd/platforms) and by tag.
 */

import { ScanError } from '../../types/errors';
import type { Platform as ImagePlatform } from '../../types/image';
import { normalizeImageName } from '../docker-archive';
import { listSome } from './sources';

/** The platform scanned when none is requested. */
export const DEFAULT_PLATFORM: ImagePlatform = { os: 'linux', architecture: 'amd64' };

/** Parses `os/arch[/variant]`, e.g. `linux/arm64/v8`. */
export function parsePlatform(text: string): ImagePlatform {
  const parts = text.trim().toLowerCase().split('/');
  const [os, architecture, variant] = parts;
  if (parts.length < 2 || parts.length > 3 || !os || !architecture || (parts.length === 3 && !variant)) {
    throw new ScanError('PLATFORM_NOT_FOUND', `invalid platform "${text}": expected os/arch[/variant]`);
  }
  return variant ? { os, architecture, variant } : { os, architecture };
}

/** Formats a platform as `os/arch[/variant]`. */
export function formatPlatform(platform: ImagePlatform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** Default variants, so `linux/arm64` matches `linux/arm64/v8` (containerd normalisation). */
const DEFAULT_VARIANT: Record<string, string> = { arm64: 'v8', arm: 'v7' };

/** True when `candidate` satisfies `wanted`; a missing wanted variant accepts any variant. */
export function platformMatches(wanted: ImagePlatform, candidate: ImagePlatform): boolean {
  if (wanted.os !== candidate.os || wanted.architecture !== candidate.architecture) return false;
  if (!wanted.variant) return true;
  const fallback = DEFAULT_VARIANT[candidate.architecture];
  return (candidate.variant ?? fallback) === (wanted.variant ?? fallback);
}

/** One selectable image, whose platform may need reading its config first. */
export interface Candidate<T> {
  value: T;
  platform: () => Promise<ImagePlatform>;
}

/**
 * Picks the candidate for `wanted`. Without an explicit request, linux/amd64 is preferred, but a
 * lone candidate is taken whatever its platform (a single-arch image is what the user meant).
 */
export async function selectByPlatform<T>(
  candidates: readonly Candidate<T>[],
  wanted: ImagePlatform | undefined,
): Promise<{ value: T; platform: ImagePlatform; available: ImagePlatform[] }> {
  const available: ImagePlatform[] = [];
  for (const candidate of candidates) available.push(await candidate.platform());
  const target = wanted ?? DEFAULT_PLATFORM;
  // Prefer an exact variant match (or no variant) over a looser one.
  const exact = available.findIndex((p) => platformMatches(target, p) && (p.variant ?? '') === (target.variant ?? ''));
  let index = exact >= 0 ? exact : available.findIndex((p) => platformMatches(target, p));
  if (index < 0 && wanted === undefined && candidates.length === 1) index = 0;
  const chosen = candidates[index];
  const platform = available[index];
  if (!chosen || !platform) {
    const list = available.length === 0 ? 'none' : listSome(available.map(formatPlatform));
    throw new ScanError(
      'PLATFORM_NOT_FOUND',
      `no image for platform ${formatPlatform(target)}; the image offers: ${list}`,
    );
  }
  return { value: chosen.value, platform, available };
}

/** Expands a reference for comparison: `alpine` → `docker.io/library/alpine:latest`. */
function canonicalReference(reference: string): string {
  const lastSlash = reference.lastIndexOf('/');
  const tagged =
    reference.includes('@') || reference.indexOf(':', lastSlash + 1) >= 0 ? reference : `${reference}:latest`;
  return normalizeImageName(tagged);
}

/**
 * True when `tag` names one of `names`: exactly (an OCI `ref.name` such as `0.0.1`), or as the
 * same Docker reference once expanded (`alpine:3.11` = `docker.io/library/alpine:3.11`).
 */
export function tagMatches(tag: string, names: readonly string[]): boolean {
  if (names.includes(tag)) return true;
  const wanted = canonicalReference(tag);
  return names.some((name) => (name.includes('/') || name.includes(':') ? canonicalReference(name) === wanted : false));
}
