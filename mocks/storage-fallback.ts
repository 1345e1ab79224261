/**
 * In a frame of another site whose browser blocks third-party storage (an embed in an article), reading
 * `localStorage` throws, and msw reads it when it loads (for its cookie store). The mock API keeps no state worth
 * keeping there: such a page gets a storage in memory, for this page only. Imported before msw, so it runs first.
 */
try {
  void window.localStorage;
} catch {
  const items = new Map<string, string>();
  const memoryStorage: Storage = {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
  Object.defineProperty(window, 'localStorage', { configurable: true, value: memoryStorage });
}
