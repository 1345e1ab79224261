import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.ts';
import { run, startServer } from './processes.ts';

/** The build under test, and the one it is compared with in side-by-side mode. */
export type Side = 'new' | 'baseline';

export interface Site {
  side: Side;
  /** Which tree and commit was built, for the report. */
  source: string;
  url: string;
  /** The built site on disk (to size the files the browser fetched). */
  outDir: string;
}

/**
 * Builds a tree with its own Vite and its own vite.config.ts (so its own precompressed files), into a temporary
 * directory (never `dist/`, which someone may be testing against), and serves the build with that tree's
 * `vite preview`, in a process of its own, on a free local port. Both are removed when the bench ends.
 */
export async function buildAndServe(root: string, side: Side, source: string): Promise<Site> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const outDir = await mkdtemp(join(tmpdir(), `bench-${side}-dist-`));
  onCleanup(`the ${side} build in ${outDir}`, () => rmSync(outDir, { recursive: true, force: true }));
  await run(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], root);
  // Port 0: the system picks a free port, which vite preview then announces.
  const server = await startServer(
    process.execPath,
    [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', '0', '--strictPort'],
    root,
    /http:\/\/127\.0\.0\.1:\d+\//,
  );
  onCleanup(`the ${side} build's server`, server.stop);
  return { side, source, url: server.url, outDir };
}

/** A digest of every file of a build, by path and content: equal digests, byte-for-byte equal builds. */
export async function buildDigest(outDir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const file of files) hash.update(`${file.slice(outDir.length)}\0`).update(await readFile(file));
  return hash.digest('hex');
}
