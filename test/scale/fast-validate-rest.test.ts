import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastOrgFile } from '../../src/input/fast-validate.js';
import { completeWithSchema } from '../../src/input/validate-full.js';
import { orgFileSchema } from '../../src/input/schema.js';

// The top of the file (version, org, stage, defaults, policy, disciplines,
// waivers...) is checked in the one pass too, so that a valid file never loads
// zod at start-up; it must agree with orgFileSchema exactly: the same output,
// or a decline when zod fails. Only classification (its weights map) is left to zod.

const textish = fc.constantFrom('', ' ', 'Acme', ' padded ', 'x'.repeat(200), 'x'.repeat(201), 'é ✓');
const numberish = fc.constantFrom(0, -0, -1, 0.5, 1, 2.5, 40, 100, 100.5, 101, 168, 168.1, 1000, 1001, Number.NaN, Number.POSITIVE_INFINITY);
const anyValue = fc.oneof(textish, numberish, fc.constant(null), fc.constant(true), fc.constant(false), fc.constant([]), fc.constant({}));
const idish = fc.constantFrom('sales', 'product-marketing', 'Sales', 'a--b', '');

/** Mostly a valid value, now and then a doubtful one: many generated files are valid, and each part also fails alone. */
const mostly = <T>(valid: fc.Arbitrary<T>, doubtful: fc.Arbitrary<unknown> = anyValue) =>
  fc.oneof({ arbitrary: valid, weight: 15 }, { arbitrary: doubtful, weight: 1 });
const text = mostly(fc.constantFrom('Acme', ' padded ', 'x'.repeat(200), 'é ✓'), textish);
const id = mostly(fc.constantFrom('sales', 'product-marketing', 'sre2'), idish);
const number = (...valid: number[]) => mostly(fc.constantFrom(...valid), numberish);
const bool = mostly(fc.boolean());
const date = mostly(fc.constantFrom('2030-01-31', '1999-12-01'), fc.constantFrom('2030-1-31', ' 2030-01-31', '20300131', 'soon'));
/** A mapping with its optional keys each there or not, and now and then a misspelt one. */
const mapping = (required: Record<string, fc.Arbitrary<unknown>>, optional: Record<string, fc.Arbitrary<unknown>>, typo: string) =>
  mostly(
    fc
      .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }), fc.oneof({ arbitrary: fc.constant(null), weight: 20 }, { arbitrary: text, weight: 1 }))
      .map(([r, o, t]) => (t === null ? { ...r, ...o } : { ...r, ...o, [typo]: t })),
  );
const listOf = (item: fc.Arbitrary<unknown>, maxLength = 3) => mostly(fc.array(item, { maxLength }));

const policyArb = mapping(
  {},
  {
    maxLoad: number(1, 110, 1000),
    maxDisciplines: number(1, 3, 100),
    required: listOf(id),
    minOwners: number(1, 2),
    maxUnicornScore: number(0.5, 3, 100),
    allowUnassigned: bool,
    allowUnclassified: bool,
    requireHandoffContext: bool,
  },
  'maxload',
);
const disciplineArb = mapping({ id, name: text }, { role: text, required: bool }, 'roles');
const waiverArb = mapping({ rule: id, reason: text, expires: date }, { target: text }, 'until');
const classificationArb = mapping(
  {},
  {
    threshold: number(0, 0.5, 1),
    rules: listOf(mapping({ id, discipline: id, match: mostly(fc.array(text, { minLength: 1, maxLength: 2 })) }, { weight: number(-100, 2.5, 100), description: text }, 'wieght')),
    disable: listOf(id),
    weights: mostly(fc.dictionary(fc.constantFrom('pmm-launch', 'sales', 'Sales', ''), number(-100, 3, 100), { maxKeys: 2 })),
  },
  'weight',
);
const fileArb = mapping(
  { version: mostly(fc.constant(1), fc.constantFrom(2, '1', null)) },
  {
    $schema: mostly(fc.constantFrom('./rocks.schema.json', ' x ', '')),
    org: text,
    stage: mostly(fc.constantFrom('startup', 'scale-up', 'enterprise'), fc.constantFrom('Startup', '')),
    team: text,
    parent: text,
    defaults: mapping({}, { capacity: number(0.5, 40, 168), effort: number(0, 4, 168) }, 'efort'),
    policy: policyArb,
    members: fc.constantFrom([], [{ name: 'Ana', tasks: ['Write the PRD'] }]),
    disciplines: fc.oneof({ arbitrary: listOf(disciplineArb), weight: 15 }, { arbitrary: fc.constant(Array.from({ length: 101 }, (_, i) => ({ id: `d${i}`, name: 'D' }))), weight: 1 }),
    classification: classificationArb,
    waivers: listOf(waiverArb),
  },
  'extra',
).filter((file): file is Record<string, unknown> => file !== null && typeof file === 'object' && !Array.isArray(file));

describe('fast validation of the top of the file', () => {
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
      { numRuns: 10000 },
    );
  });

  it('accepts valid files without classification by itself', () => {
    const data = {
      version: 1,
      org: ' Acme ',
      stage: 'startup',
      defaults: { capacity: 40 },
      policy: { maxLoad: 110, required: ['sales'], allowUnassigned: false },
      members: [],
      disciplines: [{ id: 'ops-x', name: ' Ops X ' }],
      waivers: [{ rule: 'overload', reason: 'Launch month', expires: '2030-01-31' }],
    };
    expect(fastOrgFile(data)?.leftToZod).toEqual([]);
    expect(fastFile(data)).toEqual(orgFileSchema.parse(data));
  });

  it('leaves classification to zod, and keeps the file in declaration order', () => {
    const data = { classification: { weights: { 'pmm-launch': 3 } }, members: [{ name: 'Ana' }], version: 1, policy: { maxLoad: 120 } };
    expect(fastOrgFile(data)?.leftToZod).toEqual(['classification']);
    const file = fastFile(data);
    expect(file).toEqual(orgFileSchema.parse(data));
    expect(Object.keys(file!)).toEqual(Object.keys(orgFileSchema.parse(data)));
  });
});

/** The fast path as checkShape takes it: the one-pass check, and zod for the fields the check leaves to it. */
function fastFile(data: Record<string, unknown>) {
  const shape = fastOrgFile(data);
  if (!shape) return undefined;
  return shape.leftToZod.length === 0 ? shape.checked : completeWithSchema(data, shape);
}
