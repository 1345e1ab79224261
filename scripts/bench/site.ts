import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

export interface Site {
  url: string;
  /** The built site on disk (to size files without a browser). */
  outDir: string;
  close: () => Promise<void>;
}

/**
 * Builds the production site and serves it with `vite preview` on a free local port. The build goes to a
 * temporary directory, not `dist/`, so a bench never overwrites a build someone is testing against.
 */
export async function buildAndServe(root: string): Promise<Site> {
  const outDir = await mkdtemp(join(tmpdir(), 'bench-dist-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    outDir,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
