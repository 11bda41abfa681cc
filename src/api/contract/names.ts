/**
 * ACR naming rules, shared by the backend (which rejects bad names) and the console forms (which explain them
 * before submitting). Each check returns the reason a name is rejected, or null when it is valid.
 */

/** Why a name was rejected; the console maps each reason to a message in its catalog. */
export type NameProblem = 'required' | 'too-short' | 'too-long' | 'bad-chars' | 'bad-edge' | 'bad-separator';

export const NAMESPACE_NAME_LIMITS = { min: 2, max: 120 } as const;
export const REPO_NAME_LIMITS = { min: 2, max: 64 } as const;
export const TAG_NAME_LIMITS = { min: 1, max: 128 } as const;
export const SUMMARY_MAX = 100;
export const DETAIL_MAX = 2000;

const SEPARATORS = /[._-]/;

/** Namespace: 2–120 chars of a–z, 0–9, `_`, `-`, `.`; may not start or end with a separator. */
export function checkNamespaceName(name: string): NameProblem | null {
  if (!name) return 'required';
  if (name.length < NAMESPACE_NAME_LIMITS.min) return 'too-short';
  if (name.length > NAMESPACE_NAME_LIMITS.max) return 'too-long';
  if (!/^[a-z0-9._-]+$/.test(name)) return 'bad-chars';
  if (SEPARATORS.test(name[0] ?? '') || SEPARATORS.test(name.at(-1) ?? '')) return 'bad-edge';
  return null;
}

/**
 * Repository: 2–64 chars; path components of a–z and 0–9 joined by the Docker reference separators
 * (`.`, `_`, `__`, or runs of `-`), components joined by `/`.
 * ref. https://github.com/distribution/reference/blob/main/regexp.go
 */
export function checkRepoName(name: string): NameProblem | null {
  if (!name) return 'required';
  if (name.length < REPO_NAME_LIMITS.min) return 'too-short';
  if (name.length > REPO_NAME_LIMITS.max) return 'too-long';
  if (!/^[a-z0-9._/-]+$/.test(name)) return 'bad-chars';
  if (/^[._/-]|[._/-]$/.test(name)) return 'bad-edge';
  const component = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
  if (!name.split('/').every((part) => component.test(part))) return 'bad-separator';
  return null;
}

/** Tag: 1–128 chars of word characters, `.` and `-`, not starting with `.` or `-` (Docker's tag grammar). */
export function checkTagName(name: string): NameProblem | null {
  if (!name) return 'required';
  if (name.length > TAG_NAME_LIMITS.max) return 'too-long';
  if (!/^[\w.-]+$/.test(name)) return 'bad-chars';
  if (/^[.-]/.test(name)) return 'bad-edge';
  return null;
}
