import loadSearch from 'virtual:gloss/search';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/popup/App';
import { searcherFrom } from '../../src/search/search';
import '../../src/ui/tokens.css';
import '../../src/ui/base.css';
import '../../src/popup/popup.css';

// The index was built at build time: reading it here is the only set-up a search needs.
void loadSearch().then((search) => {
  const searcher = searcherFrom(search.docs, search.index);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App searcher={searcher} docs={search.docs} />
    </StrictMode>,
  );
});
