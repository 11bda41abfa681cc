/**
 * The Python analyzers: installed distributions (`python-pkg`: wheel METADATA, egg PKG-INFO, egg-info
 * files and zipped `.egg` archives) and the lock/requirement files pip, Poetry and Pipenv write.
 */
import { unzipSync } from 'fflate';
import type { Analyzer } from '../../analyzer';
import { applicationResult, baseName, decodeText, invalidManifest } from '../shared';
import { parseCoreMetadata } from './core-metadata';
import { parsePipfileLock } from './pipfile-lock';
import { parsePoetryLock } from './poetry-lock';
import { parseRequirements } from './requirements';

/** Where core metadata sits: `x.dist-info/METADATA`, `x.egg-info/PKG-INFO`, `x.egg/EGG-INFO/PKG-INFO`. */
const METADATA_PATH = /(?:\.dist-info\/METADATA|\.egg-info\/(?:PKG-INFO|METADATA)|\.egg\/EGG-INFO\/PKG-INFO)$/;

/** A zipped egg larger than this is not opened (eggs are small; this bounds memory on hostile input). */
const MAX_EGG_BYTES = 64 * 1024 * 1024;

/** Installed Python distributions (Trivy's `python-pkg`). */
export const pythonPackagingAnalyzer: Analyzer = {
  name: 'python-pkg',
  version: 1,
  required: (path, file) =>
    file.type === 'file' && (METADATA_PATH.test(path) || path.endsWith('.egg-info') || path.endsWith('.egg')),
  analyze: (input) => {
    if (input.path.endsWith('.egg')) {
      const text = eggMetadata(input.content, input.path);
      return text === null ? null : applicationResult('python-pkg', input, parseCoreMetadata(text, input.path));
    }
    return applicationResult('python-pkg', input, parseCoreMetadata(decodeText(input.content), input.path));
  },
};

/** The `EGG-INFO/PKG-INFO` of a zipped egg, or null when the archive has none. */
function eggMetadata(content: Uint8Array, path: string): string | null {
  if (content.length > MAX_EGG_BYTES) return null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(content, { filter: (f) => f.name === 'EGG-INFO/PKG-INFO' });
  } catch (error) {
    throw invalidManifest('egg', path, error);
  }
  const entry = files['EGG-INFO/PKG-INFO'];
  return entry ? decodeText(entry) : null;
}

/** `requirements.txt` (and `requirements-*.txt`, `*-requirements.txt`): exact pins only; type `pip`. */
export const pipRequirementsAnalyzer: Analyzer = {
  name: 'pip',
  version: 1,
  required: (path, file) =>
    file.type === 'file' && /(?:^|[-_.])requirements(?:[-_.][\w.-]*)?\.txt$/.test(baseName(path)),
  analyze: (input) => applicationResult('pip', input, parseRequirements(decodeText(input.content), input.path)),
};

/** `poetry.lock`; type `poetry`. */
export const poetryLockAnalyzer: Analyzer = {
  name: 'poetry',
  version: 1,
  required: (path, file) => file.type === 'file' && baseName(path) === 'poetry.lock',
  analyze: (input) => applicationResult('poetry', input, parsePoetryLock(decodeText(input.content), input.path)),
};

/** `Pipfile.lock`; type `pipenv`. */
export const pipfileLockAnalyzer: Analyzer = {
  name: 'pipenv',
  version: 1,
  required: (path, file) => file.type === 'file' && baseName(path) === 'Pipfile.lock',
  analyze: (input) => applicationResult('pipenv', input, parsePipfileLock(decodeText(input.content), input.path)),
};
