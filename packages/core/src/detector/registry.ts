/** The explicit detector list (syft `package_tasks.go` / grype `matchers.go` style: no side-effect registration). */
import type { Detector } from './detector';
import {
  cargoDetector,
  composerDetector,
  goDetector,
  mavenDetector,
  npmDetector,
  pypiDetector,
  rubygemsDetector,
} from './library-detectors';
import {
  almaDetector,
  alpineDetector,
  debianDetector,
  redhatDetector,
  rockyDetector,
  ubuntuDetector,
} from './os-detectors';

/** Every detector, OS families first; the first one that handles a package wins. */
export const DEFAULT_DETECTORS: readonly Detector[] = [
  debianDetector,
  ubuntuDetector,
  alpineDetector,
  redhatDetector,
  rockyDetector,
  almaDetector,
  npmDetector,
  pypiDetector,
  mavenDetector,
  goDetector,
  cargoDetector,
  composerDetector,
  rubygemsDetector,
];
