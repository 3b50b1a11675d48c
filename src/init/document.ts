/**
 * The org file `rocks init` writes: the chosen stage template with its
 * documentation comments, defaults and policy, the example team swapped for
 * the user's answers. Pure: template text and answers in, YAML text out.
 */
import { Document, isMap, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { commentSafe, dropSection, joinTemplate, MODELINE_PREFIX, renderEntry, replaceSection, setModeline, splitTemplate, YAML_OPTIONS } from './template.js';

/** A task as answered: its title, and a discipline only when the user overrode the rules. */
export interface DraftTask {
  title: string;
  /** The discipline chosen by the user when it differs from the rules' answer. */
  discipline?: string;
  /** What the rules said, for a comment next to the correction. */
  classifiedAs?: string | null;
}

export interface DraftMember {
  name: string;
  role?: string;
  capacity?: number;
  tasks: DraftTask[];
}

export interface Draft {
  org: string;
  members: DraftMember[];
  unassigned: DraftTask[];
}

export interface RenderOptions {
  /** The `$schema=` reference of the modeline, relative to the written file. */
  schemaRef: string;
  /** The file name shown in the header's example commands. */
  file: string;
}

/** Example-specific sections of a template that a new team does not inherit. */
const EXAMPLE_ONLY = ['team', 'parent', 'waivers'] as const;

/** The org file for the user's answers, on the template's defaults and policy. */
export function renderDraft(template: string, draft: Draft, options: RenderOptions): string {
  let split = splitTemplate(template);
  split = replaceSection(split, 'org', renderEntry('org', draft.org), 'version');
  split = replaceSection(split, 'members', renderList('members', draft.members), 'defaults');
  split = replaceSection(split, 'unassigned', renderList('unassigned', draft.unassigned), 'members');
  for (const key of EXAMPLE_ONLY) split = dropSection(split, key);
  return joinTemplate({ header: header(options), sections: split.sections });
}

/** A template as it is, with its organisation's name and the modeline set (`rocks init --yes`). */
export function renderTemplate(template: string, options: RenderOptions & { org?: string }): string {
  let split = splitTemplate(template);
  if (options.org !== undefined) split = replaceSection(split, 'org', renderEntry('org', options.org), 'version');
  return setModeline(joinTemplate(split), options.schemaRef);
}

function header({ schemaRef, file }: RenderOptions): string {
  const name = commentSafe(shellQuote(file));
  const commands: [string, string][] = [
    [`rocks audit ${name}`, 'load, gaps, unicorn risk and suggested handoffs'],
    [`rocks audit ${name} --explain`, 'why each task got its discipline'],
    [`rocks check ${name}`, 'the same limits as a pass/fail for CI'],
  ];
  const width = Math.max(...commands.map(([c]) => c.length));
  return [
    `${MODELINE_PREFIX}${commentSafe(schemaRef)}`,
    '#',
    '# Written by `rocks init`. Edit it freely: the comments explain each section,',
    '# and your editor completes and checks it against the schema above.',
    '#',
    ...commands.map(([c, why]) => `#   ${c.padEnd(width)}   # ${why}`),
    '',
  ].join('\n');
}

/** A file name as a shell argument: bare when safe, single-quoted otherwise. */
export function shellQuote(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

type Plain = Record<string, unknown> | string;

function memberNode(m: DraftMember): Plain {
  return {
    name: m.name,
    ...(m.role ? { role: m.role } : {}),
    ...(m.capacity !== undefined ? { capacity: m.capacity } : {}),
    tasks: m.tasks.map(taskNode),
  };
}

function taskNode(t: DraftTask): Plain {
  return t.discipline ? { title: t.title, discipline: t.discipline } : t.title;
}

/**
 * `key:` and a block list, a blank line between members as in the templates,
 * and a comment on every discipline the user corrected.
 */
function renderList(key: 'members', items: readonly DraftMember[]): string;
function renderList(key: 'unassigned', items: readonly DraftTask[]): string;
function renderList(key: 'members' | 'unassigned', items: readonly (DraftMember | DraftTask)[]): string {
  if (items.length === 0) return renderEntry(key, []);
  const members = key === 'members' ? (items as readonly DraftMember[]) : undefined;
  const doc = new Document({ [key]: members ? members.map(memberNode) : (items as readonly DraftTask[]).map(taskNode) });
  const list = (doc.contents as YAMLMap).get(key) as YAMLSeq;
  list.items.forEach((node, i) => {
    if (members) {
      if (i > 0) (node as Node).spaceBefore = true;
      const tasks = isMap(node) ? node.get('tasks') : undefined;
      if (isSeq(tasks)) tasks.items.forEach((t, j) => commentCorrection(t, members[i]!.tasks[j]!));
    } else commentCorrection(node, items[i] as DraftTask);
  });
  return doc.toString(YAML_OPTIONS);
}

function commentCorrection(node: unknown, task: DraftTask): void {
  if (!isMap(node) || !task.discipline) return;
  const pair = node.items.find((p: Pair) => (p.key as Scalar).value === 'discipline');
  if (!pair) return;
  const said = task.classifiedAs ? `the rules said ${task.classifiedAs}` : 'no rule matched';
  (pair.value as Scalar).comment = commentSafe(` chosen in rocks init; ${said}`);
}
