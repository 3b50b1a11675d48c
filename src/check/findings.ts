/**
 * `rocks check`: the policy as a registry of small named rules, each turning
 * the audit (and, with a base version, the diff) into findings located at the
 * YAML node they are about. Pure: the date comes in, nothing is printed.
 */
import { closest } from '../shared/suggest.js';
import type { Audit } from '../model/audit.js';
import type { OrgDiff } from '../model/diff.js';
import type { Member, Org, Task, Waiver } from '../model/org.js';
import { whereWritten } from '../model/org.js';
import type { Policy } from '../model/policy.js';
import { SEVERITY_RANK, type Finding, type GateOptions, type Outcome, type Severity } from '../model/finding.js';

export type { Severity };

export interface CheckContext {
  org: Org;
  audit: Audit;
  policy: Policy;
  /** Present with `rocks check --base` (and in `rocks diff`). */
  diff?: OrgDiff;
}

/** A policy rule: data with an id, listable and testable one by one. */
export interface PolicyRule {
  id: string;
  /** Default severity; a rule may report a different one when the policy says so (see its description). */
  severity: Severity;
  /** One line for `--help`, SARIF and the docs. */
  description: string;
  /** Only evaluated when a base version is compared. */
  needsDiff?: boolean;
  check(ctx: CheckContext): Finding[];
}

function at(node: Parameters<typeof whereWritten>[0]): Pick<Finding, 'file' | 'line' | 'col'> {
  return whereWritten(node);
}

/** Where a finding about a required discipline points: its `policy.required` entry, else the policy, else the first file. */
function requiredAt(org: Org, id: string): Pick<Finding, 'file' | 'line' | 'col'> {
  const ref = org.policyRef;
  if (ref) {
    const index = org.policy.required.indexOf(id);
    const pos = (index >= 0 ? ref.required?.[index] : undefined) ?? ref.pos;
    return { file: ref.ref.file, line: pos.line, col: pos.col };
  }
  return orgAt(org);
}

function orgAt(org: Org): Pick<Finding, 'file' | 'line' | 'col'> {
  return { file: org.files[0] ?? '<org>', line: 1, col: 1 };
}

function ownerText(task: Task): string {
  return task.owner === null ? 'unassigned' : `carried by ${task.owner}`;
}

function list(items: readonly string[], max = 4): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

const membersByOrg = new WeakMap<Org, Map<string, Member>>();

/** Built once per org, however many rules look members up. */
function memberByName(org: Org): Map<string, Member> {
  let members = membersByOrg.get(org);
  if (!members) membersByOrg.set(org, (members = new Map(org.members.map((m) => [m.name, m]))));
  return members;
}

// ---------------------------------------------------------------- the rules

const loadOverLimit: PolicyRule = {
  id: 'load-over-limit',
  severity: 'error',
  description: 'A member carries more than policy.maxLoad percent of their capacity.',
  check({ org, audit, policy }) {
    const members = memberByName(org);
    return audit.members
      .filter((m) => m.load > policy.maxLoad)
      .map((m) => ({
        rule: this.id,
        severity: this.severity,
        message: `${m.name} carries ${m.effort} h a week against a capacity of ${m.capacity} h: ${m.load}% load, over the policy limit of ${policy.maxLoad}%`,
        target: m.name,
        ...at(members.get(m.name)!),
      }));
  },
};

const tooManyDisciplines: PolicyRule = {
  id: 'too-many-disciplines',
  severity: 'warning',
  description: 'A member works in more disciplines than policy.maxDisciplines.',
  check({ org, audit, policy }) {
    const members = memberByName(org);
    return audit.members
      .filter((m) => m.disciplines.length > policy.maxDisciplines)
      .map((m) => ({
        rule: this.id,
        severity: this.severity,
        message: `${m.name} works in ${m.disciplines.length} disciplines (${list(m.disciplines.map((d) => d.id))}); the policy allows ${policy.maxDisciplines} per person`,
        target: m.name,
        ...at(members.get(m.name)!),
      }));
  },
};

const requiredDisciplineGap: PolicyRule = {
  id: 'required-discipline-gap',
  severity: 'error',
  description: 'A discipline in policy.required has no owner.',
  check({ org, audit, policy }) {
    const required = new Set(policy.required);
    return audit.disciplines
      .filter((d) => required.has(d.id) && d.owners.length === 0)
      .map((d) => ({
        rule: this.id,
        severity: this.severity,
        message: `nobody owns ${d.id} (${d.name}), a required discipline: give its rocks to someone with room, or open a ${d.role} role`,
        target: d.id,
        ...requiredAt(org, d.id),
      }));
  },
};

const requiredDisciplineThin: PolicyRule = {
  id: 'required-discipline-thin',
  severity: 'warning',
  description: 'A required discipline has fewer owners than policy.minOwners.',
  check({ org, audit, policy }) {
    const required = new Set(policy.required);
    return audit.disciplines
      .filter((d) => required.has(d.id) && d.owners.length > 0 && d.owners.length < policy.minOwners)
      .map((d) => ({
        rule: this.id,
        severity: this.severity,
        message: `${d.id} has ${d.owners.length} ${d.owners.length === 1 ? 'owner' : 'owners'} (${list(d.owners)}); the policy asks for at least ${policy.minOwners}`,
        target: d.id,
        ...requiredAt(org, d.id),
      }));
  },
};

const unicornScore: PolicyRule = {
  id: 'unicorn-score',
  severity: 'warning',
  description: 'A member\'s unicorn score (span × load, plus sole ownerships) is above policy.maxUnicornScore.',
  check({ org, audit, policy }) {
    const members = memberByName(org);
    return audit.unicorns
      .filter((u) => u.score > policy.maxUnicornScore)
      .map((u) => {
        const sole = u.soleOwnerOf.length ? `, sole owner of ${list(u.soleOwnerOf)}` : '';
        return {
          rule: this.id,
          severity: this.severity,
          message: `${u.name} is a unicorn risk: score ${u.score.toFixed(1)} (${u.span.toFixed(1)} effective disciplines at ${u.load}% load${sole}), over the policy limit of ${policy.maxUnicornScore}`,
          target: u.name,
          ...at(members.get(u.name)!),
        };
      });
  },
};

const unassignedRock: PolicyRule = {
  id: 'unassigned-rock',
  severity: 'error',
  description: 'A rock nobody carries: an error when policy.allowUnassigned is false, otherwise info.',
  check({ org, policy }) {
    return org.unassigned.map((t) => ({
      rule: this.id,
      severity: policy.allowUnassigned ? 'info' : 'error',
      message: `"${t.title}" is a rock nobody carries${policy.allowUnassigned ? '' : '; the policy does not allow unassigned rocks'}`,
      target: t.title,
      ...at(t),
    }));
  },
};

const unclassifiedTask: PolicyRule = {
  id: 'unclassified-task',
  severity: 'error',
  description: 'A task the rules cannot classify: an error when policy.allowUnclassified is false, otherwise info.',
  check({ org, policy }) {
    const tasks = [...org.members.flatMap((m) => m.tasks), ...org.unassigned].filter((t) => t.discipline === null);
    return tasks.map((t) => ({
      rule: this.id,
      severity: policy.allowUnclassified ? 'info' : 'error',
      message: `no discipline for "${t.title}" (${ownerText(t)}): give the task a discipline: or add a classification rule`,
      target: t.title,
      ...at(t),
    }));
  },
};

// ---------------------------------------------------------------- rules about a change (--base, rocks diff)

const handoffWithoutContext: PolicyRule = {
  id: 'handoff-without-context',
  severity: 'warning',
  description: 'A rock changed owner without a context:, handoff: or link: note (when policy.requireHandoffContext).',
  needsDiff: true,
  check({ diff, policy }) {
    if (!diff || !policy.requireHandoffContext) return [];
    return diff.moved
      .filter((m) => m.to !== null && !m.hasContext)
      .map((m) => ({
        rule: this.id,
        severity: this.severity,
        message: `"${m.title}" moved from ${m.from ?? 'the unassigned rocks'} to ${m.to} without context: add a context:, handoff: or link: so the new owner can value it`,
        target: m.title,
        file: m.file,
        line: m.line,
        col: m.col,
      }));
  },
};

const lastOwnerLost: PolicyRule = {
  id: 'last-owner-lost',
  severity: 'warning',
  description: 'A discipline that had an owner before the change has none after it (info when the discipline is optional).',
  needsDiff: true,
  check({ diff, org }) {
    if (!diff) return [];
    const members = memberByName(org);
    return diff.risks
      .filter((r) => r.kind === 'last-owner-lost')
      .map((r) => {
        const former = r.members.map((n) => members.get(n)).find((m) => m !== undefined);
        return {
          rule: this.id,
          severity: r.required ? ('warning' as const) : ('info' as const),
          message: r.message,
          target: r.discipline!,
          ...(former ? at(former) : requiredAt(org, r.discipline!)),
        };
      });
  },
};

const becomesUnicorn: PolicyRule = {
  id: 'becomes-unicorn',
  severity: 'info',
  description: 'A member\'s unicorn risk becomes high with this change.',
  needsDiff: true,
  check({ diff, org }) {
    if (!diff) return [];
    const members = memberByName(org);
    return diff.risks
      .filter((r) => r.kind === 'becomes-unicorn' && members.has(r.members[0]!))
      .map((r) => ({ rule: this.id, severity: this.severity, message: r.message, target: r.members[0]!, ...at(members.get(r.members[0]!)!) }));
  },
};

// ---------------------------------------------------------------- waivers

const waiverExpired: PolicyRule = {
  id: 'waiver-expired',
  severity: 'warning',
  description: 'A waiver is past its expiry date: it no longer waives anything.',
  check: () => [], // produced by applyWaivers
};

const waiverUnused: PolicyRule = {
  id: 'waiver-unused',
  severity: 'warning',
  description: 'A waiver matches no finding: remove it, or fix its rule id or target.',
  check: () => [], // produced by applyWaivers
};

/** Every rule, in documentation order. Ids are the contract: they appear in every format and in waivers. */
export const POLICY_RULES: readonly PolicyRule[] = [
  loadOverLimit,
  tooManyDisciplines,
  requiredDisciplineGap,
  requiredDisciplineThin,
  unicornScore,
  unassignedRock,
  unclassifiedTask,
  handoffWithoutContext,
  lastOwnerLost,
  becomesUnicorn,
  waiverExpired,
  waiverUnused,
];

export const RULE_IDS: readonly string[] = POLICY_RULES.map((r) => r.id);

export interface EvaluateOptions {
  /** Today's date, YYYY-MM-DD; waivers expire against it. */
  today: string;
  diff?: OrgDiff;
}

/** Runs every rule, applies the waivers and returns the findings, most severe first. */
export function evaluatePolicy(org: Org, audit: Audit, options: EvaluateOptions): Finding[] {
  const ctx: CheckContext = { org, audit, policy: org.policy, ...(options.diff ? { diff: options.diff } : {}) };
  const findings: Finding[] = [];
  for (const rule of POLICY_RULES) {
    if (rule.needsDiff && !options.diff) continue;
    findings.push(...rule.check(ctx));
  }
  return applyWaivers(findings, org.waivers, options.today).sort(compareFindings);
}

const WAIVER_RULES = new Set(['waiver-expired', 'waiver-unused']);

/**
 * A waiver accepts the findings of its rule whose target matches (case-
 * insensitive; every target when it names none) until its expiry date,
 * inclusive. An expired waiver waives nothing and is itself a warning, and so
 * is a waiver that matches nothing.
 */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], today: string): Finding[] {
  const out = findings.map((f) => ({ ...f }));
  for (const w of waivers) {
    const label = `${w.rule}${w.target !== undefined ? ` on "${w.target}"` : ''}`;
    const target = `${w.rule}${w.target !== undefined ? `:${w.target}` : ''}`;
    if (w.expires < today) {
      out.push({
        rule: 'waiver-expired',
        severity: 'warning',
        message: `the waiver for ${label} expired on ${w.expires}; its findings count again (renew it with a new date, or fix what it waived)`,
        target,
        ...at(w),
      });
      continue;
    }
    const wanted = w.target?.toLowerCase();
    let used = 0;
    for (const f of out) {
      if (f.rule !== w.rule || WAIVER_RULES.has(f.rule)) continue;
      if (wanted !== undefined && f.target.toLowerCase() !== wanted) continue;
      used++;
      f.waived ??= { reason: w.reason, expires: w.expires, ...at(w) };
    }
    if (used === 0) {
      let hint = '';
      if (!RULE_IDS.includes(w.rule)) {
        const guess = closest(w.rule, RULE_IDS);
        hint = guess ? `; there is no rule "${w.rule}": did you mean "${guess}"?` : `; there is no rule "${w.rule}" (rocks check --list-rules shows them)`;
      }
      out.push({
        rule: 'waiver-unused',
        severity: 'warning',
        message: `the waiver for ${label} matches no finding${hint || '; remove it, or fix its rule id or target'}`,
        target,
        ...at(w),
      });
    }
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(a.waived !== undefined) - Number(b.waived !== undefined) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.col - b.col ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.target < b.target ? -1 : a.target > b.target ? 1 : 0)
  );
}

// ---------------------------------------------------------------- the outcome

/** Decides pass or fail from the findings; the CLI turns `failed` into exit code 1. */
export function decideOutcome(findings: readonly Finding[], gate: GateOptions): Outcome {
  const counts = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
  }
  const reasons: string[] = [];
  const failing = findings.filter((f) => !f.waived && SEVERITY_RANK[f.severity] <= SEVERITY_RANK[gate.failOn]).length;
  if (failing > 0) reasons.push(`${failing} ${failing === 1 ? 'finding' : 'findings'} at or above "${gate.failOn}"`);
  if (gate.maxWarnings !== undefined && counts.warning > gate.maxWarnings) {
    reasons.push(`${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${gate.maxWarnings}`);
  }
  return { failed: reasons.length > 0, reasons, counts };
}
