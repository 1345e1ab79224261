/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the API, e.g. https://api.example.org; empty: the site's own origin. */
  readonly VITE_API_BASE_URL?: string;
  /** "off" to use a real API instead of the mock API in the page. */
  readonly VITE_API_MOCKING?: string;
}
