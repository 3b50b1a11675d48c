/**
 * `rocks import [source] <export|->`: a tracker export to an org file (or a
 * folder of team files), or, when the file exists, the imported rocks updated
 * in it with every hand edit kept. An edited file is loaded and checked before
 * it replaces the old one; nothing is written when the export cannot be read.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyse } from '../../analyse/analyse.js';
import { diffOrgs } from '../../diff/diff.js';
import { reimport, type OrgText } from '../../edit/reimport.js';
import { EditError } from '../../edit/yaml-splice.js';
import { DIFF_FORMATTERS } from '../../format/diff.js';
import { terminalSafe } from '../../format/escape.js';
import type { ImportedOrg } from '../../import/assemble.js';
import { isBackstageCatalog, readBackstage } from '../../import/backstage.js';
import { DEFAULT_HOURS_PER_POINT } from '../../import/effort.js';
import { DisciplineHints } from '../../import/hints.js';
import { parsePeopleMap } from '../../import/identity.js';
import { importExport, type ImportOptions } from '../../import/import-export.js';
import type { ImportedPerson, ImportProblem, ImportSource } from '../../import/model.js';
import { ExportError } from '../../import/read.js';
import { renderOrgFile, renderOrgFolder, type RenderOptions } from '../../import/render.js';
import { cleanName } from '../../import/row-source.js';
import { shellQuote } from '../../init/document.js';
import { loadOrg, type OrgSource } from '../../input/load.js';
import { InputError } from '../../model/diagnostics.js';
import { BUILTIN_DISCIPLINE_IDS } from '../../model/taxonomy.js';
import { CliError, EXIT } from '../errors.js';
import { listYamlFiles, type Streams } from '../io.js';
import { writeFileAtomic, writeOutput } from '../write.js';

export interface ImportCommandOptions {
  source?: ImportSource;
  input: string;
  output?: string;
  hoursPerPoint?: number;
  defaultEffort?: number;
  includeDone?: boolean;
  people?: string;
  effortColumn?: string;
  effortField?: string;
  team?: string;
  map?: Record<string, string>;
  url?: string;
  discipline?: Record<string, string>;
  org?: string;
  dryRun?: boolean;
  maxFileMb: number;
  /** The command line as typed, for the written file's header. */
  argv?: readonly string[];
}

/** Problems printed for one import; the count of the rest follows. */
const MAX_PROBLEMS_SHOWN = 100;

/** Where the import goes: standard output, one file, or a folder of team files. */
type Target = { kind: 'stdout' } | { kind: 'file'; path: string; existing?: string } | { kind: 'folder'; path: string; existing: OrgText[] };

export async function importCommand(options: ImportCommandOptions, streams: Streams): Promise<number> {
  const say = (line: string): void => {
    streams.stderr.write(`${terminalSafe(line)}\n`);
  };
  const target = await findTarget(options, streams);
  const existingTexts = target.kind === 'file' && target.existing !== undefined ? [{ file: options.output!, text: target.existing }] : target.kind === 'folder' ? target.existing : [];
  const custom = existingTexts.length > 0 ? await customDisciplines(existingTexts) : [];
  const people = options.people === undefined ? [] : await readPeople(options.people, streams, say);
  const org = await readImport(options, streams, people, custom);
  printProblems(org.problems, say);

  const render = renderOptions(options, existingTexts);
  /** What to write: an edited file's text, or a new file's pieces (a big import is never one string). */
  let written: { file: string; content: string | Iterable<string> }[];
  let before: OrgText[] = [];
  if (existingTexts.length > 0) {
    const result = editInPlace(existingTexts, org);
    before = existingTexts;
    written = result.changed.map((f) => ({ file: f.file, content: f.text }));
    const c = result.counts;
    say(`rocks: ${c.updated} updated, ${c.unchanged} unchanged, ${c.added} added, ${c.moved} moved, ${c.removed} removed (done or gone from the export); ${c.kept} ${c.kept === 1 ? 'rock' : 'rocks'} without a link to this export kept as written; ${c.membersAdded} ${c.membersAdded === 1 ? 'member' : 'members'} added`);
  } else if (target.kind === 'folder') {
    written = [...renderOrgFolder(org, render)].map(([name, pieces]) => ({ file: join(target.path, name), content: pieces }));
  } else {
    written = [{ file: target.kind === 'file' ? target.path : '<stdout>', content: renderOrgFile(org, render) }];
  }
  for (const line of org.summary) say(`rocks: ${line}`);

  // Edited files are loaded before they are written: a splice that broke a hand-written file must not replace it.
  // A new file is written as the renderer makes it (unique members, escaped text, known disciplines: its
  // tests load every kind of input back); loading 300,000 rocks again would cost a third of the import.
  if (options.dryRun || before.length > 0) {
    const texts = written.map((f) => ({ file: f.file, text: typeof f.content === 'string' ? f.content : [...f.content].join('') }));
    const loaded = await loadOrg(mergeTexts(before, texts).map((f) => source(f, target)));
    if (!loaded.ok) throw new InputError(loaded.diagnostics);
    if (options.dryRun) return dryRun(options, before, loaded, target, streams, say);
  }

  if (target.kind === 'stdout') {
    await writeOutput(written[0]!.content, undefined, streams);
    return EXIT.ok;
  }
  if (target.kind === 'folder') await mkdir(resolve(streams.cwd, target.path), { recursive: true });
  for (const f of written) await writeFileAtomic(resolve(streams.cwd, f.file), f.content);
  say(written.length === 0 ? `rocks: ${options.output} is up to date` : `rocks: wrote ${written.map((f) => f.file).join(', ')}`);
  return EXIT.ok;
}

/** The re-import, with a file the editor cannot splice into named in a message rather than a crash. */
function editInPlace(files: readonly OrgText[], org: ImportedOrg): ReturnType<typeof reimport> {
  try {
    return reimport(files, org);
  } catch (error) {
    if (error instanceof EditError) throw new CliError(`${files.length === 1 ? files[0]!.file : 'the org folder'}: cannot be edited in place (${error.message}); import into a new file and merge by hand`);
    throw error;
  }
}

/** --dry-run: the change as rocks diff shows it, nothing written. */
async function dryRun(options: ImportCommandOptions, before: readonly OrgText[], loaded: Extract<Awaited<ReturnType<typeof loadOrg>>, { ok: true }>, target: Target, streams: Streams, say: (line: string) => void): Promise<number> {
  const old = before.length > 0 ? await loadOrg(before.map((f) => source(f, target))) : await loadOrg([{ file: '(nothing)', text: 'version: 1\n' }]);
  if (!old.ok) throw new InputError(old.diagnostics);
  const diff = diffOrgs(old.org, loaded.org, { before: analyse(old.org), after: analyse(loaded.org) });
  const label = options.output ?? '<stdout>';
  streams.stdout.write(DIFF_FORMATTERS.table({ before: old.org, after: loaded.org, beforeLabel: before.length > 0 ? label : '(nothing)', afterLabel: `${label} (imported)`, diff }, { color: false, all: false, explain: false, limit: 15 }));
  say('rocks: --dry-run: nothing written');
  return EXIT.ok;
}

function renderOptions(options: ImportCommandOptions, existing: readonly OrgText[]): RenderOptions {
  const argv = options.argv ?? ['import', ...(options.source ? [options.source] : []), options.input];
  return {
    org: cleanName(options.org ?? '') || (orgName(existing) ?? cleanName(`Imported from ${options.input === '-' ? 'standard input' : options.input}`)),
    command: ['rocks', ...argv].map(shellQuote).join(' '),
    hoursPerPoint: options.hoursPerPoint ?? DEFAULT_HOURS_PER_POINT,
    defaultEffort: options.defaultEffort ?? 4,
  };
}

function orgName(existing: readonly OrgText[]): string | undefined {
  for (const f of existing) {
    const m = /^org:[ \t]*(.+)$/m.exec(f.text);
    if (m) return m[1]!.trim();
  }
  return undefined;
}

function source(f: OrgText, target: Target): OrgSource {
  return target.kind === 'folder' ? { file: f.file, text: f.text, folder: target.path } : { file: f.file, text: f.text };
}

/** The existing files with the changed ones replaced and the new ones added, in path order. */
function mergeTexts(before: readonly OrgText[], written: readonly OrgText[]): OrgText[] {
  const byFile = new Map(before.map((f) => [f.file, f]));
  for (const f of written) byFile.set(f.file, f);
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

async function findTarget(options: ImportCommandOptions, streams: Streams): Promise<Target> {
  const output = options.output;
  if (output === undefined || output === '-') return { kind: 'stdout' };
  const path = resolve(streams.cwd, output);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory() || (!info && /[\\/]$/.test(output))) {
    const files = info ? await listYamlFiles(output, streams.cwd) : [];
    const existing = await Promise.all(files.map(async (file) => ({ file, text: await readText(resolve(streams.cwd, file), file, options.maxFileMb) })));
    return { kind: 'folder', path: output, existing };
  }
  if (info && !info.isFile()) throw new CliError(`${output}: not a regular file`);
  if (resolve(streams.cwd, options.input) === path) throw new CliError(`${output}: refusing to write over the export being imported`);
  return info ? { kind: 'file', path: output, existing: await readText(path, output, options.maxFileMb) } : { kind: 'file', path: output };
}

async function readText(path: string, shown: string, maxFileMb: number): Promise<string> {
  const info = await stat(path);
  if (info.size > maxFileMb * 1048576) throw new CliError(`${shown}: over the ${maxFileMb} MB limit; raise it with --max-file-size <MB>`);
  return readFile(path, 'utf8');
}

/** Custom disciplines of the org files imported into: their ids and names are discipline hints too. */
async function customDisciplines(files: readonly OrgText[]): Promise<{ id: string; name: string }[]> {
  const loaded = await loadOrg(files.map((f) => ({ file: f.file, text: f.text })));
  if (!loaded.ok) throw new InputError(loaded.diagnostics);
  return loaded.org.disciplines.filter((d) => !BUILTIN_DISCIPLINE_IDS.includes(d.id)).map((d) => ({ id: d.id, name: d.name }));
}

async function readPeople(file: string, streams: Streams, say: (line: string) => void): Promise<ImportedPerson[]> {
  const text = await readFile(resolve(streams.cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : `cannot be read (${error.code ?? error.message})`}`);
  });
  const read = isBackstageCatalog(text) ? readBackstage(file, text) : parsePeopleMap(file, text);
  printProblems(read.problems, say);
  if (read.people.length === 0) throw new CliError(`${file}: no people in this identity map`);
  return read.people;
}

async function readImport(options: ImportCommandOptions, streams: Streams, people: ImportedPerson[], custom: { id: string; name: string }[]): Promise<ImportedOrg> {
  const known = new Set([...BUILTIN_DISCIPLINE_IDS, ...custom.map((d) => d.id)]);
  for (const [label, id] of Object.entries(options.discipline ?? {})) {
    if (!known.has(id)) throw new CliError(`--discipline ${label}=${id}: "${id}" is not a discipline id (rocks rules lists them)`);
  }
  const importOptions: ImportOptions = {
    ...(options.source !== undefined ? { from: options.source } : {}),
    hoursPerPoint: options.hoursPerPoint ?? DEFAULT_HOURS_PER_POINT,
    defaultEffort: options.defaultEffort ?? 4,
    includeDone: options.includeDone ?? false,
    maxBytes: options.maxFileMb * 1048576,
    people,
    hints: new DisciplineHints(custom, new Map(Object.entries(options.discipline ?? {}))),
    ...(options.effortColumn !== undefined ? { effortColumn: options.effortColumn } : {}),
    ...(options.effortField !== undefined ? { effortField: options.effortField } : {}),
    ...(options.team !== undefined ? { team: options.team } : {}),
    ...(options.map !== undefined ? { map: options.map } : {}),
    ...(options.url !== undefined ? { url: options.url } : {}),
  };
  const file = options.input === '-' ? '<stdin>' : options.input;
  let chunks: AsyncIterable<string | Uint8Array>;
  if (options.input === '-') {
    if (streams.stdin.isTTY) throw new CliError('standard input is a terminal; pipe an export into rocks import or name a file instead of "-"');
    chunks = streams.stdin as AsyncIterable<string | Uint8Array>;
  } else {
    const path = resolve(streams.cwd, options.input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new CliError(`${options.input}: no such file`);
    if (!info.isFile()) throw new CliError(`${options.input}: not a regular file`);
    chunks = createReadStream(path, { highWaterMark: 1 << 16 });
  }
  try {
    return await importExport(file, chunks, importOptions);
  } catch (error) {
    if (error instanceof ExportError) throw new CliError(`${error.line > 0 ? `${error.file}:${error.line}` : error.file}: ${error.message}`);
    throw error;
  }
}

function printProblems(problems: readonly ImportProblem[], say: (line: string) => void): void {
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) say(`${p.line > 0 ? `${p.file}:${p.line}` : p.file}: ${p.message}`);
  if (problems.length > MAX_PROBLEMS_SHOWN) say(`rocks: ${problems.length - MAX_PROBLEMS_SHOWN} more problems in the export`);
}

/**
 * `rocks audit|check <export> --from <source>`: the export's org built in
 * memory and loaded as the file `rocks import` would write, nothing written.
 */
export async function loadExport(paths: readonly string[], from: ImportSource | 'auto', streams: Streams, maxFileMb: number): Promise<Extract<Awaited<ReturnType<typeof loadOrg>>, { ok: true }>> {
  const say = (line: string): void => {
    streams.stderr.write(`${terminalSafe(line)}\n`);
  };
  const input = exportPath(paths);
  const options: ImportCommandOptions = { input, maxFileMb, ...(from !== 'auto' ? { source: from } : {}) };
  const org = await readImport(options, streams, [], []);
  printProblems(org.problems, say);
  const text = [...renderOrgFile(org, renderOptions(options, []))].join('');
  const loaded = await loadOrg([{ file: input === '-' ? '<stdin>' : input, text }]);
  if (!loaded.ok) throw new InputError(loaded.diagnostics);
  return loaded;
}

/** The one export `--from` reads. */
function exportPath(paths: readonly string[]): string {
  if (paths.length !== 1) throw new CliError(`--from reads one export, not ${paths.length} paths`);
  return paths[0]!;
}
