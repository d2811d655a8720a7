/**
 * Registers `/sw.js` (service-worker.ts) once, in production builds only: the dev server has no
 * worker, and a worker caching dev modules would only confuse. Called when a facilitator's outbox
 * starts, so the app shell is stored on the phones that need it offline and not on every
 * visitor's.
 */
let registered = false;

export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD) return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  registered = true;
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
    // Not on a secure page, or refused: the app still works while there is signal.
    registered = false;
  });
}
