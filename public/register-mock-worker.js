// Registers the mock API's service worker as soon as this script arrives, so that it installs while the app's
// scripts and data arrive; msw's start() then finds it registered. vite.config.ts (earlyMockWorker) adds this
// script to the page when the mock API is on. A plain script, not a module: index.html's module scripts are bundled
// into the app's entry, which runs ~200 ms later.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(document.currentScript.dataset.worker).catch(function () {});
}
