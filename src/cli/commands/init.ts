/**
 * `rocks init [file]`: the questionnaire in a terminal, or a template with
 * --yes. Never loses a file: an existing one is replaced only when the user
 * confirms or passes --force, and every write is atomic.
 */
import { lstat, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { closest } from '../../shared/suggest.js';
import { orgFileSchema } from '../../input/schema.js';
import { terminalSafe } from '../../format/escape.js';
import { shellQuote } from '../../init/document.js';
import { runQuestionnaire, templateFile, type InitTemplate } from '../../init/questionnaire.js';
import { CliError, EXIT } from '../errors.js';
import type { Streams } from '../io.js';
import { loadTemplates, schemaPath } from '../templates.js';
import { FileExistsError, writeFileAtomic } from '../write.js';

export interface InitOptions {
  file: string;
  yes: boolean;
  template?: string;
  org?: string;
  force: boolean;
  listTemplates: boolean;
}

const SCRIPT_USAGE = 'rocks init --yes --template <startup|scale-up|enterprise> [--org NAME] [--force] [file]';

export async function init(options: InitOptions, streams: Streams): Promise<number> {
  const say = (line: string): void => {
    streams.stdout.write(`${terminalSafe(line)}\n`);
  };
  const templates = await loadTemplates();
  if (options.listTemplates) {
    const width = Math.max(...templates.map((t) => t.name.length));
    for (const t of templates) say(`${t.name.padEnd(width)}  ${t.description}`);
    say('');
    say(`Start from one: rocks init --template <name>, or ${SCRIPT_USAGE}`);
    return EXIT.ok;
  }
  if (options.template !== undefined) findTemplate(templates, options.template);
  if (options.org !== undefined) {
    const checked = orgFileSchema.shape.org.unwrap().safeParse(options.org);
    if (!checked.success) throw new CliError(`--org ${checked.error.issues[0]?.message ?? 'is not a valid name'}`);
  }

  const target = resolve(streams.cwd, options.file);
  await checkTarget(options.file, target);
  const schemaRef = schemaReference(target);

  if (options.yes) {
    if (!options.force && (await exists(target))) {
      throw new CliError(`${options.file} already exists; pass --force to replace it, or name another file`);
    }
    const template = findTemplate(templates, options.template ?? 'startup');
    const { text, org } = await templateFile(template, { file: options.file, schemaRef, ...(options.org !== undefined ? { org: options.org } : {}) });
    await writeOrgFile(target, options.file, text, options.force);
    say(`Wrote ${options.file} from the ${template.name} template: ${org.members.length} members. Replace the example team with yours.`);
    say(`Next: rocks audit ${shellQuote(options.file)}`);
    return EXIT.ok;
  }

  if (!streams.stdin.isTTY || !streams.stdout.isTTY) {
    throw new CliError(`rocks init asks questions and needs a terminal (standard input and output); in scripts use: ${SCRIPT_USAGE}`);
  }
  const { inquirerPrompter } = await import('../prompts.js');
  const outcome = await runQuestionnaire({
    prompter: inquirerPrompter(streams),
    print: say,
    templates,
    file: options.file,
    exists: () => exists(target),
    schemaRef,
    force: options.force,
    ...(options.template !== undefined ? { template: options.template } : {}),
    ...(options.org !== undefined ? { org: options.org } : {}),
  });
  if (outcome.kind === 'cancelled') {
    say(outcome.message);
    return EXIT.ok;
  }
  await writeOrgFile(target, options.file, outcome.text, outcome.overwrite);
  say(`Wrote ${options.file}.`);
  say(`Next: rocks audit ${shellQuote(options.file)}`);
  return EXIT.ok;
}

function findTemplate(templates: readonly InitTemplate[], name: string): InitTemplate {
  const found = templates.find((t) => t.name === name);
  if (found) return found;
  const names = templates.map((t) => t.name);
  const suggestion = closest(name, names);
  throw new CliError(`unknown template "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''} (templates: ${names.join(', ')})`);
}

/**
 * The modeline's schema reference, as yaml-language-server resolves it:
 * relative to the written file when rocks is installed in the project (a
 * node_modules folder on the way) or the file is inside rocks' own folder,
 * absolute otherwise (a global install), so moving the project keeps it valid.
 */
function schemaReference(target: string): string {
  const schema = schemaPath();
  const rel = relative(dirname(target), schema).split(sep).join('/');
  if (isAbsolute(rel)) return rel;
  if (rel.startsWith('../') && !rel.split('/').includes('node_modules')) return schema.split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw new CliError(`${path}: cannot be checked (${error.code ?? error.message})`);
    },
  );
}

/** Fails before any question when the file could not be written at the end. */
async function checkTarget(file: string, target: string): Promise<void> {
  const folder = await stat(dirname(target)).catch(() => undefined);
  if (!folder?.isDirectory()) throw new CliError(`${file}: the folder ${dirname(file)} does not exist`);
  const info = await lstat(target).catch(() => undefined);
  if (info && !info.isFile()) throw new CliError(`${file}: exists and is not a regular file`);
}

/** Atomic either way; without consent to overwrite, a file that appeared meanwhile is kept. */
async function writeOrgFile(target: string, file: string, text: string, overwrite: boolean): Promise<void> {
  try {
    await writeFileAtomic(target, text, { overwrite });
  } catch (error) {
    if (error instanceof FileExistsError) {
      throw new CliError(`${file}: appeared while rocks init was running; nothing written (pass --force to replace it)`);
    }
    throw error;
  }
}
