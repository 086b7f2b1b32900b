import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (!root) throw new Error('mijn/index.html has no #root');

// As in the staff app: the app module validates its configuration when it loads, so a bad
// deploy says why at once instead of showing a blank page.
import('./app')
  .then(({ CandidateApp }) => {
    // As a transition the first render yields to the browser every few milliseconds instead
    // of holding the main thread until the whole page is built (a phone feels that as a freeze).
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <CandidateApp />
        </StrictMode>,
      );
    });
  })
  .catch((error: unknown) => {
    console.error(error);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText = 'font: 16px system-ui, sans-serif; margin: 2rem; color: #a61e1e';
    message.textContent = `Koers kan niet starten / Koers cannot start: ${error instanceof Error ? error.message : String(error)}`;
    root.replaceChildren(message);
  });
