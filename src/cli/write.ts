import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { link, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliError } from './errors.js';
import { describeFsError, type Streams } from './io.js';

/** The target exists (or appeared during the write) and replacing it was not allowed. */
export class FileExistsError extends CliError {}

export interface WriteOptions {
  /**
   * Whether an existing file may be replaced (default true). With false the
   * new file is hard-linked into place, which fails if a file appeared there
   * in the meantime: a file someone else just wrote is never lost.
   */
  overwrite?: boolean;
}

/**
 * Writes `text` to `path` atomically: a temporary file in the same folder,
 * flushed, then renamed over the target (through a symbolic link, to the file
 * it names; keeping the target's permissions). An interrupted run (Ctrl-C,
 * SIGTERM) removes the temporary file and ends as the signal would have
 * (exit 130 for Ctrl-C): the old file or the new one, never half of one, and
 * no temporary file behind.
 */
export async function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): Promise<void> {
  const overwrite = options.overwrite ?? true;
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(`${path}: is a folder, expected a file`);
  if (existing && !overwrite) throw new FileExistsError(`${path}: already exists; nothing written`);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const interrupted = (signal: NodeJS.Signals): void => {
    try {
      unlinkSync(temp);
    } catch {
      // Not created yet, or already renamed into place.
    }
    stopListening();
    // No listener left: the signal now ends the process the default way.
    process.kill(process.pid, signal);
  };
  const stopListening = (): void => {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
  };
  process.on('SIGINT', interrupted);
  process.on('SIGTERM', interrupted);
  try {
    const handle = await open(temp, 'wx', existing ? existing.mode & 0o777 : 0o644);
    try {
      if (existing) await handle.chmod(existing.mode & 0o7777);
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (overwrite) await rename(temp, target);
    else await link(temp, target);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST' && !overwrite) throw new FileExistsError(`${path}: appeared while rocks was running; nothing written`);
    throw new CliError(e.code === 'EISDIR' || e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EPERM' ? describeFsError(path, e) : `${path}: cannot write (${e.code ?? e.message})`);
  } finally {
    stopListening();
    await unlink(temp).catch(() => undefined);
  }
}

/** A report goes to stdout, or to --output FILE, which must not be one of the inputs. */
export async function writeOutput(text: string, output: string | undefined, streams: Streams, inputs: readonly string[] = []): Promise<void> {
  if (output === undefined || output === '-') {
    streams.stdout.write(text);
    return;
  }
  const target = resolve(streams.cwd, output);
  if (await isInput(target, inputs, streams.cwd)) throw new CliError(`${output}: refusing to write the report over an input file`);
  await writeFileAtomic(target, text);
}

/**
 * Whether `target` is one of the org files read: the same file (through any
 * link or spelling of its path), or a YAML file inside an input folder.
 */
async function isInput(target: string, inputs: readonly string[], cwd: string): Promise<boolean> {
  const identity = async (p: string) => {
    const info = await stat(p).catch(() => undefined);
    return info ? { id: `${info.dev}:${info.ino}`, folder: info.isDirectory(), real: await realpath(p).catch(() => p) } : undefined;
  };
  const out = await identity(target);
  const realTarget = out?.real ?? resolve(await realpath(dirname(target)).catch(() => dirname(target)), basename(target));
  for (const input of inputs) {
    if (input === '-') continue;
    const path = resolve(cwd, input);
    if (path === target) return true;
    const info = await identity(path);
    if (!info) continue;
    if (out && info.id === out.id) return true;
    if (info.folder && /\.ya?ml$/i.test(realTarget) && realTarget.startsWith(`${info.real}${sep}`)) return true;
  }
  return false;
}
