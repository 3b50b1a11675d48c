import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { diffOrgs, matchTasks, normaliseTitle, titleSimilarity } from '../../src/diff/diff.js';
import { evaluatePolicy } from '../../src/check/evaluate.js';
import { riskMessage } from '../../src/format/messages.js';
import type { Org } from '../../src/model/org.js';
import { orgFrom } from '../helpers.js';

const fixture = async (name: string): Promise<Org> => await orgFrom(readFileSync(new URL(`../fixtures/check/diff/${name}`, import.meta.url), 'utf8'), name);

async function org(members: Record<string, string[]>, unassigned: string[] = []): Promise<Org> {
  const lines = ['version: 1', 'stage: scale-up', 'members:'];
  for (const [name, tasks] of Object.entries(members)) {
    lines.push(`  - name: ${name}`, '    tasks:');
    for (const t of tasks) lines.push(`      - ${JSON.stringify(t)}`);
  }
  if (unassigned.length) lines.push('unassigned:', ...unassigned.map((t) => `  - ${JSON.stringify(t)}`));
  return await orgFrom(lines.filter((l) => l !== '').join('\n').replace(/tasks:\n(?!\s+-)/g, 'tasks: []\n'));
}

describe('title matching', () => {
  test('normalisation ignores case, punctuation, quotes and spacing', () => {
    expect(normaliseTitle('  Q3 Roadmap — "what makes the cut?" ')).toBe('q3 roadmap what makes the cut');
  });
  test('similarity is the Dice coefficient over word sets, plurals folded', () => {
    expect(titleSimilarity('Launch messaging for the retail channel', 'Launch messaging for retail channel partners')).toBeCloseTo(10 / 12);
    expect(titleSimilarity('Usability tests', 'usability test')).toBe(1);
    expect(titleSimilarity('Write the PRD', 'Close the pilot')).toBeLessThan(0.6);
  });
  test('exact first, then normalised, then similar; one-to-one', async () => {
    const before = await (await org({ A: ['Write the PRD', 'Pricing review', 'Launch messaging for the retail channel'] })).members[0]!.tasks;
    const after = await (await org({ B: ['pricing REVIEW!', 'Write the PRD', 'Launch messaging for retail channel partners', 'Something new'] })).members[0]!.tasks;
    const { pairs, added, dropped } = matchTasks(before, after);
    expect(pairs.map((p) => `${p.kind}:${p.before.title}→${p.after.title}`)).toEqual([
      'exact:Write the PRD→Write the PRD',
      'normalised:Pricing review→pricing REVIEW!',
      'similar:Launch messaging for the retail channel→Launch messaging for retail channel partners',
    ]);
    expect(added.map((t) => t.title)).toEqual(['Something new']);
    expect(dropped).toEqual([]);
  });
  test('two rocks with one title match their own owners first', async () => {
    const before = await org({ A: ['Standup'], B: ['Standup'] });
    const after = await org({ B: ['Standup'], A: ['Standup'] });
    expect(diffOrgs(before, after).moved).toEqual([]);
  });
  test('the best similar pair wins, and a shared discipline breaks ties', async () => {
    const before = await (await org({ A: ['Draft the pricing page copy'] })).members[0]!.tasks;
    const after = await (await org({ B: ['Draft the pricing page', 'Draft the pricing page copy v2'] })).members[0]!.tasks;
    const { pairs } = matchTasks(before, after);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.after.title).toBe('Draft the pricing page copy v2');
  });
  test('unrelated titles stay apart: one dropped, one added', async () => {
    const d = diffOrgs(await org({ A: ['Write the PRD'] }), await org({ A: ['Close the Home Depot pilot'] }));
    expect(d.dropped.map((r) => r.title)).toEqual(['Write the PRD']);
    expect(d.added.map((r) => r.title)).toEqual(['Close the Home Depot pilot']);
  });
});

describe('diffOrgs on the fixture ("give me back my rocks")', async () => {
  const before = await fixture('before.yaml');
  const after = await fixture('after.yaml');
  const d = diffOrgs(before, after);

  test('moved rocks, from whom to whom, with context or not', () => {
    expect(d.moved.map((m) => `${m.title} | ${m.from ?? '-'} → ${m.to} | ${m.hasContext ? 'context' : 'none'} | ${m.match}`)).toEqual([
      'Launch messaging for retail channel partners | Priya → Marcus | context | similar',
      'KPI dashboard for activation | - → Marcus | none | exact',
      'Pricing for the annual plan | Priya → Tomás | none | exact',
    ]);
    expect(d.moved[0]!.previousTitle).toBe('Launch messaging for the retail channel');
  });
  test('added and dropped', () => {
    expect(d.added.map((r) => r.title)).toEqual(['On-call for the device cloud']);
    expect(d.dropped).toMatchObject([{ title: 'Usability test of the calibration flow', owner: 'Priya', file: 'before.yaml' }]);
  });
  test('loads before and after', () => {
    expect(d.loads.find((l) => l.name === 'Priya')).toEqual({ name: 'Priya', before: 73, after: 35, rocksBefore: 5, rocksAfter: 2 });
    expect(d.loads.find((l) => l.name === 'Marcus')).toMatchObject({ before: 20, after: 45 });
  });
  test('risk changes: a discipline loses its last owner, a unicorn is relieved', () => {
    expect(d.risks.map((r) => r.kind)).toEqual(['last-owner-lost', 'first-owner-gained', 'no-longer-unicorn']);
    expect(riskMessage(d.risks[0]!)).toBe('product-design loses its last owner: Priya carried it before');
  });
  test('the reverse change makes Priya a unicorn again', () => {
    const back = diffOrgs(after, before);
    const unicorn = back.risks.find((r) => r.kind === 'becomes-unicorn');
    expect(unicorn).toMatchObject({ members: ['Priya'], scoreBefore: 1.5, scoreAfter: 5.5 });
    expect(riskMessage(unicorn!)).toMatch(/^Priya becomes a unicorn: risk score 1\.5 → 5\.5/);
  });
  test('as findings: moved without context is a warning at the task in the new file', () => {
    const findings = evaluatePolicy(after, analyse(after), { today: '2025-06-01', diff: d });
    const handoffs = findings.filter((f) => f.rule === 'handoff-without-context');
    expect(handoffs.map((f) => `${f.severity} ${f.target} ${f.file}:${f.line}:${f.col}`)).toEqual([
      'warning KPI dashboard for activation after.yaml:18:9',
      'warning Pricing for the annual plan after.yaml:22:9',
    ]);
    expect(findings.find((f) => f.rule === 'last-owner-lost')).toMatchObject({ severity: 'info', target: 'product-design' });
  });
  test('requireHandoffContext: false silences the handoff rule', () => {
    const relaxed = { ...after, policy: { ...after.policy, requireHandoffContext: false } };
    expect(evaluatePolicy(relaxed, analyse(relaxed), { today: '2025-06-01', diff: d }).some((f) => f.rule === 'handoff-without-context')).toBe(false);
  });
});
