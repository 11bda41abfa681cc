/** The Rust analyzer: `Cargo.lock`, application type `cargo`. */
import type { Analyzer } from '../../analyzer';
import { applicationResult, baseName, decodeText } from '../shared';
import { parseCargoLock } from './cargo-lock';

/** `Cargo.lock`; application type `cargo`. */
export const cargoLockAnalyzer: Analyzer = {
  name: 'cargo',
  version: 1,
  required: (path, file) => file.type === 'file' && baseName(path) === 'Cargo.lock',
  analyze: (input) => applicationResult('cargo', input, parseCargoLock(decodeText(input.content), input.path)),
};
