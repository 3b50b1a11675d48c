/**
 * Runs rocks in-process, through the same `run()` the binary uses, with fake
 * streams: fast enough for a table of a hundred hostile inputs. Crash-class
 * inputs (deep nesting, alias bombs, binary) go through the built binary in
 * a child process instead, so a fatal error cannot take the test runner down.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';
import type { Streams } from '../../src/cli/io.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A stack frame line, as Node prints them: what must never reach a user. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m;

/** Bytes a terminal or a CI log would interpret rather than show. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the run, in milliseconds. */
  ms: number;
}

export interface RunInOptions {
  cwd?: string;
  /** Standard input: text or bytes. */
  stdin?: string | Uint8Array;
  /** Pretend standard input is a terminal. */
  stdinIsTTY?: boolean;
  env?: Record<string, string>;
}

export async function runIn(args: readonly string[], options: RunInOptions = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const bytes = typeof options.stdin === 'string' ? Buffer.from(options.stdin, 'utf8') : Buffer.from(options.stdin ?? new Uint8Array());
  const stdin = Readable.from(bytes.length > 0 ? [bytes] : []) as Streams['stdin'];
  if (options.stdinIsTTY) stdin.isTTY = true;
  const streams: Streams = {
    stdout: {
      write: (chunk: string) => {
        stdout += chunk;
        return true;
      },
    },
    stderr: {
      write: (chunk: string) => {
        stderr += chunk;
        return true;
      },
    },
    stdin,
    env: { NO_COLOR: '1', ...options.env },
    cwd: options.cwd ?? FIXTURES,
  };
  const start = performance.now();
  const code = await run(args, streams);
  return { code, stdout, stderr, ms: performance.now() - start };
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'rocks-hostile-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
