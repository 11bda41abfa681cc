import type { ImageSpec } from '../image/image-spec';

/**
 * Which generation of a demo image to build: `vulnerable` pins package versions that public
 * advisories affect; `patched` pins later releases of the same packages that fix them.
 */
export type DemoVariant = 'vulnerable' | 'patched';

/** Options every demo recipe accepts. */
export interface DemoRecipeOptions {
  /** Defaults to `'vulnerable'`. */
  variant?: DemoVariant;
}

/** Package ecosystems the demo images contain, named as Trivy names its package types. */
export type DemoPackageType = 'apk' | 'dpkg' | 'rpm' | 'npm' | 'pypi' | 'jar' | 'gomod' | 'gobinary';

/** A package a demo image is built to contain, for seeding and for checking analyzers. */
export interface DemoPackage {
  type: DemoPackageType;
  name: string;
  version: string;
  /** Source package name (OS packages), when it differs from `name`. */
  sourceName?: string;
  /** Source package version (OS packages), when it differs from `version`. */
  sourceVersion?: string;
  /** Path of the file that declares the package inside the image. */
  path: string;
}

/** A named, data-driven recipe for one demo image. */
export interface DemoImageRecipe {
  /** Image reference the recipe imitates, e.g. `alpine:3.18`. */
  name: string;
  /** One sentence for people choosing a demo image. */
  description: string;
  /** Builds the image spec for the chosen variant. */
  spec: (options?: DemoRecipeOptions) => ImageSpec;
  /** The packages the spec's package databases and manifests declare. */
  packages: (options?: DemoRecipeOptions) => DemoPackage[];
}
