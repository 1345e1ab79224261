/**
 * What the bench must undo however it ends (servers, temporary builds, the baseline's worktree). The cleanups
 * are synchronous and run on the process's `exit` event, so they run whoever ends it: the bench itself, a
 * failure, or Ctrl-C (Playwright's own SIGINT handler exits the process as soon as it has closed the browser).
 * They run in reverse order of registration, once.
 */
const cleanups: Array<{ what: string; run: () => void }> = [];

/** Registers a cleanup; the returned function drops it (for what ended by itself, as a finished command). */
export function onCleanup(what: string, run: () => void): () => void {
  const entry = { what, run };
  cleanups.push(entry);
  return () => {
    const at = cleanups.indexOf(entry);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

export function cleanUp(): void {
  while (cleanups.length) {
    const { what, run } = cleanups.pop()!;
    try {
      run();
    } catch (error) {
      console.error(`Could not clean up ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Cleans up at exit; a signal exits (Node's default for a signal would skip the `exit` event). */
export function cleanUpOnExit(): void {
  process.once('exit', cleanUp);
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
}
