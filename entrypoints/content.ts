import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGloss } from '../src/content/start';
import '../src/page/highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // The top document only (no allFrames): the article is the page itself, while frames are mostly ads, players
  // and comment widgets, and running in each would multiply the work and storage reads of every page.
  // tests/e2e/hostile-pages.test.ts checks frames of either origin are left as they are.
  runAt: 'document_idle',
  main(ctx) {
    startGloss(ctx.signal);
  },
});
