import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { orgFrom } from '../helpers.js';
import { analyse as referenceAnalyse } from './reference-analyse.js';

// The indexed handoff planner, the bit-set truck factor and the block scan for
// deliverables must give exactly what the quadratic originals gave.

const DISCIPLINES = ['product-management', 'product-marketing', 'product-design', 'engineering', 'sales', 'product-strategy'];
// Collation ties on purpose: "é" precomposed and decomposed compare equal.
const NAMES = ['Ana', 'bo', 'Cy', 'Dee', 'Émile', 'E\u0301mile x', 'zoë', 'Zoe', 'Ünal', 'al', 'Al 2', 'Maya', 'Noor', 'Ola', 'Pia', 'Quin'];
const EFFORTS = [0, 0.1, 0.2, 0.3, 1, 2.5, 4, 7, 12, 20, 33.3];
const CAPACITIES = [10, 20, 32, 40, 7.5, 33.3];

const taskArb = fc.record({ discipline: fc.constantFrom(...DISCIPLINES), effort: fc.constantFrom(...EFFORTS), title: fc.constantFrom('Launch plan', 'PRD', 'Roadmap', 'Battlecard review', 'misc', 'Competitive analysis') });

const orgText = fc
  .record({
    stage: fc.constantFrom('startup', 'scale-up', 'enterprise'),
    members: fc.uniqueArray(
      fc.record({
        name: fc.constantFrom(...NAMES),
        capacity: fc.constantFrom(...CAPACITIES),
        skills: fc.subarray(DISCIPLINES, { maxLength: 3 }),
        tasks: fc.array(taskArb, { maxLength: 6 }),
      }),
      { minLength: 1, maxLength: 14, selector: (m) => m.name },
    ),
    unassigned: fc.array(taskArb, { maxLength: 4 }),
    required: fc.option(fc.subarray(DISCIPLINES, { minLength: 1 }), { nil: undefined }),
  })
  .map(({ stage, members, unassigned, required }) => {
    const lines = ['version: 1', 'org: Test', `stage: ${stage}`];
    if (required) lines.push(`policy:`, `  required: [${required.join(', ')}]`);
    lines.push('members:');
    for (const m of members) {
      lines.push(`  - name: ${JSON.stringify(m.name)}`, `    capacity: ${m.capacity}`, `    skills: [${m.skills.join(', ')}]`, '    tasks:');
      m.tasks.forEach((t, i) => lines.push(`      - { title: "${t.title} ${i}", discipline: ${t.discipline}, effort: ${t.effort} }`));
      if (m.tasks.length === 0) lines[lines.length - 1] = '    tasks: []';
    }
    if (unassigned.length) {
      lines.push('unassigned:');
      unassigned.forEach((t, i) => lines.push(`  - { title: "${t.title} u${i}", discipline: ${t.discipline}, effort: ${t.effort} }`));
    }
    return `${lines.join('\n')}\n`;
  });

describe('analyse at scale gives what the quadratic original gave', () => {
  it('on random orgs with fractional hours, shared capacities and collation ties', async () => {
    await fc.assert(
      fc.asyncProperty(orgText, async (text) => {
        const org = await orgFrom(text);
        expect(analyse(org)).toEqual(referenceAnalyse(org));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  it('when trying a receiver leaves their hours a float apart (7.5 + 7 − 7)', async () => {
    const org = await orgFrom(`version: 1
stage: enterprise
members:
  - name: Ana
    capacity: 10
    tasks:
      - { title: "Launch plan 0", discipline: product-management, effort: 33.3 }
      - { title: "Launch plan 1", discipline: product-strategy, effort: 7 }
      - { title: "Launch plan 2", discipline: product-strategy, effort: 0.1 }
  - name: bo
    capacity: 33.3
    tasks:
      - { title: "Launch plan 0", discipline: product-management, effort: 7 }
      - { title: "Launch plan 1", discipline: product-marketing, effort: 0.3 }
      - { title: "Launch plan 2", discipline: sales, effort: 0.1 }
      - { title: "Launch plan 3", discipline: product-strategy, effort: 0.1 }
`);
    expect(analyse(org)).toEqual(referenceAnalyse(org));
    expect(analyse(org).handoffs[0]).toMatchObject({ task: 'Launch plan 2', to: 'bo' });
  });

  it('on the examples', async () => {
    const { readFileSync } = await import('node:fs');
    for (const file of ['examples/startup.yaml', 'examples/scale-up.yaml', 'examples/enterprise.yaml']) {
      const org = await orgFrom(readFileSync(file, 'utf8'), file);
      expect(analyse(org)).toEqual(referenceAnalyse(org));
    }
  });
});
