/**
 * The locales the console offers and how to fetch each one's catalog. Every catalog is its own lazily loaded
 * chunk, so a page only downloads the language it shows (src/lib/i18n.ts loads and caches them).
 */
import type { MessageKey } from './zh-CN';

export type { MessageKey };

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];

export type Catalog = Record<MessageKey, string>;

const loaders: Record<Locale, () => Promise<Catalog>> = {
  'zh-CN': () => import('./zh-CN').then((m) => m.zhCN),
  'en-US': () => import('./en-US').then((m) => m.enUS),
};

/** Downloads (or takes from the module cache) the catalog of `locale`. */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  return loaders[locale]();
}
