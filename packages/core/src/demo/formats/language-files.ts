/**
 * Language-ecosystem manifests in the formats their tools write: npm's `package-lock.json`
 * (lockfileVersion 3) and `package.json`, Python's `METADATA` and `requirements.txt`, Maven's
 * `pom.properties` and Go's `go.mod`.
 */

/** One npm package in a lockfile and under `node_modules`. */
export interface NpmPackage {
  name: string;
  version: string;
  license: string;
  description: string;
  /** Semver ranges of dependencies, as the package's own package.json declares them. */
  dependencies?: Record<string, string>;
}

/** An application's root package and its installed (flat, hoisted) dependencies. */
export interface NpmProject {
  name: string;
  version: string;
  license: string;
  /** Direct dependencies with the ranges the root package.json declares. */
  dependencies: Record<string, string>;
  installed: NpmPackage[];
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** `package-lock.json` with lockfileVersion 3, as npm 9+ writes it (2-space JSON, trailing newline). */
export function formatPackageLock(project: NpmProject): string {
  const packages: Record<string, unknown> = {
    '': { name: project.name, version: project.version, license: project.license, dependencies: project.dependencies },
  };
  for (const pkg of [...project.installed].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    packages[`node_modules/${pkg.name}`] = {
      version: pkg.version,
      resolved: `https://registry.npmjs.org/${pkg.name}/-/${pkg.name.split('/').pop()}-${pkg.version}.tgz`,
      license: pkg.license,
      dependencies: pkg.dependencies,
    };
  }
  return pretty({ name: project.name, version: project.version, lockfileVersion: 3, requires: true, packages });
}

/** The root `package.json` of a project. */
export function formatRootPackageJson(project: NpmProject, scripts: Record<string, string>): string {
  return pretty({
    name: project.name,
    version: project.version,
    private: true,
    license: project.license,
    main: 'server.js',
    scripts,
    dependencies: project.dependencies,
  });
}

/** `node_modules/<name>/package.json` of an installed package. */
export function formatInstalledPackageJson(pkg: NpmPackage): string {
  return pretty({
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    dependencies: pkg.dependencies,
  });
}

/** One installed Python distribution. */
export interface PythonDist {
  /** Project name as published, e.g. `PyYAML`. */
  name: string;
  version: string;
  summary: string;
  homePage: string;
  license: string;
  requiresPython?: string;
  requiresDist?: string[];
}

/** `<name>-<version>.dist-info` directory name (PEP 427 escapes `-` in the name as `_`). */
export function distInfoDir(dist: PythonDist): string {
  return `${dist.name.replace(/[-_.]+/g, '_')}-${dist.version}.dist-info`;
}

/** Core-metadata `METADATA` file (Metadata-Version 2.1, RFC 822 style headers). */
export function formatPythonMetadata(dist: PythonDist): string {
  const lines = [
    'Metadata-Version: 2.1',
    `Name: ${dist.name}`,
    `Version: ${dist.version}`,
    `Summary: ${dist.summary}`,
    `Home-page: ${dist.homePage}`,
    `License: ${dist.license}`,
  ];
  if (dist.requiresPython) lines.push(`Requires-Python: ${dist.requiresPython}`);
  for (const requirement of dist.requiresDist ?? []) lines.push(`Requires-Dist: ${requirement}`);
  return `${lines.join('\n')}\n\n`;
}

/** A pinned `requirements.txt`. */
export function formatRequirements(dists: readonly PythonDist[]): string {
  return dists.map((dist) => `${dist.name}==${dist.version}\n`).join('');
}

/** One Maven artifact. */
export interface MavenArtifact {
  groupId: string;
  artifactId: string;
  version: string;
}

/** `META-INF/maven/<groupId>/<artifactId>/pom.properties`, as maven-archiver writes it. */
export function formatPomProperties(artifact: MavenArtifact): string {
  return `#Created by Apache Maven 3.8.1\nversion=${artifact.version}\ngroupId=${artifact.groupId}\nartifactId=${artifact.artifactId}\n`;
}

/** `META-INF/MANIFEST.MF` of a library jar (CRLF line ends, as the JAR spec requires). */
export function formatJarManifest(artifact: MavenArtifact, title: string): string {
  return [
    'Manifest-Version: 1.0',
    'Created-By: Apache Maven 3.8.1',
    `Implementation-Title: ${title}`,
    `Implementation-Version: ${artifact.version}`,
    `Bundle-SymbolicName: ${artifact.groupId}.${artifact.artifactId}`,
    '',
    '',
  ].join('\r\n');
}

/** A Go module requirement. */
export interface GoRequirement {
  path: string;
  version: string;
  indirect?: boolean;
}

/** A `go.mod` with one require block for direct and one for indirect dependencies. */
export function formatGoMod(module: string, goVersion: string, requirements: readonly GoRequirement[]): string {
  const block = (items: readonly GoRequirement[], suffix: string) =>
    items.length === 0 ? '' : `\nrequire (\n${items.map((r) => `\t${r.path} ${r.version}${suffix}\n`).join('')})\n`;
  return `module ${module}\n\ngo ${goVersion}\n${block(
    requirements.filter((r) => !r.indirect),
    '',
  )}${block(
    requirements.filter((r) => r.indirect),
    ' // indirect',
  )}`;
}
