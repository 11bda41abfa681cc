/**
 * The one-way layers of DESIGN.md §2 as data, and the check that applies them to one import. Biome lints
 * package-level bans (no React in the core, no UI libraries in the backend); this covers what a
 * specifier pattern cannot: where a relative or aliased import actually lands.
 */
import path from 'node:path';

export interface Rule {
  /** Which files the rule governs (repository-relative, posix). */
  from: RegExp;
  /** Targets those files may not import; `$1` in the pattern refers to the first group of `from`. */
  deny: string[];
  /** Targets allowed even though a deny pattern matches. */
  allow?: string[];
  why: string;
}

export const RULES: Rule[] = [
  {
    from: /^packages\/core\//,
    deny: ['^(?!packages/core/)'],
    why: 'packages/core imports nothing from the rest of the repository',
  },
  {
    from: /^src\/api\/contract\//,
    deny: ['^src/(?!api/contract/)', '^mocks/', '^e2e/'],
    allow: [],
    why: 'the contract is pure: types and schemas only',
  },
  {
    from: /^src\/api\//,
    deny: ['^src/(features|app|components|stores|locales|hooks)/', '^mocks/', '^packages/'],
    why: 'the API layer serves the UI and never depends on it',
  },
  {
    from: /^src\/features\/([^/]+)\//,
    deny: ['^src/features/(?!$1/)', '^src/app/', '^mocks/', '^packages/'],
    why: 'features never import other features, the app shell, the backend or the core',
  },
  {
    from: /^src\/(components|lib|stores|locales|hooks)\//,
    deny: ['^src/(features|app)/', '^src/api/(?!contract/)', '^mocks/', '^packages/'],
    why: 'shared UI is data-agnostic: it may use contract types, not resources or features',
  },
  {
    from: /^src\/app\//,
    deny: ['^mocks/', '^packages/'],
    why: 'the app shell reaches the backend only through the API',
  },
  {
    from: /^mocks\/(?!testing\/)/,
    deny: ['^src/(?!api/contract/)', '^e2e/'],
    why: 'the backend implements the contract and never imports UI code',
  },
  {
    from: /^mocks\/testing\//,
    deny: ['^src/(?!api/(contract/|client$))', '^e2e/'],
    why: 'backend tests drive it through the typed client, as the console does, and nothing else of the UI',
  },
  {
    from: /^e2e\//,
    deny: ['^(src|mocks|packages)/'],
    why: 'e2e drives the running app through a browser only',
  },
];

const ALIASES: [string, string][] = [
  ['@/', 'src/'],
  ['@mocks/', 'mocks/'],
  ['@acr-console/core', 'packages/core/src/index.ts'],
];

/** Repository-relative target of a specifier, or null for a package import. */
export function resolveTarget(fromFile: string, specifier: string): string | null {
  for (const [alias, target] of ALIASES) {
    if (specifier === alias.replace(/\/$/, '') || specifier.startsWith(alias)) {
      return path.posix.normalize(target + specifier.slice(alias.length));
    }
  }
  if (specifier.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return null;
}

/** The reason an import breaks a layer rule, or null when it is allowed. */
export function violation(fromFile: string, specifier: string): string | null {
  const target = resolveTarget(fromFile, specifier);
  if (target === null) return null;
  for (const rule of RULES) {
    const match = rule.from.exec(fromFile);
    if (!match) continue;
    const fill = (p: string) => p.replace('$1', match[1] ?? '');
    const denied = rule.deny.some((p) => new RegExp(fill(p)).test(target));
    const allowed = (rule.allow ?? []).some((p) => new RegExp(fill(p)).test(target));
    if (denied && !allowed) return `${fromFile} → ${specifier}: ${rule.why}`;
  }
  return null;
}
