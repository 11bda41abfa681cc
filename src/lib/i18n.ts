/**
 * A typed lookup into the catalogs, with `{name}` interpolation; no i18n runtime library. Only the catalog of
 * the chosen language is downloaded: the console mounts once it has arrived (`loadLocale`), and switching
 * language keeps the current one on screen until the other catalog is in, then re-renders in one step.
 */
import { useCallback } from 'react';
import { create } from 'zustand';
import { type Catalog, type Locale, loadCatalog, type MessageKey } from '@/locales/catalogs';
import { useUiStore } from '@/stores/ui-store';

export type { Locale, MessageKey };
export type MessageVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: MessageVars) => string;

const loaded: Partial<Record<Locale, Catalog>> = {};
const loading = new Map<Locale, Promise<void>>();

/** The language on screen: the chosen one as soon as its catalog is loaded. */
const useShownLocale = create<{ locale?: Locale }>(() => ({}));

/** Downloads the catalogs of `locales` (once each) without changing the language on screen. */
export async function loadCatalogs(...locales: Locale[]): Promise<void> {
  await Promise.all(locales.map(loadOnce));
}

function loadOnce(locale: Locale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loadCatalog(locale).then(
      (catalog) => {
        loaded[locale] = catalog;
      },
      (error: unknown) => {
        // A failed download (offline, a new deployment) may be retried by the next switch.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Loads the catalog of `locale` and shows it, unless another language was chosen in the meantime. */
export async function loadLocale(locale: Locale): Promise<void> {
  await loadCatalogs(locale);
  if (useUiStore.getState().locale === locale) useShownLocale.setState({ locale });
}

// Every change of the chosen language (the top bar's switch, another tab) fetches its catalog.
useUiStore.subscribe((state, previous) => {
  if (state.locale !== previous.locale) void loadLocale(state.locale).catch(() => undefined);
});

export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const catalog = loaded[locale];
  if (!catalog) throw new Error(`The ${locale} catalog is not loaded: await loadLocale() first`);
  const template = catalog[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `t` for the language on screen; components re-render when it changes. */
export function useT(): TFunction {
  const locale = useLocale();
  return useCallback((key, vars) => translate(locale, key, vars), [locale]);
}

/** The language on screen (the console mounts only after `loadLocale`, so there always is one). */
export function useLocale(): Locale {
  const shown = useShownLocale((s) => s.locale);
  if (!shown) throw new Error('No catalog is loaded yet: mount the console after loadLocale()');
  return shown;
}
