/**
 * Ecosystems: the version scheme a package follows and the advisory namespace it is matched in.
 * The names are the version-scheme names the public `compareVersions(ecosystem, a, b)` accepts.
 */
export const ECOSYSTEMS = ['deb', 'apk', 'rpm', 'npm', 'pypi', 'maven', 'go', 'rubygems', 'composer', 'cargo'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** Which ecosystems hold operating-system packages (matched per distribution release). */
export const OS_ECOSYSTEMS = ['deb', 'apk', 'rpm'] as const satisfies readonly Ecosystem[];
