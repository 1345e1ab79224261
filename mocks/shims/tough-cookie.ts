/**
 * Stand-in for `tough-cookie` in the mock API's browser bundle. msw keeps a cookie jar for the cookies
 * mocked responses set, built on tough-cookie and its Public Suffix List (together ~115 KB gzipped, over half
 * the first-load budget). This API sets and reads no cookies, so the jar is always empty; a handler that
 * starts setting one fails loudly here rather than being silently ignored.
 */
interface StoredCookie {
  key: string;
  value: string;
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(): StoredCookie[] {
    return [];
  }

  setCookie(): Promise<never> {
    return Promise.reject(new Error('The mock API sets no cookies: replace mocks/shims/tough-cookie.ts to mock one.'));
  }
}

export const Cookie = {
  fromJSON: (): null => null,
};
