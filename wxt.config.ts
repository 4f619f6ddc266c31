import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { knowledgePlugin } from './scripts/knowledge-plugin';
import { normalizeZipFile } from './scripts/reproducible-zip';
import { FIREFOX_MANIFEST_SETTINGS } from './src/platform/browser-differences';

/**
 * GLOSS_SOURCEMAPS=1 (scripts/lint-firefox.ts) builds a copy with hidden source maps into .output/sourcemapped,
 * so each `web-ext lint` warning can be traced to the source it comes from. Hidden maps leave the code itself
 * byte-identical (the script checks), and the release build in .output has no maps.
 */
const sourcemapped = process.env.GLOSS_SOURCEMAPS === '1';
/**
 * GLOSS_MEASURE=1 makes a measuring build: the content script records the User Timing measures the benchmark
 * reads (gloss:scan and the others, src/page/scan-timing.ts). Without it, the release build records nothing a
 * page could observe, and carries none of that code. GLOSS_OUT_DIR puts a build elsewhere than .output
 * (`npm run build:measure` writes the measuring build the tests and the benchmark use into .output/measure).
 */
const measuring = process.env.GLOSS_MEASURE === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  outDir: sourcemapped ? '.output/sourcemapped' : (process.env.GLOSS_OUT_DIR ?? '.output'),
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/module-react'],
  // Explicit imports: every name says where it comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Gloss',
    description:
      'Explains the news while you read it: hover a marked term for a short, neutral, sourced explainer. Nothing leaves your browser.',
    // Each permission is justified in the README's "Permissions and privacy".
    permissions: ['storage', 'contextMenus', 'activeTab'],
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next explained term and open its card',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous explained term and open its card',
      },
      'explain-selection': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Explain the selected text',
      },
    },
    // The Firefox-only keys (add-on id, minimum version, data collection) live with the other browser differences.
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_MANIFEST_SETTINGS } : {}),
  }),
  zip: {
    // `wxt zip -b firefox` also writes the sources archive addons.mozilla.org asks for. It holds what a reviewer
    // needs to rebuild the package (README "Release packages"); WXT already leaves out node_modules, dotfiles,
    // *.test.ts and .output. Tests, screenshots and the demo are not part of the build.
    excludeSources: [
      'tests/**',
      'artifacts/**',
      'test-results/**',
      'docs/**',
      'demo/**',
      'scratch/**',
      'stats.html',
      '**/*.log',
      'vitest.config.ts',
      'scripts/**',
    ],
    // The scripts the build runs: the knowledge base compiler (a Vite plugin) and the zip normalizer below.
    includeSources: ['scripts/knowledge-plugin.ts', 'scripts/reproducible-zip.ts'],
  },
  hooks: {
    // The content script uses the browser's own API, not the polyfill the other contexts use (see
    // src/platform/native-browser.ts): it runs on every page, within 40 KB gzipped. And a context that tells the
    // page nothing (src/platform/quiet-context.ts): WXT's announces the script to the page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const replacements = {
        'wxt/browser': resolve(import.meta.dirname, 'src/platform/native-browser.ts'),
        'wxt/utils/content-script-context': resolve(import.meta.dirname, 'src/platform/quiet-context.ts'),
      };
      const alias = config.resolve?.alias;
      if (Array.isArray(alias))
        alias.unshift(...Object.entries(replacements).map(([find, replacement]) => ({ find, replacement })));
      else config.resolve = { ...config.resolve, alias: { ...alias, ...replacements } };
    },
    // Same sources, same zips, byte for byte: see scripts/reproducible-zip.ts.
    'zip:extension:done': (_wxt, path) => normalizeZipFile(path),
    'zip:sources:done': (_wxt, path) => normalizeZipFile(path),
  },
  vite: () => ({
    plugins: [knowledgePlugin()],
    define: { __GLOSS_MEASURE__: JSON.stringify(measuring) },
    build: sourcemapped ? { sourcemap: 'hidden' as const } : {},
  }),
});
