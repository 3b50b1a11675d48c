/**
 * The only module that touches the file system for reading org files. Reads
 * are synchronous: one after the other is what a run does anyway, a folder of
 * a thousand team files reads faster without a thread-pool round trip per
 * call, and node:fs/promises (with the thirty internal modules it loads) stays
 * out of start-up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OrgSource } from '../input/load.js';
import { CliError } from './errors.js';

export interface Streams {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface ReadOptions {
  /** Largest file read, in bytes. */
  maxBytes: number;
}

export const DEFAULT_MAX_FILE_MB = 256;

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(streams: Streams, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  const { env } = streams;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return streams[stream].isTTY === true && env.TERM !== 'dumb';
}

/**
 * Reads org files: `-` is standard input, a folder is every *.yaml / *.yml
 * below it in sorted order, symbolic links not followed.
 */
export async function readSources(paths: readonly string[], streams: Streams, options: ReadOptions): Promise<OrgSource[]> {
  const sources: OrgSource[] = [];
  for (const path of paths) {
    if (path === '-') {
      if (streams.stdin.isTTY) throw new CliError('standard input is a terminal; pipe an org file into rocks or name a file instead of "-"');
      sources.push({ file: '<stdin>', text: await readStdin(streams.stdin, options.maxBytes) });
      continue;
    }
    // Paths are shown as given and read relative to the working folder of the run.
    const info = attempt(path, () => statSync(resolve(streams.cwd, path)));
    if (info.isDirectory()) {
      const files = await listYamlFiles(path, streams.cwd);
      if (files.length === 0) throw new CliError(`${path}: no *.yaml or *.yml files in this folder`);
      for (const file of files) sources.push({ ...(await readSource(file, streams.cwd, options)), folder: path });
    } else sources.push(await readSource(path, streams.cwd, options));
  }
  return sources;
}

/** `action`, with a file-system error turned into a located message. */
function attempt<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    throw new CliError(describeFsError(path, error as NodeJS.ErrnoException));
  }
}

async function readSource(path: string, cwd: string, options: ReadOptions): Promise<OrgSource> {
  const real = resolve(cwd, path);
  const info = attempt(path, () => statSync(real));
  if (!info.isFile()) throw new CliError(`${path}: not a regular file`);
  if (info.size > options.maxBytes) {
    throw new CliError(`${path}: ${(info.size / 1048576).toFixed(1)} MB is over the ${formatMb(options.maxBytes)} limit; raise it with --max-file-size <MB>`);
  }
  const bytes = attempt(path, () => readFileSync(real));
  return { file: path, text: decodeUtf8(path, bytes) };
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}

export function decodeUtf8(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new CliError(`${file}: this is a binary file, not a YAML org file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const line = before.split('\n').length;
    const col = before.length - before.lastIndexOf('\n');
    throw new CliError(`${file}:${line}:${col}: invalid UTF-8 byte sequence; save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (a linear scan, on the error path only). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      // The decoder knows the finer rules: overlong forms, surrogates, beyond U+10FFFF.
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw new CliError(`<stdin>: input is over the ${formatMb(maxBytes)} limit; raise it with --max-file-size <MB>`);
    chunks.push(buffer);
  }
  return decodeUtf8('<stdin>', Buffer.concat(chunks));
}

/**
 * Every *.yaml / *.yml below `root`, sorted by path, without following
 * symbolic links or entering hidden folders and node_modules.
 */
export async function listYamlFiles(root: string, cwd = '.'): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 32) throw new CliError(`${dir}: folders nested deeper than 32 levels`);
    const entries = attempt(dir, () => readdirSync(resolve(cwd, dir), { withFileTypes: true }));
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      // Hidden folders (.git, .github) and installed packages hold YAML that is not an org file.
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(path, depth + 1);
      } else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) found.push(path);
    }
  };
  await walk(root, 0);
  return found;
}

export function describeFsError(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${path}: no such file or folder`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a folder, expected a file`;
    case 'ELOOP':
      return `${path}: too many levels of symbolic links`;
    case 'ENOTDIR':
      return `${path}: a part of this path is not a folder`;
    default:
      return `${path}: cannot be read (${error.code ?? error.message})`;
  }
}
