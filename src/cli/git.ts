/**
 * Reads the committed version of org files with git, for `rocks check --base
 * <ref>`. git runs through execFile (no shell); the ref is checked before use
 * and can never be taken for an option.
 */
import { execFile } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import type { OrgSource } from '../input/load.js';
import { CliError } from './errors.js';
import { decodeUtf8, type ReadOptions, type Streams } from './io.js';

interface GitResult {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function git(args: readonly string[], cwd: string, maxBytes: number): Promise<GitResult> {
  return new Promise((done, fail) => {
    execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: maxBytes + 65536, windowsHide: true }, (error, stdout, stderr) => {
      const err = error as (NodeJS.ErrnoException & { code?: unknown }) | null;
      if (err && err.code === 'ENOENT') {
        fail(new CliError('--base needs git, and git is not installed (or not on PATH)'));
        return;
      }
      if (err && /maxBuffer/i.test(err.message)) {
        fail(new CliError(`a file at the base version is over the ${Math.round(maxBytes / 1048576)} MB limit; raise it with --max-file-size <MB>`));
        return;
      }
      done({ ok: !err, stdout: stdout as Buffer, stderr: (stderr as Buffer).toString('utf8').trim() });
    });
  });
}

/** `<ref>:./<path>`: the path relative to the current folder, as git understands it. */
function spec(ref: string, path: string): string {
  return `${ref}:./${path.split(sep).join('/')}`;
}

/**
 * The org sources as committed at `ref`: a file is read as it was; a folder
 * is every *.yaml / *.yml below it at that commit. A path that did not exist
 * then is skipped (it is new). Each source is named `<ref>:<path>`.
 */
export async function readSourcesAtRef(ref: string, paths: readonly string[], streams: Streams, options: ReadOptions): Promise<OrgSource[]> {
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f\u007f]/.test(ref)) throw new CliError(`--base: "${ref}" is not a git revision`);
  const cwd = streams.cwd;
  const verified = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd, 1 << 20);
  if (!verified.ok) {
    const inRepo = await git(['rev-parse', '--is-inside-work-tree'], cwd, 1 << 20);
    if (!inRepo.ok) throw new CliError('--base compares with a git revision, but this folder is not inside a git repository');
    throw new CliError(`--base: unknown git revision "${ref}" (in a shallow CI checkout, fetch it first, e.g. git fetch --depth=1 origin ${ref})`);
  }
  const commit = verified.stdout.toString('utf8').trim();
  const sources: OrgSource[] = [];
  for (const path of paths) {
    if (path === '-') throw new CliError('--base cannot compare standard input; name the org file or folder');
    const rel = relative(cwd, resolve(cwd, path)) || '.';
    const type = await git(['cat-file', '-t', spec(commit, rel)], cwd, 1 << 20);
    if (!type.ok) continue; // not there at the base: everything in it is new
    const kind = type.stdout.toString('utf8').trim();
    if (kind === 'blob') {
      sources.push(await readBlob(ref, commit, rel, path, cwd, options.maxBytes));
    } else if (kind === 'tree') {
      const listing = await git(['ls-tree', '-r', '-z', commit, '--', rel], cwd, 64 << 20);
      if (!listing.ok) throw new CliError(`--base: cannot list ${path} at ${ref}: ${listing.stderr}`);
      const files = listing.stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((entry) => {
          const tab = entry.indexOf('\t');
          const [mode, objectType] = entry.slice(0, tab).split(' ');
          return { mode, objectType, file: entry.slice(tab + 1) };
        })
        // Symbolic links are not followed on disk, so not at the base either.
        .filter((e) => e.objectType === 'blob' && e.mode !== '120000' && /\.ya?ml$/i.test(e.file))
        .map((e) => e.file)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const file of files) sources.push(await readBlob(ref, commit, file, file, cwd, options.maxBytes));
    }
  }
  return sources;
}

async function readBlob(ref: string, commit: string, rel: string, shown: string, cwd: string, maxBytes: number): Promise<OrgSource> {
  const label = `${ref}:${shown}`;
  const blob = await git(['cat-file', 'blob', spec(commit, rel)], cwd, maxBytes);
  if (!blob.ok) throw new CliError(`${label}: cannot be read with git: ${blob.stderr}`);
  if (blob.stdout.length > maxBytes) throw new CliError(`${label}: over the ${Math.round(maxBytes / 1048576)} MB limit; raise it with --max-file-size <MB>`);
  return { file: label, text: decodeUtf8(label, blob.stdout) };
}
