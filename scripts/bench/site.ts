import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.ts';
import { run, startServer } from './processes.ts';

/** The build under test, and the one it is compared with in side-by-side mode. */
export type Side = 'new' | 'baseline';

export interface Build {
  side: Side;
  /** Which tree and commit was built, for the report. */
  source: string;
  /** The tree it was built from: its `vite preview` and vite.config.ts serve it. */
  root: string;
  /** The built site on disk (to size the files the browser fetched). */
  outDir: string;
}

export interface Site extends Build {
  url: string;
}

const viteOf = (root: string) => join(root, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Builds a tree with its own Vite and its own vite.config.ts (so its own precompressed files), into a temporary
 * directory (never `dist/`, which someone may be testing against), removed when the bench ends.
 */
export async function buildSite(root: string, side: Side, source: string): Promise<Build> {
  const outDir = await mkdtemp(join(tmpdir(), `bench-${side}-dist-`));
  onCleanup(`the ${side} build in ${outDir}`, () => rmSync(outDir, { recursive: true, force: true }));
  await run(process.execPath, [viteOf(root), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], root);
  return { side, source, root, outDir };
}

/**
 * Serves a build with its tree's `vite preview`, in a process of its own, on a free local port, until the bench
 * ends. Side by side, both builds are built before either is served: when the first build's server was started
 * before the second build ran, its site's first charts were slower (by 3–31%) in 11 of 12 comparisons of
 * identical builds; built first and served after, in 4 of 10, within the noise (4 December 2026; cause unknown).
 */
export async function serveSite(build: Build): Promise<Site> {
  // Port 0: the system picks a free port, which vite preview then announces.
  const server = await startServer(
    process.execPath,
    [viteOf(build.root), 'preview', '--outDir', build.outDir, '--host', '127.0.0.1', '--port', '0', '--strictPort'],
    build.root,
    /http:\/\/127\.0\.0\.1:\d+\//,
  );
  onCleanup(`the ${build.side} build's server`, server.stop);
  return { ...build, url: server.url };
}

/** A digest of every file of a build, by path and content: equal digests, byte-for-byte equal builds. */
export async function buildDigest(outDir: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const file of files) hash.update(`${file.slice(outDir.length)}\0`).update(await readFile(file));
  return hash.digest('hex');
}
