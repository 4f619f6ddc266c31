import loadTable from 'virtual:gloss/alias-table';
import loadDetails from 'virtual:gloss/details';
import loadSearch from 'virtual:gloss/search';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { publishAliasTable } from '../src/background/alias-table-publisher';
import { hideEntry } from '../src/background/hide-entry';
import { createKnowledge } from '../src/background/knowledge';
import { initPageCommands } from '../src/background/page-commands';
import { createHandler } from '../src/messaging/background-handler';

export default defineBackground(() => {
  const bundled = Promise.all([loadTable(), loadDetails(), loadSearch()]).then(([table, details, search]) => ({
    table,
    details,
    search,
  }));
  const knowledge = createKnowledge(bundled);
  const handle = createHandler({
    knowledge,
    hideEntry,
    repairStoredTable: () => void publishAliasTable(knowledge.table(), true),
  });
  browser.runtime.onMessage.addListener((message) => handle(message));
  initPageCommands();
});
