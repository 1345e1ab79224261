import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, rmSync, unlinkSync } from 'node:fs';
import { mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.ts';
import { run } from './processes.ts';

export interface Checkout {
  dir: string;
  commit: string;
  /** How its dependencies were provided: the current tree's node_modules (same lock file) or `npm ci`. */
  install: 'linked' | 'npm ci';
}

const git = (root: string, ...args: string[]) => run('git', args, root).then((out) => out.trim());

/** The commit a ref names, with a clear error when it names none. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  try {
    return await git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    throw new Error(`--baseline ${ref}: no such commit, branch or tag`);
  }
}

/** The tree under test as the report names it: its commit, and whether it has uncommitted changes. */
export async function describeTree(root: string): Promise<string> {
  const commit = await git(root, 'rev-parse', '--short', 'HEAD');
  const dirty = (await git(root, 'status', '--porcelain', '--untracked-files=no')) !== '';
  return `working tree at ${commit}${dirty ? ' with uncommitted changes' : ''}`;
}

/**
 * Checks a ref out in a temporary, detached git worktree, removed when the bench ends (even on failure).
 * When its lock file is the current tree's, it uses the current node_modules through a symlink: the same
 * packages, and its build is byte for byte the one `npm ci` gives (checked on 2026-12-04, where `npm ci` took
 * ~15 s with a warm npm cache). Otherwise it installs its own with `npm ci`.
 */
export async function checkOut(root: string, ref: string): Promise<Checkout> {
  const commit = await resolveCommit(root, ref);
  const parent = await mkdtemp(join(tmpdir(), 'bench-baseline-'));
  const dir = join(parent, 'tree');
  onCleanup(`the baseline's directory ${parent}`, () => rmSync(parent, { recursive: true, force: true }));
  await git(root, 'worktree', 'add', '--detach', dir, commit);
  onCleanup(`the baseline's worktree ${dir}`, () => {
    // The symlink goes first: nothing may delete through it into the current tree's node_modules.
    const modules = join(dir, 'node_modules');
    if (lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(modules);
    try {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
    } catch {
      rmSync(dir, { recursive: true, force: true });
      execFileSync('git', ['worktree', 'prune'], { cwd: root, stdio: 'ignore' });
    }
  });

  const sameLock = await Promise.all([readFile(join(root, 'package-lock.json'), 'utf8'), readFile(join(dir, 'package-lock.json'), 'utf8')])
    .then(([ours, theirs]) => ours === theirs)
    .catch(() => false);
  if (sameLock && existsSync(join(root, 'node_modules'))) {
    await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return { dir, commit, install: 'linked' };
  }
  await run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  return { dir, commit, install: 'npm ci' };
}
