/**
 * Drives the built binary in a real pseudo-terminal with `script` from
 * util-linux (present on every Linux, CI included): waits for a prompt on the
 * screen, types the answer, as a user would. No terminal is needed around it.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { BIN } from '../helpers.js';

/** Fails loudly, never skips: a missing `script` must not silently drop the end-to-end test. */
export function requireScript(): void {
  const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0 || !/util-linux/.test(probe.stdout)) {
    throw new Error('the pseudo-terminal tests need `script` from util-linux (Debian/Ubuntu: apt-get install bsdutils; it is part of util-linux elsewhere)');
  }
}

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', ctrlC: '\u0003' } as const;

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\u001b[=>]/g;

export class Terminal {
  private output = '';
  private readonly exited: Promise<number | null>;
  private readonly child: ChildProcessWithoutNullStreams;

  constructor(args: readonly string[], cwd: string) {
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // A fixed window size: a pty made by script starts at 0x0 on some systems.
    this.child = spawn('script', ['-q', '-e', '-c', `stty cols 120 rows 50; exec ${quoted}`, '/dev/null'], {
      cwd,
      env: { ...process.env, TERM: 'xterm', NO_COLOR: '1', FORCE_COLOR: '' },
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    });
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** The screen's text so far, without escape sequences. */
  get text(): string {
    return this.output.replace(ANSI, '');
  }

  /** Waits until `pattern` appears after `from` (an offset in `text`), then returns where it ended. */
  async waitFor(pattern: RegExp, from = 0, timeoutMs = 15_000): Promise<number> {
    const start = Date.now();
    for (;;) {
      const seen = this.text.slice(from);
      const match = pattern.exec(seen);
      if (match) return from + match.index + match[0].length;
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${String(pattern)}; the screen shows:\n${seen.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  private cursor = 0;

  /** Waits for the next prompt matching `pattern`, then types `keys`. */
  async answer(pattern: RegExp, ...keys: string[]): Promise<void> {
    this.cursor = await this.waitFor(pattern, this.cursor);
    // Let the prompt finish drawing and start reading before typing.
    await new Promise((r) => setTimeout(r, 60));
    for (const key of keys) {
      this.child.stdin.write(key);
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  async exit(timeoutMs = 15_000): Promise<number | null> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
      this.child.stdin.end();
    }
  }
}
