import { jsonText } from './escape.js';
import type { Audit } from '../model/audit.js';
import type { Org } from '../model/org.js';
import { whereWritten } from '../model/org.js';
import type { AuditReport, TeamRollup } from '../model/audit.js';

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const AUDIT_SCHEMA_VERSION = 1;

/** The stable JSON document of `rocks audit --format json` (documented in docs/json.md). */
export function auditDocument(report: AuditReport) {
  const { org, audit } = report;
  const member = memberDocument(report);
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    org: audit.org,
    stage: audit.stage,
    stageInferred: audit.stageInferred,
    headcount: audit.headcount,
    files: org.files,
    policy: org.policy,
    totals: audit.totals,
    ...(report.teams ? { teams: report.teams.map(teamDocument) } : {}),
    members: org.members.map(member),
    disciplines: audit.disciplines.map(disciplineDocument),
    missingDeliverables: audit.missingDeliverables,
    unicorns: audit.unicorns.map(unicornDocument),
    truckFactor: audit.truckFactor,
    handoffs: audit.handoffs.map(handoffDocument),
    rolesToOpen: audit.rolesToOpen,
    unassigned: org.unassigned.map(taskDocument),
    unclassified: audit.unclassified,
  };
}

/** The document's fields in order, the big lists left unbuilt (items and how to build each) so they can be streamed. */
function documentParts(report: AuditReport): [string, unknown, ((item: never) => unknown)?][] {
  const { org, audit } = report;
  const whole = (value: unknown): [unknown] => [value];
  const fields: Record<keyof ReturnType<typeof auditDocument>, [unknown, ((item: never) => unknown)?]> = {
    schemaVersion: whole(AUDIT_SCHEMA_VERSION),
    org: whole(audit.org),
    stage: whole(audit.stage),
    stageInferred: whole(audit.stageInferred),
    headcount: whole(audit.headcount),
    files: whole(org.files),
    policy: whole(org.policy),
    totals: whole(audit.totals),
    teams: [report.teams, teamDocument],
    members: [org.members, memberDocument(report)],
    disciplines: [audit.disciplines, disciplineDocument],
    missingDeliverables: whole(audit.missingDeliverables),
    unicorns: [audit.unicorns, unicornDocument],
    truckFactor: whole(audit.truckFactor),
    handoffs: [audit.handoffs, handoffDocument],
    rolesToOpen: whole(audit.rolesToOpen),
    unassigned: [org.unassigned, taskDocument],
    unclassified: [audit.unclassified, (t: unknown) => t],
  };
  return Object.entries(fields).map(([key, [value, map]]) => [key, value, map]);
}

function memberDocument({ audit }: AuditReport) {
  const loads = new Map(audit.members.map((m) => [m.name, m]));
  return (m: Org['members'][number]) => {
    const load = loads.get(m.name)!;
    return {
      name: m.name,
      role: m.role ?? null,
      team: m.team ?? null,
      capacity: m.capacity,
      effort: load.effort,
      load: load.load,
      status: load.status,
      disciplines: load.disciplines.map((d) => d.id),
      location: whereWritten(m),
      tasks: m.tasks.map(taskDocument),
    };
  };
}

function teamDocument(t: TeamRollup) {
  return { ...t };
}

function disciplineDocument(d: Audit['disciplines'][number]) {
  return { id: d.id, name: d.name, required: d.required, owners: d.owners, effort: d.effort, share: d.share, status: d.status };
}

function unicornDocument(u: Audit['unicorns'][number]) {
  return { name: u.name, score: u.score, level: u.level, span: u.span, load: u.load, disciplines: u.disciplines, soleOwnerOf: u.soleOwnerOf };
}

function handoffDocument(h: Audit['handoffs'][number]) {
  return {
    task: h.task,
    discipline: h.discipline,
    effort: h.effort,
    from: h.from,
    to: h.to,
    role: h.role ?? null,
    fromLoad: h.fromLoad ?? null,
    toLoad: h.toLoad ?? null,
  };
}

function taskDocument(t: Org['unassigned'][number]) {
  return {
    title: t.title,
    discipline: t.discipline,
    effort: t.effort,
    confidence: Math.round(t.classification.confidence * 100) / 100,
    classifiedBy: t.classification.source,
    rules: t.classification.rules,
    tags: t.tags,
    context: t.context ?? null,
    location: whereWritten(t),
  };
}

export function formatAuditJson(report: AuditReport): string {
  return jsonText(auditDocument(report));
}

/** `value` as `jsonText` writes it, nested `pad` deep, without the final newline. */
function nested(value: unknown, pad: string): string {
  if (value === undefined) return 'null';
  return jsonText(value).slice(0, -1).replace(/\n/g, `\n${pad}`);
}

/**
 * Items of a big list built and written together: one JSON.stringify per
 * chunk rather than per item. For members of a few rocks (about 3,000
 * characters each in the bench org) a chunk stays under the 128 KB from which
 * V8 keeps a string until a full collection (see DEFAULT_BLOCK in cli/write.ts).
 */
const ITEMS_PER_CHUNK = 16;

/**
 * Items of a top-level list as `jsonText` writes them inside the document,
 * without the brackets: "item,\n    item". Stringified two lists deep, so
 * that JSON.stringify indents them, rather than indented again by a replace.
 */
function listItems(docs: readonly unknown[]): string {
  const text = jsonText([docs]);
  // "[\n  [\n    " … "\n  ]\n]\n"
  return text.slice(10, -7);
}

/**
 * The same bytes as `formatAuditJson`, in pieces: one per member, handoff and
 * so on, each built only when it is written. A 300,000-member document is
 * larger than the longest string JavaScript can hold.
 */
export function* auditJsonChunks(report: AuditReport): Generator<string> {
  let first = true;
  for (const [key, value, map] of documentParts(report)) {
    if (value === undefined) continue;
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!map) yield nested(value, '  ');
    else {
      const items = value as readonly never[];
      if (items.length === 0) yield '[]';
      else {
        for (let from = 0; from < items.length; from += ITEMS_PER_CHUNK) {
          const docs = items.slice(from, from + ITEMS_PER_CHUNK).map((item) => map(item));
          yield `${from === 0 ? '[' : ','}\n    ${listItems(docs)}`;
        }
        yield '\n  ]';
      }
    }
  }
  yield first ? '{}\n' : '\n}\n';
}
