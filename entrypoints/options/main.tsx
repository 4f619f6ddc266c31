import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/options/App';
import '../../src/ui/tokens.css';
import '../../src/ui/base.css';
import '../../src/options/options.css';
// The marks' look, for the sample sentence (painted with the same highlights as pages).
import '../../src/page/highlight.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
