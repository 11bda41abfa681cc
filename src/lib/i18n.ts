/** A typed lookup into the catalogs, with `{name}` interpolation; no i18n runtime library. */
import { useCallback } from 'react';
import { catalogs, type Locale, type MessageKey } from '@/locales/catalogs';
import { useUiStore } from '@/stores/ui-store';

export type { Locale, MessageKey };
export type MessageVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: MessageVars) => string;

export function translate(locale: Locale, key: MessageKey, vars?: MessageVars): string {
  const template = catalogs[locale][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** `t` for the current locale; components re-render when the locale changes. */
export function useT(): TFunction {
  const locale = useUiStore((s) => s.locale);
  return useCallback((key, vars) => translate(locale, key, vars), [locale]);
}

export function useLocale(): Locale {
  return useUiStore((s) => s.locale);
}
