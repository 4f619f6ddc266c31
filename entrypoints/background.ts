import details from 'virtual:gloss/details';
import search from 'virtual:gloss/search';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { initPageCommands } from '../src/background/page-commands';
import { createHandler } from '../src/messaging/background-handler';

export default defineBackground(() => {
  const handle = createHandler({ details, search });
  browser.runtime.onMessage.addListener((message) => {
    const response = handle(message);
    return response === undefined ? undefined : Promise.resolve(response);
  });
  initPageCommands();
});
