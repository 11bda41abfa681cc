/** The Ruby analyzer: `Gemfile.lock`, application type `bundler`. */
import type { Analyzer } from '../../analyzer';
import { applicationResult, baseName, decodeText } from '../shared';
import { parseGemfileLock } from './gemfile-lock';

/** `Gemfile.lock` (and `gems.locked`, Bundler's alternative name); application type `bundler`. */
export const gemfileLockAnalyzer: Analyzer = {
  name: 'bundler',
  version: 1,
  required: (path, file) => file.type === 'file' && ['Gemfile.lock', 'gems.locked'].includes(baseName(path)),
  analyze: (input) => applicationResult('bundler', input, parseGemfileLock(decodeText(input.content), input.path)),
};
