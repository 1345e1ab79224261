import { spawn, type ChildProcess } from 'node:child_process';
import { onCleanup } from './cleanup.ts';

/** Runs a command to its end; its output is kept and shown only if it fails. */
export function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    const forget = onCleanup(`${command} ${args.join(' ')}`, () => child.kill('SIGTERM'));
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      forget();
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) exited with ${code}:\n${output.trim()}`));
    });
  });
}

export interface Server {
  child: ChildProcess;
  url: string;
  /** Asks the server to end (it does not wait: see cleanup.ts). */
  stop: () => void;
}

/**
 * Starts a long-running server and waits for the line announcing its URL (the first match of `urlPattern` in its
 * output); fails with its output if it exits or stays silent for `timeoutMs`.
 */
export function startServer(command: string, args: readonly string[], cwd: string, urlPattern: RegExp, timeoutMs = 30_000): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    let started = false;
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    const fail = (reason: string) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`${command} ${args.join(' ')} (in ${cwd}) ${reason}:\n${output.trim()}`));
    };
    const timer = setTimeout(() => fail(`announced no URL within ${timeoutMs} ms`), timeoutMs);
    const read = (chunk: unknown) => {
      output += String(chunk);
      const url = urlPattern.exec(output)?.[0];
      if (url && !started) {
        started = true;
        clearTimeout(timer);
        resolve({ child, url, stop });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code, signal) => {
      if (!started) fail(`exited (${signal ?? code}) before announcing its URL`);
    });
  });
}
