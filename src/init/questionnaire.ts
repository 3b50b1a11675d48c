/**
 * The `rocks init` questionnaire: organisation, stage (a template), members
 * and their rocks with the discipline each was classified into, rocks nobody
 * carries; then a summary and a question before writing. Pure: questions go
 * through a Prompter, lines through `print`; the caller writes the file.
 */
import { parse } from 'yaml';
import type { Classifier } from '../model/classification.js';
import { loadOrg } from '../input/load.js';
import type { Org } from '../model/org.js';
import { memberSchema, orgFileSchema, taskObjectSchema } from '../input/schema.js';
import type { Discipline } from '../model/taxonomy.js';
import { renderDraft, renderTemplate, type Draft, type DraftMember, type DraftTask } from './document.js';
import type { Choice, Prompter, Validate } from './prompter.js';
import { summariseOrg } from './summary.js';

/** A template `rocks init` can start from. */
export interface InitTemplate {
  /** File name without `.yaml`: startup, scale-up, enterprise... */
  name: string;
  text: string;
  /** One line for lists. */
  description: string;
}

export interface InitContext {
  prompter: Prompter;
  /** Shows one line to the user. */
  print(line: string): void;
  templates: readonly InitTemplate[];
  /** The file to write, as the user named it. */
  file: string;
  /** Whether the file exists; asked again right before writing. */
  exists(): Promise<boolean>;
  /** The modeline's `$schema=` reference, relative to the file. */
  schemaRef: string;
  /** --force: overwrite without asking. */
  force: boolean;
  /** --template and --org given with the questionnaire: the defaults of their questions. */
  template?: string;
  org?: string;
}

export type InitOutcome =
  | {
      kind: 'write';
      text: string;
      /** True when the user (or --force) accepted replacing an existing file. */
      overwrite: boolean;
      org: Org;
    }
  | { kind: 'cancelled'; message: string };

/** Why a file rocks generated failed its own validation: a bug, never the user's fault. */
export class GeneratedFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the generated org file is invalid (${problems.join('; ')})`);
    this.name = 'GeneratedFileError';
  }
}

/** Validates a generated org file with the same loader `rocks audit` uses. */
export async function validateGenerated(file: string, text: string): Promise<{ org: Org; classifier: Classifier }> {
  const result = await loadOrg([{ file, text }]);
  if (!result.ok) throw new GeneratedFileError(result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`));
  return { org: result.org, classifier: result.classifier };
}

/** `rocks init --yes`: a template as it is, named and validated. */
export async function templateFile(template: InitTemplate, options: { file: string; schemaRef: string; org?: string }): Promise<{ text: string; org: Org }> {
  const text = renderTemplate(template.text, { file: options.file, schemaRef: options.schemaRef, ...(options.org !== undefined ? { org: options.org } : {}) });
  return { text, org: (await validateGenerated(options.file, text)).org };
}

const validateBy =
  (schema: { safeParse(value: unknown): { success: boolean; error?: { issues: readonly { message: string }[] } } }): Validate =>
  (value) => {
    const result = schema.safeParse(value);
    return result.success ? true : (result.error?.issues[0]?.message ?? 'not valid');
  };

const orgName = validateBy(orgFileSchema.shape.org.unwrap());
const memberName = validateBy(memberSchema.shape.name);
const roleText = validateBy(memberSchema.shape.role.unwrap());
const taskTitle = validateBy(taskObjectSchema.shape.title);

export async function runQuestionnaire(ctx: InitContext): Promise<InitOutcome> {
  const { prompter, print } = ctx;
  if (ctx.templates.length === 0) throw new Error('no templates to start from');

  let overwrite = ctx.force;
  if (!overwrite && (await ctx.exists())) {
    overwrite = await prompter.confirm({ message: `${ctx.file} already exists. Replace it at the end?`, default: false });
    if (!overwrite) return refused(ctx.file);
  }

  const org = (
    await prompter.input({
      message: 'What is the organisation called?',
      ...(ctx.org !== undefined ? { default: ctx.org } : {}),
      validate: orgName,
    })
  ).trim();

  const template = await askTemplate(ctx);
  const base = await validateGenerated(`templates/${template.name}.yaml`, template.text);

  const start = await prompter.select<'team' | 'example'>({
    message: 'Start with',
    choices: [
      { value: 'team', name: 'my team: enter members and their rocks now', description: 'A few questions per person; each task shows its discipline as you type it.' },
      { value: 'example', name: `the ${template.name} template's example team, to edit later`, description: 'A realistic team to audit right away; replace it with yours in the file.' },
    ],
    default: 'team',
  });

  let text: string;
  if (start === 'example') {
    text = renderTemplate(template.text, { file: ctx.file, schemaRef: ctx.schemaRef, org });
  } else {
    const draft = await askTeam(ctx, org, template, base.org, base.classifier);
    text = renderDraft(template.text, draft, { file: ctx.file, schemaRef: ctx.schemaRef });
  }
  const { org: written } = await validateGenerated(ctx.file, text);

  print('');
  for (const line of summariseOrg(written)) print(line);
  print('');

  if (!overwrite && (await ctx.exists())) {
    overwrite = await prompter.confirm({ message: `${ctx.file} exists now. Replace it?`, default: false });
    if (!overwrite) return refused(ctx.file);
  }
  const write = await prompter.confirm({ message: `Write ${ctx.file}?`, default: true });
  if (!write) return { kind: 'cancelled', message: `Nothing written.` };
  return { kind: 'write', text, overwrite, org: written };
}

function refused(file: string): InitOutcome {
  return { kind: 'cancelled', message: `${file} already exists; nothing written. Name another file (rocks init other.yaml) or pass --force.` };
}

async function askTemplate(ctx: InitContext): Promise<InitTemplate> {
  const known = ctx.templates.find((t) => t.name === ctx.template);
  const name = await ctx.prompter.select<string>({
    message: 'What stage is it at? (picks a template with that stage\'s policy)',
    choices: ctx.templates.map((t) => ({ value: t.name, name: t.name, description: t.description })),
    default: known?.name ?? ctx.templates[0]!.name,
  });
  return ctx.templates.find((t) => t.name === name)!;
}

async function askTeam(ctx: InitContext, org: string, template: InitTemplate, base: Org, classifier: Classifier): Promise<Draft> {
  const { prompter, print } = ctx;
  const members: DraftMember[] = [];
  const defaultCapacity = String(templateCapacity(template));
  print('');
  print('Now the members, one by one. Their tasks come one per line; each shows the');
  print('discipline the rules chose, so you can correct it on the spot.');
  for (;;) {
    const n = members.length + 1;
    const name = (
      await prompter.input({
        message: n === 1 ? 'First member\'s name?' : `Member ${n}'s name? (empty line when done)`,
        validate: (value) => {
          if (value.trim() === '') return n === 1 ? 'at least one member, please' : true;
          const valid = memberName(value);
          if (valid !== true) return valid;
          return members.some((m) => m.name.toLowerCase() === value.trim().toLowerCase()) ? `${value.trim()} is already in the team` : true;
        },
      })
    ).trim();
    if (name === '') break;
    const role = (await prompter.input({ message: `${name}'s role? (optional)`, validate: (v) => (v.trim() === '' ? true : roleText(v)) })).trim();
    const capacity = Number(
      await prompter.input({
        message: `Hours per week ${name} works?`,
        default: defaultCapacity,
        validate: (v) => {
          const hours = Number(v.trim());
          return v.trim() !== '' && Number.isFinite(hours) && hours > 0 && hours <= 168 ? true : 'a number of hours above 0 and at most 168';
        },
      }),
    );
    const tasks = await askTasks(ctx, classifier, base.disciplines, `${name}'s`, role || undefined);
    members.push({ name, ...(role ? { role } : {}), capacity, tasks });
  }
  print('');
  print('Rocks nobody carries yet (an empty line when done).');
  const unassigned = await askTasks(ctx, classifier, base.disciplines, 'Unassigned', undefined);
  return { org, members, unassigned };
}

/** The template's `defaults.capacity`, or rocks' own default. */
function templateCapacity(template: InitTemplate): number {
  const data = parse(template.text) as { defaults?: { capacity?: unknown } } | null;
  const capacity = data?.defaults?.capacity;
  return typeof capacity === 'number' ? capacity : 40;
}

async function askTasks(ctx: InitContext, classifier: Classifier, disciplines: readonly Discipline[], owner: string, role: string | undefined): Promise<DraftTask[]> {
  const tasks: DraftTask[] = [];
  for (;;) {
    const title = (
      await ctx.prompter.input({
        message: `${owner} rock ${tasks.length + 1}? (empty line when done)`,
        validate: (v) => (v.trim() === '' ? true : taskTitle(v)),
      })
    ).trim();
    if (title === '') return tasks;
    const classification = classifier.classify({ text: title, ...(role ? { role } : {}) });
    const chosen = await ctx.prompter.select<string | null>({
      message: `Discipline of "${title}"`,
      choices: disciplineChoices(disciplines, classification.discipline, classification.confidence),
      default: classification.discipline,
    });
    if (chosen === classification.discipline) tasks.push({ title });
    else tasks.push({ title, ...(chosen ? { discipline: chosen } : {}), classifiedAs: classification.discipline });
  }
}

/** The rules' answer first (Enter keeps it), then every other discipline. */
export function disciplineChoices(disciplines: readonly Discipline[], classified: string | null, confidence: number): Choice<string | null>[] {
  const byId = new Map(disciplines.map((d) => [d.id, d]));
  const first: Choice<string | null> =
    classified === null
      ? { value: null, short: 'unclassified', name: 'unclassified: no rule matched (keep it, or pick a discipline)', description: 'The audit lists unclassified tasks; `rocks rules` shows what each discipline matches.' }
      : { value: classified, short: classified, name: `${classified}: ${byId.get(classified)?.name ?? classified} (the rules' choice, ${Math.round(confidence * 100)} %)`, description: 'Enter keeps it; arrows pick another discipline.' };
  const others = disciplines.filter((d) => d.id !== classified).map((d) => ({ value: d.id, short: d.id, name: `${d.id}: ${d.name}` }));
  return [first, ...others];
}

export type { Draft, DraftMember, DraftTask };
