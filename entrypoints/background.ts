import details from 'virtual:gloss/details';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createHandler } from '../src/messaging/background-handler';

export default defineBackground(() => {
  const handle = createHandler(details);
  browser.runtime.onMessage.addListener((message) => {
    const response = handle(message);
    return response === undefined ? undefined : Promise.resolve(response);
  });
});
