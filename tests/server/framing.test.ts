import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PAGE_PATHS } from '../../src/app/page-paths.ts';
import { framingHeaders, isEmbedPath } from '../../server/framing.ts';

/** public/_headers as rules: a path, then its indented headers. */
async function staticHostRules(): Promise<Map<string, Record<string, string>>> {
  const text = await readFile(new URL('../../public/_headers', import.meta.url), 'utf8');
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = {}));
    else {
      const [name, ...value] = line.trim().split(':');
      current![name!.trim()] = value.join(':').trim();
    }
  }
  return rules;
}

/** Every page's path as a static host matches it: `/deals/:id` as `/deals/*`. */
const pagePaths = () => Object.values(PAGE_PATHS).map((path) => path.replace(/\/:[^/]+/g, '/*'));

describe('framing', () => {
  it('lets any site frame /embed/ only', () => {
    expect(framingHeaders('/embed/shares')).toEqual({});
    expect(framingHeaders('/embed')).toEqual({});
    expect(isEmbedPath('/embedded')).toBe(false);
    expect(framingHeaders('/shares')).toEqual({ 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' });
  });

  it('is said to static hosts (public/_headers) for every page of the app, and for no embed', async () => {
    const rules = await staticHostRules();
    const paths = pagePaths();
    expect(paths).toEqual(expect.arrayContaining(['/', '/shares', '/pairs', '/deals', '/deals/*', '/claims', '/embed/shares', '/embed/pairs']));
    for (const path of paths) {
      const framing = Object.fromEntries(Object.entries(rules.get(path) ?? {}).filter(([name]) => name in framingHeaders('/')));
      expect(framing, path).toEqual(framingHeaders(path));
    }
    expect([...rules.keys()].filter((path) => isEmbedPath(path) || path === '/*')).toEqual([]);
  });
});
