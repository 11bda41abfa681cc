/**
 * The Go analyzers: executables carrying Go build info (Trivy's `gobinary`) and module files (`gomod`).
 */
import type { Analyzer } from '../../analyzer';
import { applicationResult, baseName, decodeText } from '../shared';
import { executableFormat } from './executable';
import { parseGoBinary } from './go-binary';
import { parseGoMod } from './go-mod';

// Files under these directories or with these extensions are executable by accident or are scripts;
// reading them would only cost time.
const SKIPPED_DIRS = /(?:^|\/)(?:usr\/share|usr\/include|etc|proc|sys|dev|var\/lib\/dpkg|var\/cache)\//;
const SKIPPED_EXT =
  /\.(?:sh|bash|py|pl|rb|js|mjs|cjs|php|txt|md|html?|css|json|ya?ml|xml|conf|cfg|ini|lock|toml|jar|war|ear|egg|a|o|h|c)$/i;

/** A Go executable is never below this size (the runtime alone is larger). */
const MIN_SIZE = 1024;
/** Larger files are not read whole into memory. */
const MAX_SIZE = 1024 * 1024 * 1024;

/** Executable regular files (any x bit) that could be binaries; application type `gobinary`. */
export const goBinaryAnalyzer: Analyzer = {
  name: 'gobinary',
  version: 1,
  required: (path, file) =>
    file.type === 'file' &&
    (file.mode & 0o111) !== 0 &&
    file.size >= MIN_SIZE &&
    file.size <= MAX_SIZE &&
    !SKIPPED_DIRS.test(path) &&
    !SKIPPED_EXT.test(path),
  analyze: (input) => {
    // Checked before anything else: most executables in an image are scripts or C binaries.
    if (!executableFormat(input.content)) return null;
    return applicationResult('gobinary', input, parseGoBinary(input.content, input.path));
  },
};

/** `go.mod`; application type `gomod`. */
export const goModAnalyzer: Analyzer = {
  name: 'gomod',
  version: 1,
  required: (path, file) => file.type === 'file' && baseName(path) === 'go.mod',
  analyze: (input) => applicationResult('gomod', input, parseGoMod(decodeText(input.content), input.path)),
};
