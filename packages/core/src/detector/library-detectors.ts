/**
 * Detectors for language packages, one per ecosystem; the namespace is the ecosystem itself
 * (OSV `npm`, `PyPI`, `Maven`, `Go`, `crates.io`, `RubyGems`, `Packagist`).
 */
import type { Ecosystem } from '../types/ecosystem';
import type { Package } from '../types/package';
import type { Detector } from './detector';

/** Maven advisories name `group:artifact`, which the inventory keeps in `id`. */
function lookupName(pkg: Package): string {
  return pkg.ecosystem === 'maven' ? pkg.id || pkg.name : pkg.name;
}

function libraryDetector(ecosystem: Ecosystem): Detector {
  return {
    name: ecosystem,
    handles: (pkg) => pkg.ecosystem === ecosystem,
    target: (pkg) => ({ namespaces: [ecosystem], name: lookupName(pkg), version: pkg.version, scheme: ecosystem }),
  };
}

export const npmDetector = libraryDetector('npm');
export const pypiDetector = libraryDetector('pypi');
export const mavenDetector = libraryDetector('maven');
export const goDetector = libraryDetector('go');
export const cargoDetector = libraryDetector('cargo');
export const composerDetector = libraryDetector('composer');
export const rubygemsDetector = libraryDetector('rubygems');
