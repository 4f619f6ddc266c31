import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGloss } from '../src/content/start';
import '../src/page/highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startGloss(ctx.signal);
  },
});
