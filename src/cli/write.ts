import { unlinkSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
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
  /**
   * For content given in pieces: the size, in UTF-16 code units, of the blocks
   * written to the file (default DEFAULT_BLOCK). Tests force a small one.
   */
  blockSize?: number;
}

/**
 * What a report is: one string, or pieces of text (sync or async), for
 * documents longer than a JavaScript string can be (`--format json` at
 * 300,000 members).
 */
export type Content = string | Iterable<string> | AsyncIterable<string>;

/**
 * Characters from which a block is written (it ends with the piece that
 * reaches this). Blocks this size, like the pieces of the JSON report (see
 * ITEMS_PER_CHUNK), are mostly young objects a scavenge frees; V8 puts strings
 * over 128 KB in its large-object space, which only a full collection frees.
 * With blocks of a megabyte, `--format json` at 300,000 members peaked
 * anywhere between 1.9 and 2.7 GB; with these, about 1.6 GB.
 */
const DEFAULT_BLOCK = 1 << 15;

/** Error thrown by the content's producer (not by the file system), passed on unchanged. */
class ProducerError {
  constructor(readonly error: unknown) {}
}

/**
 * Writes `text` (a string, or pieces of text written in blocks as they come)
 * to `path` atomically: a temporary file in the same folder,
 * flushed, then renamed over the target (through a symbolic link, to the file
 * it names; keeping the target's permissions). An interrupted run (Ctrl-C,
 * SIGTERM) removes the temporary file and ends as the signal would have
 * (exit 130 for Ctrl-C): the old file or the new one, never half of one, and
 * no temporary file behind.
 */
export async function writeFileAtomic(path: string, text: Content, options: WriteOptions = {}): Promise<void> {
  // Loaded here, not at start-up: writing to standard output does not need it.
  const { link, open, realpath, rename, stat, unlink } = await import('node:fs/promises');
  const overwrite = options.overwrite ?? true;
  const target = await realpath(path).catch(() => path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(`${path}: is a folder, expected a file`);
  if (existing && !overwrite) throw new FileExistsError(`${path}: already exists; nothing written`);
  // Loaded here too: node:crypto brings some twenty internal modules with it.
  const { randomBytes } = await import('node:crypto');
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
      if (typeof text === 'string') await handle.writeFile(text, 'utf8');
      else await writeBlocks(handle, text, options.blockSize ?? DEFAULT_BLOCK);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (overwrite) await rename(temp, target);
    else await link(temp, target);
  } catch (error) {
    if (error instanceof ProducerError) throw error.error;
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST' && !overwrite) throw new FileExistsError(`${path}: appeared while rocks was running; nothing written`);
    throw new CliError(e.code === 'EISDIR' || e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EPERM' ? describeFsError(path, e) : `${path}: cannot write (${e.code ?? e.message})`);
  } finally {
    stopListening();
    await unlink(temp).catch(() => undefined);
  }
}

/** Writes pieces of text to an open file in blocks of about `blockSize` code units. */
async function writeBlocks(handle: FileHandle, pieces: Iterable<string> | AsyncIterable<string>, blockSize: number): Promise<void> {
  await inBlocks(pieces, blockSize, (block) => handle.write(block, null, 'utf8'), true);
}

/**
 * Gathers pieces into blocks of about `blockSize` code units and hands each
 * to `flush`; a sync iterable is read without a microtask per piece. With
 * `mark`, an error thrown by the pieces' producer is wrapped in ProducerError.
 */
async function inBlocks(pieces: Iterable<string> | AsyncIterable<string>, blockSize: number, flush: (block: string) => Promise<unknown>, mark = false): Promise<void> {
  let block: string[] = [];
  let size = 0;
  const take = (piece: string): boolean => {
    block.push(piece);
    size += piece.length;
    return size >= blockSize;
  };
  const drain = async (): Promise<void> => {
    const text = block.join('');
    block = [];
    size = 0;
    await flush(text);
  };
  const producing = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      throw mark ? new ProducerError(error) : error;
    }
  };
  if (Symbol.iterator in pieces) {
    const iterator = (pieces as Iterable<string>)[Symbol.iterator]();
    for (;;) {
      const next = producing(() => iterator.next());
      if (next.done) break;
      if (take(next.value)) await drain();
    }
  } else {
    const iterator = pieces[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<string>;
      try {
        next = await iterator.next();
      } catch (error) {
        throw mark ? new ProducerError(error) : error;
      }
      if (next.done) break;
      if (take(next.value)) await drain();
    }
  }
  if (size > 0) await drain();
}

/**
 * Writes pieces of text to a stream in blocks (DEFAULT_BLOCK), waiting
 * for it to drain when it asks to (a pipe to a slow reader).
 */
export async function writeChunks(chunks: Iterable<string> | AsyncIterable<string>, stdout: Streams['stdout'], blockSize = DEFAULT_BLOCK): Promise<void> {
  const sink = stdout as Streams['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown };
  await inBlocks(chunks, blockSize, async (block) => {
    const ok = sink.write(block);
    if (ok === false && typeof sink.once === 'function') await new Promise<void>((resolve) => sink.once!('drain', resolve));
  });
}

/** A report goes to stdout, or to --output FILE, which must not be one of the inputs. */
export async function writeOutput(text: Content, output: string | undefined, streams: Streams, inputs: readonly string[] = [], options: Pick<WriteOptions, 'blockSize'> = {}): Promise<void> {
  if (output === undefined || output === '-') {
    if (typeof text === 'string') streams.stdout.write(text);
    else await writeChunks(text, streams.stdout, options.blockSize);
    return;
  }
  const target = resolve(streams.cwd, output);
  if (await isInput(target, inputs, streams.cwd)) throw new CliError(`${output}: refusing to write the report over an input file`);
  await writeFileAtomic(target, text, options);
}

/**
 * Whether `target` is one of the org files read: the same file (through any
 * link or spelling of its path), or a YAML file inside an input folder.
 */
async function isInput(target: string, inputs: readonly string[], cwd: string): Promise<boolean> {
  const { realpath, stat } = await import('node:fs/promises');
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
