import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { evaluatePolicy } from '../../src/check/evaluate.js';
import { decideOutcome } from '../../src/check/outcome.js';
import { applyWaivers } from '../../src/check/waivers.js';
import { findingMessage, reasonMessage } from '../../src/format/messages.js';
import { type Finding } from '../../src/model/finding.js';
import type { Waiver } from '../../src/model/org.js';
import { orgFrom } from '../helpers.js';

/** A load-over-limit finding, or another rule's with the same facts: applyWaivers and decideOutcome read rule ids, never facts. */
const finding = (over: Partial<Omit<Finding, 'facts'>> = {}): Finding =>
  ({
    rule: 'load-over-limit',
    severity: 'error',
    facts: { member: 'Ada Byron', effort: 44, capacity: 40, load: 110, maxLoad: 100 },
    target: 'Ada Byron',
    file: 'team.yaml',
    line: 3,
    col: 5,
    ...over,
  }) as Finding;

const waiver = (over: Partial<Waiver> = {}): Waiver => ({
  rule: 'load-over-limit',
  target: 'ada byron',
  reason: 'launch month',
  expires: '2025-06-30',
  ref: { file: 'team.yaml', path: ['waivers', 0] },
  pos: { line: 20, col: 5 },
  ...over,
});

describe('applyWaivers', () => {
  test('matches by rule id and target, case-insensitive, and keeps the finding marked', () => {
    const [f, ...rest] = applyWaivers([finding()], [waiver()], '2025-06-01');
    expect(rest).toEqual([]);
    expect(f!.waived).toEqual({ reason: 'launch month', expires: '2025-06-30', file: 'team.yaml', line: 20, col: 5 });
  });
  test('a waiver without a target waives every finding of its rule', () => {
    const out = applyWaivers([finding(), finding({ target: 'Bo' }), finding({ rule: 'unicorn-score' })], [waiver({ target: undefined })], '2025-06-01');
    expect(out.filter((f) => f.waived).map((f) => f.target)).toEqual(['Ada Byron', 'Bo']);
  });
  test('the expiry day itself still waives; the day after it does not, and says so', () => {
    expect(applyWaivers([finding()], [waiver()], '2025-06-30')[0]!.waived).toBeDefined();
    const out = applyWaivers([finding()], [waiver()], '2025-07-01');
    expect(out[0]!.waived).toBeUndefined();
    expect(out[1]).toMatchObject({ rule: 'waiver-expired', severity: 'warning', line: 20, col: 5 });
    expect(findingMessage(out[1]!)).toBe(
      'the waiver for load-over-limit on "ada byron" expired on 2025-06-30; its findings count again (renew it with a new date, or fix what it waived)',
    );
  });
  test('a waiver that matches nothing is a warning at the waiver', () => {
    const out = applyWaivers([finding()], [waiver({ target: 'Nobody' })], '2025-06-01');
    expect(out[0]!.waived).toBeUndefined();
    expect(out[1]).toMatchObject({ rule: 'waiver-unused', severity: 'warning', target: 'load-over-limit:Nobody', line: 20 });
    expect(findingMessage(out[1]!)).toBe('the waiver for load-over-limit on "Nobody" matches no finding; remove it, or fix its rule id or target');
  });
  test('an unknown rule id gets a did-you-mean', () => {
    const out = applyWaivers([], [waiver({ rule: 'load-over-limits' })], '2025-06-01');
    expect(out[0]!.facts).toEqual({ waiver: { rule: 'load-over-limits', target: 'ada byron' }, knownRule: false, suggestion: 'load-over-limit' });
    expect(findingMessage(out[0]!)).toContain('there is no rule "load-over-limits": did you mean "load-over-limit"?');
  });
});

describe('decideOutcome', () => {
  const findings = [finding({ severity: 'warning' }), finding({ severity: 'warning', target: 'Bo' }), finding({ severity: 'info' })];
  test('fails on findings at or above --fail-on', () => {
    expect(decideOutcome(findings, { failOn: 'error' }).failed).toBe(false);
    expect(decideOutcome(findings, { failOn: 'warning' }).failed).toBe(true);
    expect(decideOutcome([finding({ severity: 'info' })], { failOn: 'warning' }).failed).toBe(false);
    expect(decideOutcome([finding({ severity: 'info' })], { failOn: 'info' }).failed).toBe(true);
  });
  test('fails on more warnings than --max-warnings', () => {
    expect(decideOutcome(findings, { failOn: 'error', maxWarnings: 2 }).failed).toBe(false);
    const out = decideOutcome(findings, { failOn: 'error', maxWarnings: 1 });
    expect(out.failed).toBe(true);
    expect(out.reasons).toEqual([{ kind: 'too-many-warnings', count: 2, maxWarnings: 1 }]);
    expect(out.reasons.map(reasonMessage)).toEqual(['2 warnings, more than --max-warnings 1']);
  });
  test('waived findings never count', () => {
    const waived = finding({ waived: { reason: 'r', expires: '2099-01-01', file: 'f', line: 1, col: 1 } });
    const out = decideOutcome([waived], { failOn: 'info', maxWarnings: 0 });
    expect(out).toEqual({ failed: false, reasons: [], counts: { error: 0, warning: 0, info: 0, waived: 1 } });
  });
});

test('waivers from the org file, end to end through evaluatePolicy', async () => {
  const org = await orgFrom(`version: 1
stage: scale-up
policy: { maxLoad: 100, required: [product-management] }
members:
  - name: Ada Byron
    tasks:
      - { title: PRD, effort: 50, discipline: product-management }
waivers:
  - { rule: load-over-limit, target: ADA BYRON, reason: Launch month., expires: 2025-12-31 }
  - { rule: too-many-disciplines, reason: Old., expires: 2020-01-31 }
`);
  const findings = evaluatePolicy(org, analyse(org), { today: '2025-06-01' });
  expect(findings.map((f) => `${f.rule}${f.waived ? ' (waived)' : ''}@${f.line}`)).toEqual(['waiver-expired@10', 'load-over-limit (waived)@5']);
  expect(decideOutcome(findings, { failOn: 'error' }).failed).toBe(false);
});
