import { defineConfig } from 'wxt';
import { knowledgePlugin } from './scripts/knowledge-plugin';
import { FIREFOX_MANIFEST_SETTINGS } from './src/platform/browser-differences';

// See https://wxt.dev/api/config.html
export default defineConfig({
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
  vite: () => ({
    plugins: [knowledgePlugin()],
  }),
});
