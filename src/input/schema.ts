/**
 * The org file, format version 1, as a zod schema. Field descriptions become
 * hover text in editors through the generated JSON Schema (`rocks schema`).
 * Objects are strict so a typo is an error with a "did you mean", not a
 * silently ignored key.
 */
import { z } from 'zod';
import { STAGES } from '../model/stage.js';
import { KEBAB_ID, MAX_ID_LENGTH } from '../shared/id.js';

// zod 4 numbers already reject NaN and Infinity.
const finite = z.number();
const hours = finite.min(0, 'must not be negative').max(168, 'must be at most 168 hours (a whole week)');
const positiveHours = finite.gt(0, 'must be greater than 0').max(168, 'must be at most 168 hours (a whole week)');
const text = z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters');
const shortText = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const id = z
  .string()
  .regex(KEBAB_ID, 'must be a kebab-case id such as product-marketing')
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);
const percent = finite.gt(0, 'must be greater than 0').max(1000, 'must be at most 1000');

export const taskObjectSchema = z
  .strictObject({
    title: text.describe('What the rock is, as the team would write it.'),
    effort: hours.optional().describe('Hours per week this task takes; defaults.effort when absent.'),
    discipline: id.optional().describe('Explicit discipline id; overrides the classification rules.'),
    tags: z.array(shortText).max(50).optional().describe('Free tags; they count as classification evidence.'),
    context: text.optional().describe('Handoff context: what the next owner needs to value this rock.'),
    handoff: text.optional().describe('Synonym of context: a handoff note for the next owner.'),
    link: text.optional().describe('A link to the rock\'s context (doc, ticket, wiki page).'),
  })
  .describe('A task given as a mapping.');

export const taskSchema = z
  .union([text, taskObjectSchema])
  .describe('A task ("rock"): a plain string is its title; a mapping gives more detail.');

export const memberSchema = z
  .strictObject({
    name: shortText.describe('Unique name of the member within the org.'),
    role: shortText.optional().describe('Job title; may break classification ties.'),
    team: shortText.optional().describe('Team the member belongs to (for --by team).'),
    capacity: positiveHours.optional().describe('Hours per week the member can carry; defaults.capacity when absent.'),
    skills: z.array(id).max(50).optional().describe('Discipline ids the member could take on even without a task in them today.'),
    tasks: z.array(taskSchema).max(10000).optional().describe('The rocks this member carries.'),
  })
  .describe('A person and the rocks they carry.');

export const disciplineSchema = z
  .strictObject({
    id: id.describe('Stable kebab-case id used by rules, policies and reports.'),
    name: shortText.describe('Human name of the discipline.'),
    role: shortText.optional().describe('Role to open when nobody can take this discipline\'s work.'),
    required: z.boolean().optional().describe('Whether the discipline must have an owner (adds it to policy.required).'),
  })
  .describe('A custom discipline added to the twelve built-in ones.');

export const ruleSchema = z
  .strictObject({
    id: id.describe('Stable rule id, unique across built-in and custom rules.'),
    discipline: id.describe('The discipline the rule votes for (or against, with a negative weight).'),
    match: z.array(shortText).min(1).max(500).describe('Words and phrases; a trailing * is a prefix wildcard.'),
    weight: finite.min(-100).max(100).optional().describe('Vote strength (default 2); negative rules a discipline out.'),
    description: shortText.optional().describe('What the rule recognises.'),
  })
  .describe('A custom classification rule.');

export const classificationSchema = z
  .strictObject({
    threshold: finite.min(0).max(1).optional().describe('Minimum confidence (0..1) to classify a task.'),
    rules: z.array(ruleSchema).max(1000).optional().describe('Custom rules.'),
    disable: z.array(id).max(1000).optional().describe('Built-in rule ids to switch off.'),
    weights: z.record(id, finite.min(-100).max(100)).optional().describe('New weights for rules, by rule id.'),
  })
  .describe('How tasks are classified into disciplines.');

export const policySchema = z
  .strictObject({
    maxLoad: percent.optional().describe('Maximum load in percent of capacity before a member is overloaded.'),
    maxDisciplines: z.number().int().min(1).max(100).optional().describe('Maximum disciplines one person should carry.'),
    required: z.array(id).max(100).optional().describe('Discipline ids that must have an owner.'),
    minOwners: z.number().int().min(1).max(100).optional().describe('Minimum owners per required discipline.'),
    maxUnicornScore: finite.gt(0).max(100).optional().describe('Unicorn score above which a member is a finding.'),
    allowUnassigned: z.boolean().optional().describe('Whether rocks nobody carries are acceptable.'),
    allowUnclassified: z.boolean().optional().describe('Whether tasks the rules cannot classify are acceptable.'),
    requireHandoffContext: z.boolean().optional().describe('Whether a rock that changes owner must carry context (rocks diff / check --base).'),
  })
  .describe('Limits the audit and `rocks check` hold the org to; stage-aware defaults apply.');

export const waiverSchema = z
  .strictObject({
    rule: id.describe('The finding rule id to waive.'),
    target: shortText.optional().describe('What the finding is about (member name, discipline id or task title); all targets when absent.'),
    reason: text.describe('Why the finding is accepted.'),
    expires: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
      .describe('Date (YYYY-MM-DD) after which the waiver stops waiving.'),
  })
  .describe('Accepts a finding for a while, with a reason.');

export const orgFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('JSON Schema reference for editors; ignored by rocks.'),
    version: z.literal(1, { error: 'must be 1 (the only org file format version)' }).describe('Org file format version.'),
    org: shortText.optional().describe('Organisation name. Required in at least one file of a folder.'),
    stage: z.enum(STAGES).optional().describe('startup | scale-up | enterprise; inferred from headcount when absent.'),
    team: shortText.optional().describe('Default team for the members of this file.'),
    parent: shortText.optional().describe('Parent team of this file\'s team (teams nest).'),
    defaults: z
      .strictObject({
        capacity: positiveHours.optional().describe('Hours per week a member can carry (default 40).'),
        effort: hours.optional().describe('Hours per week for a task that gives none (default 4).'),
      })
      .optional()
      .describe('Defaults for members and tasks.'),
    members: z.array(memberSchema).max(1_000_000).optional().describe('The people and the rocks they carry.'),
    unassigned: z.array(taskSchema).max(100000).optional().describe('Rocks nobody carries yet.'),
    disciplines: z.array(disciplineSchema).max(100).optional().describe('Custom disciplines.'),
    classification: classificationSchema.optional(),
    policy: policySchema.optional(),
    waivers: z.array(waiverSchema).max(1000).optional().describe('Accepted findings.'),
  })
  .describe('A rocks org file: a team, its members and the rocks they carry.');

export type OrgFile = z.infer<typeof orgFileSchema>;
export type TaskEntry = z.infer<typeof taskSchema>;
export type MemberEntry = z.infer<typeof memberSchema>;
export type PolicyEntry = z.infer<typeof policySchema>;
