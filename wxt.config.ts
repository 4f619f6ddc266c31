import { defineConfig } from 'wxt';
import { knowledgePlugin } from './scripts/knowledge-plugin';

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
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gloss@gloss.extension',
              // The CSS Custom Highlight API, which marks terms without touching the page's DOM, ships in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [knowledgePlugin()],
  }),
});
