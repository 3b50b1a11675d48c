import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadTemplates } from '../../src/cli/templates.js';
import { loadOrg } from '../../src/input/load.js';
import { runQuestionnaire, type InitContext, type InitTemplate } from '../../src/init/questionnaire.js';
import { ctrlC, ENTER, ScriptedPrompter, type Answer } from './scripted.js';

let templates: InitTemplate[];
beforeAll(async () => {
  templates = await loadTemplates();
});

function context(script: [string | RegExp, Answer][], overrides: Partial<InitContext> & { existing?: boolean } = {}) {
  const prompter = new ScriptedPrompter(script);
  const printed: string[] = [];
  let existsChecks = 0;
  const ctx: InitContext = {
    prompter,
    print: (line) => printed.push(line),
    templates,
    file: 'team.yaml',
    exists: async () => {
      existsChecks++;
      return overrides.existing ?? false;
    },
    schemaRef: './node_modules/rocks/schema/rocks.schema.json',
    force: false,
    ...overrides,
  };
  return { ctx, prompter, printed, existsChecks: () => existsChecks };
}

/** The answers up to the first member, for a team entered by hand. */
const opening = (org = 'Acme', stage = 'startup'): [string | RegExp, Answer][] => [
  ['organisation called', org],
  ['What stage', stage],
  ['Start with', 'team'],
];

const member = (name: string, role: string, hours: string, tasks: [string, Answer][]): [string | RegExp, Answer][] => [
  [/name\?/, name],
  [`${name}'s role`, role],
  [`Hours per week ${name}`, hours],
  ...tasks.flatMap(([title, discipline]): [string | RegExp, Answer][] => [
    [`${name}'s rock`, title],
    [`Discipline of "${title}"`, discipline],
  ]),
  [`${name}'s rock`, ''],
];

const closing = (unassigned: [string, Answer][] = [], write: Answer = true): [string | RegExp, Answer][] => [
  [/Member \d+'s name/, ''],
  ...unassigned.flatMap(([title, discipline]): [string | RegExp, Answer][] => [
    ['Unassigned rock', title],
    [`Discipline of "${title}"`, discipline],
  ]),
  ['Unassigned rock', ''],
  ['Write team.yaml?', write],
];

async function loaded(text: string) {
  const result = await loadOrg([{ file: 'team.yaml', text }]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`).join('\n'));
  return result.org;
}

describe('rocks init questionnaire', () => {
  it('writes a valid, commented org file from the answers (happy path)', async () => {
    const { ctx, prompter, printed } = context([
      ...opening('Acme Robotics'),
      ...member('Jordan Lee', 'Head of Product', '45', [
        ['PRD for the onboarding redesign', ENTER],
        ['Wireframes for the team invite flow', ENTER],
      ]),
      ...member('Alex Novak', '', ENTER, [['Fix flaky payments webhook handling', ENTER]]),
      ...closing([['Pricing for the paid plan', ENTER]]),
    ]);
    const outcome = await runQuestionnaire(ctx);
    expect(prompter.remaining).toBe(0);
    expect(outcome.kind).toBe('write');
    if (outcome.kind !== 'write') return;
    expect(outcome.overwrite).toBe(false);

    const text = outcome.text;
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/rocks/schema/rocks.schema.json');
    const org = await loaded(text);
    expect(org.name).toBe('Acme Robotics');
    expect(org.stage).toBe('startup');
    expect(org.members.map((m) => [m.name, m.role, m.capacity, m.tasks.map((t) => t.title)])).toEqual([
      ['Jordan Lee', 'Head of Product', 45, ['PRD for the onboarding redesign', 'Wireframes for the team invite flow']],
      ['Alex Novak', undefined, 40, ['Fix flaky payments webhook handling']],
    ]);
    expect(org.unassigned.map((t) => t.title)).toEqual(['Pricing for the paid plan']);
    // Accepted classifications stay plain strings: the rules decide them.
    expect(parse(text).members[0].tasks).toEqual(['PRD for the onboarding redesign', 'Wireframes for the team invite flow']);

    // The template's documentation, defaults and policy survive; its example team does not.
    expect(text).toContain('# The people and the rocks (tasks) they carry.');
    expect(text).toContain('policy:\n  maxLoad: 125');
    expect(text).toContain('# Rocks nobody carries yet.');
    expect(text).not.toContain('Sam Rivera');
    expect(text).not.toContain('Acme\n');

    // The user saw the summary before being asked to write.
    expect(printed.join('\n')).toMatch(/Acme Robotics \(startup\): 2 members, 4 rocks \(1 nobody carries\)/);
    expect(printed.join('\n')).toMatch(/First findings/);
  });

  it('shows the discipline each task was classified into and keeps a correction', async () => {
    let offered: unknown;
    const { ctx, prompter } = context([
      ...opening(),
      ...member('Maya', 'Customer Success', '30', [
        ['PRD for the onboarding redesign', (asked) => {
          offered = asked.default;
          expect(asked.choices?.[0]).toBe(asked.default); // the rules' choice comes first: Enter keeps it
          return asked.default === 'customer-support' ? 'sales' : 'customer-support';
        }],
      ]),
      ...closing(),
    ]);
    const outcome = await runQuestionnaire(ctx);
    expect(prompter.remaining).toBe(0);
    if (outcome.kind !== 'write') throw new Error('expected a file');
    const corrected = offered === 'customer-support' ? 'sales' : 'customer-support';
    expect(offered).not.toBeUndefined();
    const task = await (await loaded(outcome.text)).members[0]!.tasks[0]!;
    expect(task.discipline).toBe(corrected);
    expect(task.classification.source).toBe('explicit');
    expect(outcome.text).toContain(`discipline: ${corrected} # chosen in rocks init;`);
  });

  it('asks before replacing an existing file, and stops when refused', async () => {
    const { ctx, prompter } = context([['team.yaml already exists', ENTER]], { existing: true });
    const outcome = await runQuestionnaire(ctx);
    expect(prompter.asked[0]).toMatchObject({ kind: 'confirm', default: false });
    expect(outcome).toMatchObject({ kind: 'cancelled', message: expect.stringContaining('--force') });
    expect(prompter.remaining).toBe(0);
  });

  it('replaces an existing file when the user confirms, or without asking with --force', async () => {
    const example: [string | RegExp, Answer][] = [...opening(), ['Start with', 'example'], ['Write team.yaml?', true]];
    example.splice(2, 1);
    const confirmed = context([['team.yaml already exists', true], ...example], { existing: true });
    expect(await runQuestionnaire(confirmed.ctx)).toMatchObject({ kind: 'write', overwrite: true });
    const forced = context(example, { existing: true, force: true });
    expect(await runQuestionnaire(forced.ctx)).toMatchObject({ kind: 'write', overwrite: true });
    expect(forced.prompter.asked.some((q) => q.message.includes('already exists'))).toBe(false);
  });

  it('lets Ctrl-C through at any prompt, with nothing to write', async () => {
    const { ctx } = context([...opening(), [/name\?/, 'Jordan'], ["Jordan's role", ctrlC()]]);
    await expect(runQuestionnaire(ctx)).rejects.toMatchObject({ name: 'ExitPromptError' });
    const atTheEnd = context([...opening(), ...member('Jordan', '', ENTER, []), [/Member \d+'s name/, ''], ['Unassigned rock', ''], ['Write team.yaml?', ctrlC()]]);
    await expect(runQuestionnaire(atTheEnd.ctx)).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('writes nothing when the user declines at the end', async () => {
    const { ctx } = context([...opening(), ...member('Jordan', '', ENTER, []), ...closing([], false)]);
    expect(await runQuestionnaire(ctx)).toMatchObject({ kind: 'cancelled', message: 'Nothing written.' });
  });

  it('starts from a template\'s example team instead', async () => {
    const { ctx, printed } = context([['organisation called', 'Initech'], ['What stage', 'scale-up'], ['Start with', 'example'], ['Write team.yaml?', ENTER]]);
    const outcome = await runQuestionnaire(ctx);
    if (outcome.kind !== 'write') throw new Error('expected a file');
    const org = await loaded(outcome.text);
    expect(org.name).toBe('Initech');
    expect(org.stage).toBe('scale-up');
    const template = templates.find((t) => t.name === 'scale-up')!;
    expect(org.members.length).toBe((parse(template.text) as { members: unknown[] }).members.length);
    expect(printed.join('\n')).toContain('Initech (scale-up)');
  });

  it('takes --template and --org as the defaults of their questions', async () => {
    const { ctx, prompter } = context([['organisation called', ENTER], ['What stage', ENTER], ['Start with', 'example'], ['Write', true]], { org: 'Globex', template: 'enterprise' });
    const outcome = await runQuestionnaire(ctx);
    expect(prompter.asked[0]).toMatchObject({ default: 'Globex' });
    expect(prompter.asked[1]).toMatchObject({ default: 'enterprise' });
    if (outcome.kind !== 'write') throw new Error('expected a file');
    expect(await loaded(outcome.text)).toMatchObject({ name: 'Globex', stage: 'enterprise' });
  });

  it('drops the enterprise example\'s team and parent from a team entered by hand', async () => {
    const { ctx } = context([...opening('Umbrella', 'enterprise'), ...member('Ann', 'PM', ENTER, [['Roadmap for next year', ENTER]]), ...closing()]);
    const outcome = await runQuestionnaire(ctx);
    if (outcome.kind !== 'write') throw new Error('expected a file');
    const data = parse(outcome.text) as Record<string, unknown>;
    expect(data.team).toBeUndefined();
    expect(data.parent).toBeUndefined();
    expect(await (await loaded(outcome.text)).policy.maxLoad).toBe(100);
  });

  it('rejects answers the org file would reject, with the schema\'s words', async () => {
    const { ctx, prompter } = context([['organisation called', 'x'.repeat(201)]]);
    await expect(runQuestionnaire(ctx)).rejects.toThrow(/at most 200 characters/);
    expect(prompter.asked).toHaveLength(1);
    const empty = context([...opening(), [/First member/, '   ']]);
    await expect(runQuestionnaire(empty.ctx)).rejects.toThrow(/at least one member/);
    const twice = context([...opening(), ...member('Ann', '', ENTER, []), [/Member 2/, 'ann']]);
    await expect(runQuestionnaire(twice.ctx)).rejects.toThrow(/already in the team/);
    const hours = context([...opening(), [/name\?/, 'Ann'], ["Ann's role", ''], ['Hours per week', '200']]);
    await expect(runQuestionnaire(hours.ctx)).rejects.toThrow(/at most 168/);
  });

  it('keeps names and titles with YAML syntax in them intact', async () => {
    const tricky = ['Ops: #1 "lead"', "O'Brien - the #2", '- [x] {y}: z'];
    const { ctx } = context([
      ...opening('Acme: the #1 company'),
      ...member(tricky[0]!, 'VP: Product # roadmap', ENTER, [[tricky[2]!, ENTER]]),
      ...member(tricky[1]!, '', ENTER, [['&anchor *alias !tag %x @y `z`', ENTER]]),
      ...closing([['? key: value', ENTER]]),
    ]);
    const outcome = await runQuestionnaire(ctx);
    if (outcome.kind !== 'write') throw new Error('expected a file');
    const org = await loaded(outcome.text);
    expect(org.name).toBe('Acme: the #1 company');
    expect(org.members.map((m) => m.name)).toEqual([tricky[0], tricky[1]]);
    expect(org.members[0]!.role).toBe('VP: Product # roadmap');
    expect(org.members.flatMap((m) => m.tasks.map((t) => t.title))).toEqual([tricky[2], '&anchor *alias !tag %x @y `z`']);
    expect(org.unassigned[0]!.title).toBe('? key: value');
  });
});
