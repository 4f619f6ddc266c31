import table from 'virtual:gloss/alias-table';
import details from 'virtual:gloss/details';
import search from 'virtual:gloss/search';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { publishAliasTable } from '../src/background/alias-table-publisher';
import { initPageCommands } from '../src/background/page-commands';
import { createHandler } from '../src/messaging/background-handler';

export default defineBackground(() => {
  const handle = createHandler({ table, details, search });
  browser.runtime.onMessage.addListener((message) => {
    const response = handle(message);
    // A page had to ask for the table: put a good copy in storage for the pages after it.
    if (response === table) void publishAliasTable(table, true);
    return response === undefined ? undefined : Promise.resolve(response);
  });
  initPageCommands();
  void publishAliasTable(table);
});
