import type { Streams } from './io.js';

/**
 * Progress on standard error for runs longer than a second, and only when it
 * is a terminal: `progress(step)` shows the step (once a second has passed),
 * `progress(undefined)` clears the line.
 */
export function progressLine(streams: Streams): (step: string | undefined) => void {
  if (streams.stderr.isTTY !== true) return () => undefined;
  const started = Date.now();
  let shown = false;
  return (step) => {
    if (step === undefined) {
      if (shown) streams.stderr.write('\r\u001b[K');
      shown = false;
    } else if (Date.now() - started >= 1000) {
      streams.stderr.write(`\r\u001b[Krocks: ${step}…`);
      shown = true;
    }
  };
}
