/** The PHP analyzer: `composer.lock`, application type `composer`. */
import type { Analyzer } from '../../analyzer';
import { applicationResult, baseName, decodeText } from '../shared';
import { parseComposerLock } from './composer-lock';

/** `composer.lock`; application type `composer`. */
export const composerLockAnalyzer: Analyzer = {
  name: 'composer',
  version: 1,
  required: (path, file) => file.type === 'file' && baseName(path) === 'composer.lock',
  analyze: (input) => applicationResult('composer', input, parseComposerLock(decodeText(input.content), input.path)),
};
