import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULTS_KEYS, FILE_KEYS, MEMBER_KEYS, POLICY_KEYS, TASK_KEYS, fastOrgFile, joinShape } from '../../src/input/fast-validate.js';
import { parseRest } from '../../src/input/validate-full.js';
import { memberSchema, orgFileSchema, policySchema, taskObjectSchema } from '../../src/input/schema.js';

// The top of the file (version, org, stage, defaults, policy...) is checked by
// hand too, so that a valid file never loads zod at start-up; it must agree
// with orgFileSchema exactly: the same output, or a decline when zod fails.

const textish = fc.constantFrom('', ' ', 'Acme', ' padded ', 'x'.repeat(200), 'x'.repeat(201), 'é ✓');
const numberish = fc.constantFrom(0, -0, -1, 0.5, 1, 2.5, 40, 100, 100.5, 101, 168, 168.1, 1000, 1001, Number.NaN, Number.POSITIVE_INFINITY);
const anyValue = fc.oneof(textish, numberish, fc.constant(null), fc.constant(true), fc.constant(false), fc.constant([]), fc.constant({}));
const idish = fc.constantFrom('sales', 'product-marketing', 'Sales', 'a--b', '');

const policyArb = fc.oneof(
  anyValue,
  fc.record(
    {
      maxLoad: fc.oneof(numberish, anyValue),
      maxDisciplines: fc.oneof(numberish, anyValue),
      required: fc.oneof(fc.array(idish, { maxLength: 3 }), anyValue),
      minOwners: numberish,
      maxUnicornScore: numberish,
      allowUnassigned: anyValue,
      allowUnclassified: fc.boolean(),
      requireHandoffContext: fc.boolean(),
      maxload: numberish,
    },
    { requiredKeys: [] },
  ),
);
const fileArb = fc.record(
  {
    $schema: fc.oneof(textish, anyValue),
    version: fc.oneof(fc.constantFrom(1, 2, '1'), anyValue),
    org: fc.oneof(textish, anyValue),
    stage: fc.oneof(fc.constantFrom('startup', 'scale-up', 'enterprise', 'Startup'), anyValue),
    team: textish,
    parent: fc.oneof(textish, anyValue),
    defaults: fc.oneof(anyValue, fc.record({ capacity: numberish, effort: numberish, efort: numberish }, { requiredKeys: [] })),
    policy: policyArb,
    members: fc.constantFrom([], [{ name: 'Ana', tasks: ['Write the PRD'] }]),
    disciplines: fc.constant([{ id: 'ops-x', name: 'Ops X' }]),
    waivers: fc.constant([]),
    extra: textish,
  },
  { requiredKeys: [] },
);

describe('fast validation of the top of the file', () => {
  it('names the keys the schema has, in order', () => {
    expect(Object.keys(memberSchema.shape)).toEqual(MEMBER_KEYS);
    expect(Object.keys(taskObjectSchema.shape)).toEqual(TASK_KEYS);
    expect(Object.keys(orgFileSchema.shape)).toEqual(FILE_KEYS);
    expect(Object.keys(orgFileSchema.shape.defaults.unwrap().shape)).toEqual(DEFAULTS_KEYS);
    expect(Object.keys(policySchema.shape)).toEqual(POLICY_KEYS);
  });

  it('gives the whole file as zod does, or declines', () => {
    fc.assert(
      fc.property(fileArb, (data) => {
        const fast = fastFile(data);
        const zod = orgFileSchema.safeParse(data);
        if (fast === undefined) expect(zod.success).toBe(false);
        else {
          expect(zod.success).toBe(true);
          expect(fast).toEqual(zod.data);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts the simple valid files by itself', () => {
    const data = { version: 1, org: ' Acme ', stage: 'startup', defaults: { capacity: 40 }, policy: { maxLoad: 110, required: ['sales'], allowUnassigned: false }, members: [] };
    expect(fastOrgFile(data)?.head).toBeDefined();
    expect(fastFile(data)).toEqual(orgFileSchema.parse(data));
  });
});

/** The fast path as checkShape takes it: the one-pass check, and zod for the rest of the file only when the check leaves it to zod. */
function fastFile(data: Record<string, unknown>) {
  const shape = fastOrgFile(data);
  if (!shape) return undefined;
  const head = shape.head ?? parseRest(shape.rest);
  return head && joinShape(head, shape);
}
