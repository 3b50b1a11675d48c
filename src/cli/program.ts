/**
 * The commander program: argv → options objects → command functions. It
 * never parses by itself, so argv mapping can be tested in a table.
 * Command modules are imported lazily: start-up pays only for the one used.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { AUDIT_FORMAT_NAMES, CHECK_FORMAT_NAMES, DIFF_FORMAT_NAMES } from '../format/names.js';
import { SEVERITIES } from '../model/finding.js';
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
    .addOption(maxFileOption())
    .action(async (paths: string[], opts) => {
      const { audit } = await import('./commands/audit.js');
      exit(await audit({ paths, format: opts.format, all: opts.all, explain: opts.explain, output: opts.output, maxFileMb: opts.maxFileSize, by: opts.by }, streams));
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
    .addOption(maxFileOption())
    .action(async (paths: string[], opts) => {
      const { check } = await import('./commands/check.js');
      exit(
        await check(
          { paths, format: opts.format, output: opts.output, failOn: opts.failOn, maxWarnings: opts.maxWarnings, base: opts.base, all: opts.all, listRules: opts.listRules, maxFileMb: opts.maxFileSize, version },
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
