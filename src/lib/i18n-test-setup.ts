/**
 * Vitest setup of the `app` project: both catalogs are downloaded up front (in the browser only the chosen
 * one is, see i18n.ts), so tests can call `translate` in either language.
 */
import { LOCALES } from '@/locales/catalogs';
import { loadCatalogs } from './i18n';

await loadCatalogs(...LOCALES);
