import { describe, expect, test } from 'vitest';
import { RULE_IDS } from '../../src/check/registry.js';
import { findingMessage, reasonMessage, riskMessage } from '../../src/format/messages.js';
import type { RiskChange } from '../../src/model/diff.js';
import type { Finding, FindingFacts, RuleId } from '../../src/model/finding.js';

const at = { severity: 'warning', target: 'x', file: 'team.yaml', line: 1, col: 1 } as const;
const finding = <R extends RuleId>(rule: R, facts: FindingFacts[R]): Finding => ({ ...at, rule, facts }) as Finding;

const becomesUnicorn: RiskChange = { kind: 'becomes-unicorn', worse: true, members: ['Priya'], scoreBefore: 1.5, scoreAfter: 5.54, maxUnicornScore: 4, disciplines: 5 };

/** One sentence per rule, word for word as the formats print it. */
const SENTENCES: [Finding, string][] = [
  [
    finding('load-over-limit', { member: 'Ada', effort: 44, capacity: 40, load: 110, maxLoad: 100 }),
    'Ada carries 44 h a week against a capacity of 40 h: 110% load, over the policy limit of 100%',
  ],
  [
    finding('too-many-disciplines', { member: 'Ada', disciplines: ['a', 'b', 'c', 'd', 'e', 'f'], maxDisciplines: 3 }),
    'Ada works in 6 disciplines (a, b, c, d and 2 more); the policy allows 3 per person',
  ],
  [
    finding('required-discipline-gap', { discipline: 'product-operations', name: 'Product Operations', role: 'Product Operations Specialist' }),
    'nobody owns product-operations (Product Operations), a required discipline: give its rocks to someone with room, or open a Product Operations Specialist role',
  ],
  [finding('required-discipline-thin', { discipline: 'sales', owners: ['Bo'], minOwners: 2 }), 'sales has 1 owner (Bo); the policy asks for at least 2'],
  [finding('required-discipline-thin', { discipline: 'sales', owners: ['Bo', 'Cy'], minOwners: 3 }), 'sales has 2 owners (Bo, Cy); the policy asks for at least 3'],
  [
    finding('unicorn-score', { member: 'Ada', score: 8.94, span: 4.91, load: 141, soleOwnerOf: ['sales'], maxUnicornScore: 6 }),
    'Ada is a unicorn risk: score 8.9 (4.9 effective disciplines at 141% load, sole owner of sales), over the policy limit of 6',
  ],
  [
    finding('unicorn-score', { member: 'Ada', score: 7, span: 3, load: 100, soleOwnerOf: [], maxUnicornScore: 6 }),
    'Ada is a unicorn risk: score 7.0 (3.0 effective disciplines at 100% load), over the policy limit of 6',
  ],
  [finding('unassigned-rock', { title: 'Pricing', allowed: true }), '"Pricing" is a rock nobody carries'],
  [finding('unassigned-rock', { title: 'Pricing', allowed: false }), '"Pricing" is a rock nobody carries; the policy does not allow unassigned rocks'],
  [finding('unclassified-task', { title: 'zzqx', owner: 'Ada' }), 'no discipline for "zzqx" (carried by Ada): give the task a discipline: or add a classification rule'],
  [finding('unclassified-task', { title: 'zzqx', owner: null }), 'no discipline for "zzqx" (unassigned): give the task a discipline: or add a classification rule'],
  [
    finding('handoff-without-context', { title: 'Pricing', from: null, to: 'Bo' }),
    '"Pricing" moved from the unassigned rocks to Bo without context: add a context:, handoff: or link: so the new owner can value it',
  ],
  [
    finding('last-owner-lost', { kind: 'last-owner-lost', worse: true, discipline: 'sales', required: true, members: ['Bo', 'Cy'] }),
    'sales loses its last owners: Bo, Cy carried it before, and it is required',
  ],
  [finding('becomes-unicorn', becomesUnicorn as FindingFacts['becomes-unicorn']), 'Priya becomes a unicorn: risk score 1.5 → 5.5 over 4, across 5 disciplines'],
  [
    finding('waiver-expired', { waiver: { rule: 'load-over-limit', target: 'Ada' }, expires: '2025-01-31' }),
    'the waiver for load-over-limit on "Ada" expired on 2025-01-31; its findings count again (renew it with a new date, or fix what it waived)',
  ],
  [
    finding('waiver-unused', { waiver: { rule: 'unicorn-score' }, knownRule: true, suggestion: null }),
    'the waiver for unicorn-score matches no finding; remove it, or fix its rule id or target',
  ],
  [
    finding('waiver-unused', { waiver: { rule: 'unicorn' }, knownRule: false, suggestion: 'unicorn-score' }),
    'the waiver for unicorn matches no finding; there is no rule "unicorn": did you mean "unicorn-score"?',
  ],
  [
    finding('waiver-unused', { waiver: { rule: 'zzz' }, knownRule: false, suggestion: null }),
    'the waiver for zzz matches no finding; there is no rule "zzz" (rocks check --list-rules shows them)',
  ],
];

describe('findingMessage', () => {
  test.each(SENTENCES.map(([f, sentence]) => [f.rule, f, sentence] as const))('%s', (_, f, sentence) => {
    expect(findingMessage(f)).toBe(sentence);
  });
  test('every rule has its sentence above', () => {
    expect([...new Set(SENTENCES.map(([f]) => f.rule))].sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('riskMessage', () => {
  test.each<[RiskChange, string]>([
    [{ kind: 'last-owner-lost', worse: true, discipline: 'design', required: false, members: ['Priya'] }, 'design loses its last owner: Priya carried it before'],
    [{ kind: 'first-owner-gained', worse: false, discipline: 'design', required: true, members: ['Bo', 'Cy'] }, 'design gains an owner: Bo, Cy'],
    [{ ...becomesUnicorn, scoreBefore: null } as RiskChange, 'Priya becomes a unicorn: risk score 5.5 over 4, across 5 disciplines'],
    [{ kind: 'no-longer-unicorn', worse: false, members: ['Priya'], scoreBefore: 5.5, scoreAfter: 1.46 }, 'Priya is no longer a unicorn risk: score 5.5 → 1.5'],
    [{ kind: 'becomes-overloaded', worse: true, members: ['Bo'], loadBefore: 90, loadAfter: 120, maxLoad: 110 }, 'Bo becomes overloaded: 90% → 120% load, over 110%'],
    [{ kind: 'becomes-overloaded', worse: true, members: ['Bo'], loadBefore: null, loadAfter: 120, maxLoad: 110 }, 'Bo becomes overloaded: 120% load, over 110%'],
    [{ kind: 'no-longer-overloaded', worse: false, members: ['Bo'], loadBefore: 120, loadAfter: 90 }, 'Bo is no longer overloaded: 120% → 90%'],
  ])('%o', (risk, sentence) => {
    expect(riskMessage(risk)).toBe(sentence);
  });
});

describe('reasonMessage', () => {
  test('says why the gate failed', () => {
    expect(reasonMessage({ kind: 'findings-at-or-above', count: 1, failOn: 'warning' })).toBe('1 finding at or above "warning"');
    expect(reasonMessage({ kind: 'findings-at-or-above', count: 3, failOn: 'error' })).toBe('3 findings at or above "error"');
    expect(reasonMessage({ kind: 'too-many-warnings', count: 1, maxWarnings: 0 })).toBe('1 warning, more than --max-warnings 0');
  });
});
