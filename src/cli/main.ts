/** The process entry. Only this file touches process.exitCode. */
import { EXIT } from './errors.js';
import type { Streams } from './io.js';
import { report, run } from './run.js';

const streams: Streams = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
// A closed pipe (rocks audit x | head) is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
});
run(process.argv.slice(2), streams).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = report(error, streams);
  },
);
