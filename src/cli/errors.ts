/**
 * Exit codes, decided in one place (main.ts) from what commands return or throw.
 *   0  clean (or findings below the failing severity)
 *   1  findings at or above the failing severity
 *   2  usage error, unreadable or invalid input
 *   70  internal error (a bug)
 *   130 interrupted (Ctrl-C)
 */
export const EXIT = { ok: 0, findings: 1, input: 2, internal: 70, interrupted: 130 } as const;

/** A problem the user can fix, with no position to point at (missing file, bad flag value). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.input,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
