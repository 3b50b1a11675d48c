import { jsonText } from './escape.js';
import type { Audit } from '../core/analyse.js';
import type { Org } from '../core/model.js';

export interface AuditReport {
  org: Org;
  audit: Audit;
}

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const AUDIT_SCHEMA_VERSION = 1;

/** The stable JSON document of `rocks audit --format json` (documented in docs/json.md). */
export function auditDocument({ org, audit }: AuditReport) {
  const loads = new Map(audit.members.map((m) => [m.name, m]));
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    org: audit.org,
    stage: audit.stage,
    stageInferred: audit.stageInferred,
    headcount: audit.headcount,
    files: org.files,
    policy: org.policy,
    totals: audit.totals,
    members: org.members.map((m) => {
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
        location: { file: m.ref.file, line: m.pos.line, col: m.pos.col },
        tasks: m.tasks.map(taskDocument),
      };
    }),
    disciplines: audit.disciplines.map((d) => ({
      id: d.id,
      name: d.name,
      required: d.required,
      owners: d.owners,
      effort: d.effort,
      share: d.share,
      status: d.status,
    })),
    missingDeliverables: audit.missingDeliverables,
    unicorns: audit.unicorns.map((u) => ({
      name: u.name,
      score: u.score,
      level: u.level,
      span: u.span,
      load: u.load,
      disciplines: u.disciplines,
      soleOwnerOf: u.soleOwnerOf,
    })),
    truckFactor: audit.truckFactor,
    handoffs: audit.handoffs.map((h) => ({
      task: h.task,
      discipline: h.discipline,
      effort: h.effort,
      from: h.from,
      to: h.to,
      role: h.role ?? null,
      fromLoad: h.fromLoad ?? null,
      toLoad: h.toLoad ?? null,
    })),
    rolesToOpen: audit.rolesToOpen,
    unassigned: org.unassigned.map(taskDocument),
    unclassified: audit.unclassified,
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
    location: { file: t.ref.file, line: t.pos.line, col: t.pos.col },
  };
}

export function formatAuditJson(report: AuditReport): string {
  return jsonText(auditDocument(report));
}
