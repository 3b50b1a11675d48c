import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './errors.js';
import type { Streams } from './io.js';

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder,
 * flushed, then renamed over the target. An interrupted run leaves the old
 * file or the new one, never half of one, and no temporary file behind.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const cleanup = (): void => {
    unlink(temp).catch(() => undefined);
  };
  process.once('SIGINT', cleanup);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    const e = error as NodeJS.ErrnoException;
    throw new CliError(`${path}: cannot write (${e.code ?? e.message})`);
  } finally {
    process.removeListener('SIGINT', cleanup);
  }
}

/** A report goes to stdout, or to --output FILE, which must not be one of the inputs. */
export async function writeOutput(text: string, output: string | undefined, streams: Streams, inputs: readonly string[] = []): Promise<void> {
  if (output === undefined || output === '-') {
    streams.stdout.write(text);
    return;
  }
  const target = resolve(streams.cwd, output);
  if (inputs.some((input) => input !== '-' && resolve(streams.cwd, input) === target)) {
    throw new CliError(`${output}: refusing to write the report over an input file`);
  }
  await writeFileAtomic(target, text);
}
