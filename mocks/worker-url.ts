/** The mock API's service worker script, `npx msw init public` writes it (public/mockServiceWorker.js). */
export const WORKER_URL = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
