import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastMember, fastOrgFile, fastTask } from '../../src/input/fast-validate.js';
import { completeWithSchema } from '../../src/input/validate-full.js';
import { memberSchema, orgFileSchema, taskSchema } from '../../src/input/schema.js';

// The hand-written happy path must accept exactly what the zod schema accepts,
// and return what zod returns; anything else goes to zod.

const NO = (v: unknown) => typeof v === 'symbol';
const textish = fc.oneof(
  fc.constantFrom('', ' ', 'a', ' padded ', 'x'.repeat(200), 'x'.repeat(201), ` ${'y'.repeat(200)} `, 'z'.repeat(1000), 'z'.repeat(1001), 'PRD: v2', 'é ✓'),
  fc.string({ maxLength: 8 }),
);
const idish = fc.constantFrom('sales', 'product-marketing', 'Sales', 'a--b', 'x'.repeat(64), 'x'.repeat(65), 'a1', '1a', '');
const numberish = fc.constantFrom(0, -0, -1, 0.5, 40, 168, 168.1, 1e9, Number.NaN, Number.POSITIVE_INFINITY);
const anyValue = fc.oneof(textish, numberish, idish, fc.constant(null), fc.constant(true), fc.array(textish, { maxLength: 3 }));

const taskArb = fc.oneof(
  textish,
  numberish,
  fc.record(
    {
      title: fc.oneof(textish, anyValue),
      effort: fc.oneof(numberish, anyValue),
      discipline: fc.oneof(idish, anyValue),
      tags: fc.oneof(fc.array(textish, { maxLength: 3 }), fc.constant(Array.from({ length: 51 }, () => 't')), anyValue),
      context: fc.oneof(textish, anyValue),
      handoff: textish,
      link: textish,
      efort: textish,
    },
    { requiredKeys: [] },
  ),
);
const memberArb = fc.oneof(
  anyValue,
  fc.record(
    {
      name: fc.oneof(textish, anyValue),
      role: textish,
      team: fc.oneof(textish, anyValue),
      capacity: fc.oneof(numberish, anyValue),
      skills: fc.oneof(fc.array(idish, { maxLength: 3 }), anyValue),
      tasks: fc.oneof(fc.array(taskArb, { maxLength: 4 }), anyValue),
      constructor: textish,
    },
    { requiredKeys: [] },
  ),
);

function sameAsZod(fast: unknown, zod: { success: boolean; data?: unknown }): void {
  if (NO(fast)) expect(zod.success).toBe(false);
  else {
    expect(zod.success).toBe(true);
    expect(fast).toEqual(zod.data);
  }
}

describe('fast shape validation', () => {
  it('accepts a task exactly when zod does, with the same output', () => {
    fc.assert(fc.property(taskArb, (t) => sameAsZod(fastTask(t), taskSchema.safeParse(t))), { numRuns: 3000 });
  });

  it('accepts a member exactly when zod does, with the same output', () => {
    fc.assert(fc.property(memberArb, (m) => sameAsZod(fastMember(m), memberSchema.safeParse(m))), { numRuns: 3000 });
  });

  it('gives the whole file as zod does, or declines', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 3 }), fc.array(taskArb, { maxLength: 2 }), fc.constantFrom(1, 2), (members, unassigned, version) => {
        const data = { version, org: 'X', members, unassigned };
        const fast = fastFile(data);
        const zod = orgFileSchema.safeParse(data);
        if (fast === undefined) expect(zod.success).toBe(false);
        else expect(fast).toEqual(zod.data);
      }),
      { numRuns: 2000 },
    );
  });
});

/** The fast path as checkShape takes it: the one-pass check, and zod for the fields the check leaves to it. */
function fastFile(data: Record<string, unknown>) {
  const shape = fastOrgFile(data);
  if (!shape) return undefined;
  return shape.leftToZod.length === 0 ? shape.checked : completeWithSchema(data, shape);
}
