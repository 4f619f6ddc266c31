import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../../src/options/App';
import '../../src/ui/tokens.css';
import '../../src/ui/base.css';
import '../../src/options/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
