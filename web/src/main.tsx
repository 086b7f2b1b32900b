import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The app module validates its configuration when it loads; a bad deploy shows why at once.
import('./app/app')
  .then(({ App }) => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error(error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText = 'font: 16px system-ui, sans-serif; margin: 2rem; color: #c92a2a';
    message.textContent = `Koers kan niet starten / Koers cannot start: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
  });
