/**
 * Property-based: arbitrary org objects through the whole pipeline, and
 * arbitrary text as an org file through the CLI.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { analyse } from '../../src/analyse/analyse.js';
import { loadOrg } from '../../src/input/load.js';
import { RAW_CONTROL, STACK_TRACE, runIn } from './harness.js';

const DISCIPLINES = ['product-management', 'product-marketing', 'product-design', 'engineering', 'sales', 'no-such-discipline'];
const TITLES = ['Write the PRD', 'Launch messaging', 'Usability test of checkout', 'Fix the login bug', 'Pricing review', 'Quarterly roadmap'];
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

const text = fc.oneof(fc.constantFrom(...TITLES, ...PROTOTYPE_NAMES), fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 12 }));
const hours = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 30 }) },
  { weight: 1, arbitrary: fc.double({ noDefaultInfinity: false }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 1e308, 'lots', null) },
);
const task = fc.oneof(
  text,
  fc.record(
    { title: text, effort: hours, discipline: fc.constantFrom(...DISCIPLINES), tags: fc.array(text, { maxLength: 2 }) },
    { requiredKeys: ['title'] },
  ),
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.array(text, { maxLength: 2 })) },
);
const member = fc.record(
  {
    name: fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.integer() }),
    capacity: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 60 }) }, { weight: 1, arbitrary: hours }),
    skills: fc.subarray(DISCIPLINES, { maxLength: 2 }),
    tasks: fc.array(task, { maxLength: 5 }),
  },
  { requiredKeys: ['name'] },
);
const orgObject = fc.record(
  {
    version: fc.oneof({ weight: 10, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.anything() }),
    org: text,
    members: fc.array(member, { maxLength: 5 }),
    unassigned: fc.array(task, { maxLength: 3 }),
    classification: fc.record({ weights: fc.dictionary(fc.constantFrom(...PROTOTYPE_NAMES, 'pm-prd', 'Bad Key'), fc.integer({ min: -5, max: 5 })) }),
    extra: fc.anything(),
  },
  { requiredKeys: ['version'] },
);

/** Orgs that are mostly valid, with hostile but allowed strings: they reach the analysis. */
const VALID_DISCIPLINES = DISCIPLINES.filter((d) => d !== 'no-such-discipline');
const title = fc.oneof(fc.constantFrom(...TITLES, ...PROTOTYPE_NAMES), fc.string({ minLength: 1, maxLength: 30 })).filter((t) => t.trim().length > 0);
const plausibleTask = fc.oneof(
  title,
  fc.record({ title, effort: fc.integer({ min: 0, max: 30 }), discipline: fc.constantFrom(...VALID_DISCIPLINES) }, { requiredKeys: ['title'] }),
);
const plausibleOrg = fc.record({
  version: fc.constant(1),
  org: title,
  members: fc.uniqueArray(
    fc.record(
      {
        name: title,
        capacity: fc.integer({ min: 1, max: 60 }),
        skills: fc.subarray(VALID_DISCIPLINES, { maxLength: 2 }),
        tasks: fc.array(plausibleTask, { maxLength: 6 }),
      },
      { requiredKeys: ['name'] },
    ),
    { maxLength: 6, selector: (m) => m.name.trim().toLowerCase() },
  ),
  unassigned: fc.array(plausibleTask, { maxLength: 3 }),
});

describe('arbitrary org objects through load and analyse', () => {
  it('never throw; valid ones keep loads and total effort through the handoff plan', async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(orgObject, plausibleOrg, plausibleOrg), async (object) => {
        const result = await loadOrg([{ file: 'p.yaml', text: stringify(object) }]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (!result.ok) {
          for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
          return;
        }
        valid++;
        const { org } = result;
        const audit = analyse(org);

        // Loads add up: each member's hours are its tasks', its load is hours over capacity.
        for (const m of audit.members) {
          const source = org.members.find((x) => x.name === m.name)!;
          expect(m.effort).toBeCloseTo(source.tasks.reduce((s, t) => s + t.effort, 0), 6);
          // Loads are shown as whole percents.
          expect(Math.abs(m.load - (m.effort / m.capacity) * 100)).toBeLessThanOrEqual(0.5 + 1e-9);
        }
        const memberTotal = org.members.reduce((s, m) => s + m.tasks.reduce((a, t) => a + t.effort, 0), 0);
        expect(Math.abs(audit.totals.effort - memberTotal)).toBeLessThanOrEqual(0.05 + 1e-9);

        // The plan conserves effort: moves between members keep it, moves to a role remove exactly theirs.
        const after = new Map(org.members.map((m) => [m.name, m.tasks.reduce((s, t) => s + t.effort, 0)]));
        let toRoles = 0;
        let fromGround = 0;
        for (const h of audit.handoffs) {
          if (h.from !== null) after.set(h.from, after.get(h.from)! - h.effort);
          else fromGround += h.effort;
          if (h.to !== null) after.set(h.to, after.get(h.to)! + h.effort);
          else toRoles += h.effort;
        }
        const ground = org.unassigned.reduce((s, t) => s + t.effort, 0);
        const afterMembers = [...after.values()].reduce((s, e) => s + e, 0);
        expect(afterMembers + toRoles + (ground - fromGround)).toBeCloseTo(memberTotal + ground, 6);
        for (const e of after.values()) expect(e).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 300 },
    );
    // The generator must reach the analysis, not only the validator.
    expect(valid).toBeGreaterThan(50);
  });
});

/** Text that looks enough like YAML to reach the parser's corners. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom('version: 1\n', 'members:\n', '  - name: ', 'tasks: [', ']', '{', '}', '- ', '? ', ': ', '&a ', '*a ', '!!set ', '!x ', '%YAML 1.1\n', '---\n', '...\n', '"', "'", '|\n', '>\n', '#', '\n', '  ', '\t', '\r\n', '\ufeff', '__proto__: ', ',', '<<: '),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('arbitrary text as an org file', () => {
  it('exits 0, 1 or 2, never with an internal error or a stack trace', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(yamlish, fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 100 })), async (input) => {
        const r = await runIn(['audit', '-'], { stdin: input });
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/internal error|this is a bug/);
        expect(r.stderr).not.toMatch(STACK_TRACE);
        expect(r.stderr).not.toMatch(RAW_CONTROL);
        if (r.code === 2) expect(r.stderr).toMatch(/^rocks: |^<stdin>:\d+:\d+: error: /);
      }),
      { numRuns: 300 },
    );
  });
});
