/**
 * Vite: React, path aliases, the `source` export condition (so @acr-console/core is read as TypeScript),
 * ES-module workers, and a sub-path `base` from $BASE (e.g. `BASE=/console/ npm run build`).
 * Nothing is fetched from outside at runtime: no CDN, no web fonts.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const base = process.env.BASE ?? '/';

/** MSW and the libraries it runs on. */
const MSW_RUNTIME =
  /node_modules[\\/](msw|@mswjs|@open-draft|@bundled-es-modules|tough-cookie|headers-polyfill|outvariant|strict-event-emitter|path-to-regexp|rettime|statuses|cookie|graphql|is-node-process|until-async)[\\/]/;
/** Code only the in-browser mock backend runs: mocks/, the scan core and their libraries. */
const BACKEND_MODULE =
  /[\\/]mocks[\\/]|[\\/]packages[\\/]core[\\/]|node_modules[\\/](yaml|smol-toml|fflate|fzstd|modern-tar|comlink|idb)[\\/]/;
const isBackendModule = (id: string) => BACKEND_MODULE.test(id) || MSW_RUNTIME.test(id);

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@/', replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
      { find: '@mocks/', replacement: fileURLToPath(new URL('./mocks/', import.meta.url)) },
      // MSW's cookie store asks tldts for registrable domains; the real package is the public-suffix list
      // (~250 KB minified) — a one-origin offline console needs none of it (see mocks/shims/tldts.ts).
      { find: /^tldts$/, replacement: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)) },
    ],
    conditions: ['source', ...defaultClientConditions],
  },
  worker: { format: 'es' },
  build: {
    // antd's own chunk is legitimately above Vite's 500 KB default; first-route weight is watched instead.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // antd's Radio (which every Table loads, for row selection) imports one helper from Form's hooks, and
      // through it @rc-component/form's barrel. The package declares no `sideEffects`, so without this the
      // whole form engine (Field, List, Form) would ride along with the first list page. It is side-effect free.
      treeshake: { moduleSideEffects: (id: string) => !/node_modules[\\/]@rc-component[\\/]form[\\/]/.test(id) },
      output: {
        // Every other chunk of the backend (gateway, per-area services, seeds, the scan core) is loaded on
        // demand and named `mock-*` too, so budgets can tell the console's weight from the backend's.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some(isBackendModule) && !chunk.name.startsWith('mock-')
            ? 'assets/mock-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
        codeSplitting: {
          groups: [
            // Stable, rarely-changing libraries get their own long-cached chunks; antd is left to the
            // automatic splitter so each lazy page pulls only the components it uses.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
            { name: 'data', test: /node_modules[\\/](@tanstack|zustand|zod)[\\/]/, priority: 10 },
            // MSW and the libraries it runs on: the in-browser backend's runtime, needed before the first request.
            { name: 'mock-backend', test: MSW_RUNTIME, priority: 5, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
