/**
 * The commander program: argv → options objects → command functions. It
 * never parses by itself, so argv mapping can be tested in a table.
 * Command modules are imported lazily: start-up pays only for the one used.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { AUDIT_FORMAT_NAMES, CHECK_FORMAT_NAMES, DIFF_FORMAT_NAMES } from '../format/names.js';
import { SEVERITIES } from '../model/finding.js';
import { IMPORT_SOURCES } from '../import/model.js';
import { CliError } from './errors.js';
import { DEFAULT_MAX_FILE_MB, type Streams } from './io.js';

/** Sets the exit code a command returned; main.ts owns the process. */
export type ExitSink = (code: number) => void;

/** `rocks audit --by <dimension>`: the rollups the audit can add. */
export const AUDIT_BY_NAMES = ['team'] as const;

export function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

export function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return n;
}

/** Hours in a week: 0 to 168. */
export function weekHours(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 168) throw new InvalidArgumentError('expected hours per week, 0 to 168');
  return n;
}

/** `--map person=Owner,title=Task` and `--discipline ux=product-design` (repeatable): name=value pairs. */
export function pairs(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const out = { ...previous };
  for (const part of value.split(',')) {
    const at = part.indexOf('=');
    if (at <= 0 || at === part.length - 1) throw new InvalidArgumentError(`expected name=value pairs separated by commas, not "${part}"`);
    out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** `audit|check --from <source>`: read a tracker export instead of an org file. */
function fromOption(): Option {
  return new Option('--from <source>', 'the paths are a tracker export to import in memory (auto: detect it)').choices(['auto', ...IMPORT_SOURCES]);
}

export function maxFileOption(): Option {
  return new Option('--max-file-size <MB>', 'largest org file read, in megabytes').default(DEFAULT_MAX_FILE_MB).argParser(positiveNumber);
}

export function buildProgram(streams: Streams, exit: ExitSink, version: string): Command {
  const program = new Command('rocks')
    .description('Responsibility auditor: who carries what, what is nobody doing, and who is about to break.')
    .version(version, '-V, --version')
    .showHelpAfterError('(rocks --help for usage)')
    .configureOutput({
      writeOut: (s) => streams.stdout.write(s),
      writeErr: (s) => streams.stderr.write(s),
    })
    .exitOverride();

  program
    .command('audit')
    .description('report load, gaps, unicorn risk and suggested handoffs for an org file or folder')
    .argument('<paths...>', 'org files or folders of them (- for standard input)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(AUDIT_FORMAT_NAMES).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-a, --all', 'show every row instead of the worst entries', false)
    .option('-e, --explain', 'show why each task got its discipline', false)
    .addOption(new Option('--by <dimension>', 'also roll the report up per team (sub-teams counted in their parent)').choices(AUDIT_BY_NAMES))
    .addOption(fromOption())
    .addOption(maxFileOption())
    .action(async (paths: string[], opts) => {
      const { audit } = await import('./commands/audit.js');
      exit(await audit({ paths, format: opts.format, all: opts.all, explain: opts.explain, output: opts.output, maxFileMb: opts.maxFileSize, by: opts.by, from: opts.from }, streams));
    });

  program
    .command('check')
    .description('the CI gate: audit the org, hold it to its policy, exit 1 on findings at or above --fail-on')
    .argument('[paths...]', 'org files or folders of them (- for standard input)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(CHECK_FORMAT_NAMES).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'fail on findings at or above this severity').choices(SEVERITIES).default('error'))
    .addOption(new Option('--max-warnings <n>', 'also fail when there are more warnings than this').argParser(wholeNumber))
    .option('--base <ref>', 'compare with the version committed at this git revision: moved rocks, loads, risk changes')
    .option('-a, --all', 'show every row instead of the worst entries', false)
    .option('--list-rules', 'list the policy rules and exit', false)
    .addOption(fromOption())
    .addOption(maxFileOption())
    .action(async (paths: string[], opts) => {
      const { check } = await import('./commands/check.js');
      exit(
        await check(
          { paths, format: opts.format, output: opts.output, failOn: opts.failOn, maxWarnings: opts.maxWarnings, base: opts.base, all: opts.all, listRules: opts.listRules, maxFileMb: opts.maxFileSize, version, from: opts.from },
          streams,
        ),
      );
    });

  program
    .command('diff')
    .description('"give me back my rocks": which rocks moved between two versions of an org, and what that did to load and risk')
    .argument('<old>', 'the old org file or folder')
    .argument('<new>', 'the new org file or folder')
    .addOption(new Option('-f, --format <name>', 'output format').choices(DIFF_FORMAT_NAMES).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('-a, --all', 'show every row instead of the worst entries', false)
    .addOption(maxFileOption())
    .action(async (before: string, after: string, opts) => {
      const { diff } = await import('./commands/diff.js');
      exit(await diff({ before, after, format: opts.format, output: opts.output, all: opts.all, maxFileMb: opts.maxFileSize }, streams));
    });

  program
    .command('classify')
    .description('classify task texts (or lines on standard input with -) and show the rules that fired')
    .argument('<texts...>', 'task texts, or - to read one task per line from standard input')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--org <file>', 'use the custom disciplines and rules of this org file')
    .option('--role <role>', 'the owner\'s role, as a tie-breaker')
    .addOption(maxFileOption())
    .action(async (texts: string[], opts) => {
      const { classify } = await import('./commands/classify.js');
      exit(await classify({ texts, format: opts.format, org: opts.org, role: opts.role, maxFileMb: opts.maxFileSize }, streams));
    });

  program
    .command('rules')
    .description('list the disciplines and classification rules (built-in and custom)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['table', 'json'] as const).default('table'))
    .option('--org <file>', 'include the custom disciplines and rules of this org file')
    .option('-d, --discipline <id>', 'only the rules of this discipline')
    .option('-a, --all', 'every word of every rule', false)
    .addOption(maxFileOption())
    .action(async (opts) => {
      const { rules } = await import('./commands/rules.js');
      exit(await rules({ format: opts.format, org: opts.org, discipline: opts.discipline, all: opts.all, maxFileMb: opts.maxFileSize }, streams));
    });

  program
    .command('init')
    .description('write a first org file: a short questionnaire, or a template with --yes')
    .argument('[file]', 'the org file to write', 'team.yaml')
    .option('-y, --yes', 'ask nothing: write a template (for scripts)', false)
    .option('-t, --template <name>', 'the stage template to start from (startup, scale-up, enterprise; --list-templates)')
    .option('--org <name>', 'the organisation name to write')
    .option('--force', 'overwrite the file if it exists', false)
    .option('--list-templates', 'list the templates and exit', false)
    .action(async (file: string, opts) => {
      const { init } = await import('./commands/init.js');
      exit(await init({ file, yes: opts.yes, template: opts.template, org: opts.org, force: opts.force, listTemplates: opts.listTemplates }, streams));
    });

  program
    .command('import')
    .description('write an org file from a tracker export (Jira, Linear, Asana, GitHub, any CSV, Backstage), or update one with it')
    .argument('<source>', `${IMPORT_SOURCES.join(', ')}; or the export itself, its source detected`)
    .argument('[file]', 'the export (- for standard input)')
    .option('-o, --output <path>', 'the org file to write or update (a folder, or a path ending in /, for one file per team); standard output when absent')
    .option('--hours-per-point <hours>', 'hours per week one story point stands for (default 2)', positiveNumber)
    .option('--default-effort <hours>', 'hours per week of a rock with no estimate (default 4)', weekHours)
    .option('--include-done', 'keep finished work too (done, closed, completed, canceled)', false)
    .option('--people <file>', 'an identity map (people.yaml) or a Backstage catalog: who is who across trackers, teams, capacities')
    .option('--effort-column <name>', 'asana, csv: the column holding effort')
    .option('--effort-field <name>', 'github: the project field holding effort (a number is points)')
    .option('--team <name>', 'github: the team of the imported members')
    .option('--map <pairs>', 'csv: fields to columns, e.g. person=Owner,title=Task,effort=Hours,team=Squad,tags=Labels', pairs)
    .option('--url <address>', 'the tracker\'s address, to write full links (https://acme.atlassian.net)')
    .option('--discipline <pairs>', 'labels that set a rock\'s discipline, e.g. ux=product-design (repeatable)', pairs)
    .option('--org <name>', 'the organisation name to write')
    .option('--dry-run', 'show what would change, as rocks diff does; write nothing', false)
    .addOption(maxFileOption())
    .action(async (first: string, second: string | undefined, opts) => {
      const named = (IMPORT_SOURCES as readonly string[]).includes(first) && second !== undefined;
      if (!named && second !== undefined) throw new CliError(`unknown source "${first}" (sources: ${IMPORT_SOURCES.join(', ')})`);
      const { importCommand } = await import('./commands/import.js');
      exit(
        await importCommand(
          {
            ...(named ? { source: first as (typeof IMPORT_SOURCES)[number] } : {}),
            input: named ? second! : first,
            output: opts.output,
            hoursPerPoint: opts.hoursPerPoint,
            defaultEffort: opts.defaultEffort,
            includeDone: opts.includeDone,
            people: opts.people,
            effortColumn: opts.effortColumn,
            effortField: opts.effortField,
            team: opts.team,
            map: opts.map,
            url: opts.url,
            discipline: opts.discipline,
            org: opts.org,
            dryRun: opts.dryRun,
            maxFileMb: opts.maxFileSize,
            argv: ['import', first, ...(second !== undefined ? [second] : []), ...(opts.output !== undefined ? ['-o', opts.output] : [])],
          },
          streams,
        ),
      );
    });

  program
    .command('schema')
    .description('print the org file JSON Schema (draft-07) for editors and validators')
    .option('-o, --output <file>', 'write the schema to a file instead of standard output')
    .action(async (opts) => {
      const { schema } = await import('./commands/schema.js');
      exit(await schema({ output: opts.output }, streams));
    });

  return program;
}

export { CliError };
