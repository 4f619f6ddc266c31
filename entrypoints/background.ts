import table from 'virtual:gloss/alias-table';
import details from 'virtual:gloss/details';
import search from 'virtual:gloss/search';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { publishAliasTable } from '../src/background/alias-table-publisher';
import { hideEntry } from '../src/background/hide-entry';
import { createKnowledge } from '../src/background/knowledge';
import { initPageCommands } from '../src/background/page-commands';
import { createHandler } from '../src/messaging/background-handler';

export default defineBackground(() => {
  const knowledge = createKnowledge({ table, details, search });
  const handle = createHandler({
    knowledge,
    hideEntry,
    repairStoredTable: () => void publishAliasTable(knowledge.table(), true),
  });
  browser.runtime.onMessage.addListener((message) => handle(message));
  initPageCommands();
});
