/**
 * Global allow rules: paths never reported (test and example trees, vendored code, system dirs, bundled
 * language runtimes — the same places Trivy's built-in allow rules skip) and matches that are examples.
 */
import type { SecretAllowRule } from './types';

export const SECRET_GLOBAL_ALLOW_RULES: readonly SecretAllowRule[] = [
  { id: 'dist-info', path: '\\.dist-info/' },
  { id: 'tests', path: '(?:^test|/test|-test|_test|\\.test)' },
  { id: 'examples', path: 'example', match: 'example' },
  { id: 'vendor', path: '/vendor/' },
  { id: 'usr-dirs', path: '^usr/(?:share|include|lib)/' },
  { id: 'locale-dir', path: '/locales?/' },
  { id: 'markdown', path: '\\.md$' },
  { id: 'node.js', path: '^opt/yarn-v[\\d.]+/' },
  { id: 'golang', path: '^usr/local/go/' },
  { id: 'python', path: '^usr/local/lib/python[\\d.]+/' },
  { id: 'rubygems', path: '^usr/lib/gems/' },
  { id: 'wordpress', path: '^usr/src/wordpress/' },
  { id: 'anaconda-log', path: '^var/log/anaconda/' },
  { id: 'placeholder-token', match: 'x{6,}|X{6,}|\\*{4,}|0{10,}|\\$\\{|\\{\\{' },
];

/**
 * Paths the inspector does not even read: documentation, man pages, package databases and caches, distro
 * binaries and libraries (package-owned, verified by the package manager).
 */
export const SKIP_PATHS: readonly string[] = [
  '^usr/share/(?:doc|man|info|locale|i18n|zoneinfo|mime|icons|fonts|licenses|help)/',
  '^usr/(?:lib|lib64|libexec|include)/',
  '^(?:bin|sbin|lib|lib32|lib64|usr/bin|usr/sbin)/',
  '^var/lib/(?:dpkg|rpm|apk|yum|dnf|apt|pacman)/',
  '^var/cache/',
  '^(?:proc|sys|dev)/',
  '(?:^|/)node_modules/(?:[^/]+/)*(?:tests?|__tests__|fixtures?|docs?|examples?)/',
  '(?:^|/)\\.git/objects/',
];

/** File names never worth a text scan (compiled objects, media, archives, compressed data). */
export const SKIP_EXTENSIONS =
  /\.(?:so(?:\.[0-9.]+)?|a|o|ko|pyc|pyo|class|jar|war|ear|png|jpe?g|gif|bmp|ico|webp|tiff?|svg|woff2?|ttf|otf|eot|mp[34]|avi|mov|wav|ogg|flac|zip|gz|tgz|bz2|xz|zst|lz4|7z|rar|whl|egg|pdf|mo|gmo|db|sqlite3?|wasm|dll|exe|map)$/i;

/** Config-type names that are read even when larger than the binary size limit. */
export const CONFIG_NAME =
  /(?:^|\/)(?:\.env(?:\.[^/]*)?|\.npmrc|\.pypirc|\.netrc|_netrc|\.git-credentials|\.dockercfg|config)$|\.(?:env|properties|ini|conf|cfg|cnf|ya?ml|json|toml|xml)$/i;
