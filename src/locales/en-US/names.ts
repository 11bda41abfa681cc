import type { names as zh } from '../zh-CN/names';

export const names: Record<keyof typeof zh, string> = {
  'names.rule.namespace':
    '{min}–{max} characters: lowercase letters, digits and the separators "_", "-", "."; it must start and end with a letter or digit.',
  'names.rule.repo':
    '{min}–{max} characters: lowercase letters, digits and the separators "_", "-", ".", "/"; it must start and end with a letter or digit.',
  'names.required': 'Enter the {field}',
  'names.too-short': 'The {field} needs at least {min} characters',
  'names.too-long': 'The {field} cannot be longer than {max} characters',
  'names.bad-chars.namespace':
    'Use only lowercase letters, digits, "_", "-" and "." (no uppercase letters, spaces or other symbols)',
  'names.bad-chars.repo':
    'Use only lowercase letters, digits, "_", "-", "." and "/" (no uppercase letters, spaces or other symbols)',
  'names.bad-edge': 'A separator cannot come first or last',
  'names.bad-separator':
    'Separators are misused: "." and "/" cannot repeat, "_" at most twice in a row, and "/" needs a letter or digit on both sides',
};
