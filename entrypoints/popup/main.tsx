import details from 'virtual:gloss/details';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/popup/App';
import '../../src/ui/tokens.css';
import '../../src/popup/popup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App entries={Object.values(details)} />
  </StrictMode>,
);
