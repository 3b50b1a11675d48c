/**
 * Runs the program and turns whatever happened into one message and one exit
 * code. Nothing below this module decides an exit code.
 */
import { CommanderError } from 'commander';
import { InputError, formatLocation } from '../model/diagnostics.js';
import { terminalSafe, terminalSafeLines } from '../format/escape.js';
import { CliError, EXIT } from './errors.js';
import type { Streams } from './io.js';
import { buildProgram } from './program.js';

declare const ROCKS_VERSION: string;

export async function run(argv: readonly string[], streams: Streams): Promise<number> {
  let code: number = EXIT.ok;
  // Everything on standard error is a message, and messages quote argv and org
  // files (commander echoes an unknown option as typed): no byte in them may
  // drive the terminal or the CI log.
  const safe: Streams = {
    ...streams,
    stderr: { write: (chunk: string) => streams.stderr.write(terminalSafeLines(chunk)), isTTY: streams.stderr.isTTY },
  };
  const program = buildProgram(safe, (c) => (code = c), typeof ROCKS_VERSION === 'string' ? ROCKS_VERSION : '0.0.0-dev');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return report(error, streams);
  }
}

/** Input problems printed for one run; the count of the rest follows. */
export const MAX_DIAGNOSTICS_SHOWN = 100;

/** One friendly message per failure, never a stack trace (unless ROCKS_DEBUG is set). */
export function report(error: unknown, streams: Streams): number {
  const say = (line: string): void => {
    streams.stderr.write(`${terminalSafe(line)}\n`);
  };
  if (error instanceof CommanderError) {
    // Help and version are successes; every other commander error is a usage error (2, not 1).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.input;
  }
  if (error instanceof InputError) {
    // A file with thousands of problems must not flood a CI log: the first ones say enough.
    const shown = error.diagnostics.slice(0, MAX_DIAGNOSTICS_SHOWN);
    for (const d of shown) say(`${formatLocation(d)}: ${d.severity}: ${d.message} [${d.code}]`);
    const count = error.diagnostics.length;
    const more = count > shown.length ? ` (the first ${shown.length} are shown)` : '';
    say(`rocks: ${count} ${count === 1 ? 'problem' : 'problems'} in the input${more}; nothing was audited`);
    return EXIT.input;
  }
  if (error instanceof CliError) {
    say(`rocks: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return EXIT.interrupted;
  const message = error instanceof Error ? error.message : String(error);
  say(`rocks: internal error: ${message}`);
  if (streams.env.ROCKS_DEBUG && error instanceof Error && error.stack) streams.stderr.write(`${error.stack}\n`);
  else say('rocks: this is a bug; please report it with the input that caused it (ROCKS_DEBUG=1 shows details)');
  return EXIT.internal;
}
