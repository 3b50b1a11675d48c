import { jsonText } from './escape.js';
import type { OrgDiff } from '../model/diff.js';
import type { Finding } from '../model/finding.js';
import type { CheckReport } from '../model/report.js';
import { findingMessage, reasonMessage, riskMessage } from './messages.js';

/** Bumped when a field changes meaning or disappears; new fields do not bump it. */
export const CHECK_SCHEMA_VERSION = 1;

/** The stable JSON document of `rocks check --format json` (documented in docs/ci.md). */
export function checkDocument(report: CheckReport) {
  const { org, outcome, gate } = report;
  return {
    schemaVersion: CHECK_SCHEMA_VERSION,
    tool: { name: 'rocks', version: report.version },
    org: org.name,
    stage: org.stage,
    stageInferred: org.stageInferred,
    files: org.files,
    policy: org.policy,
    gate: { failOn: gate.failOn, maxWarnings: gate.maxWarnings ?? null },
    outcome: { passed: !outcome.failed, reasons: outcome.reasons.map(reasonMessage), counts: outcome.counts },
    findings: report.findings.map(findingDocument),
    diff: report.diff ? diffDocument(report.diff, report.base) : null,
  };
}

export function findingDocument(f: Finding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: findingMessage(f),
    target: f.target,
    location: { file: f.file, line: f.line, col: f.col },
    waived: f.waived ? { reason: f.waived.reason, expires: f.waived.expires, location: { file: f.waived.file, line: f.waived.line, col: f.waived.col } } : null,
  };
}

export function diffDocument(diff: OrgDiff, base: string | undefined) {
  return {
    base: base ?? null,
    moved: diff.moved.map((m) => ({
      title: m.title,
      previousTitle: m.previousTitle ?? null,
      discipline: m.discipline,
      effort: m.effort,
      from: m.from,
      to: m.to,
      hasContext: m.hasContext,
      match: m.match,
      similarity: m.similarity,
      location: { file: m.file, line: m.line, col: m.col },
    })),
    added: diff.added.map(rock),
    dropped: diff.dropped.map(rock),
    edited: diff.edited.map((e) => ({ title: e.title, previousTitle: e.previousTitle, owner: e.owner, similarity: e.similarity, location: { file: e.file, line: e.line, col: e.col } })),
    loads: diff.loads,
    risks: diff.risks.map((r) => ({
      kind: r.kind,
      worse: r.worse,
      discipline: 'discipline' in r ? r.discipline : null,
      required: 'required' in r ? r.required : null,
      members: r.members,
      message: riskMessage(r),
    })),
  };
}

function rock(r: OrgDiff['added'][number]) {
  return { title: r.title, owner: r.owner, discipline: r.discipline, effort: r.effort, location: { file: r.file, line: r.line, col: r.col } };
}

export function formatCheckJson(report: CheckReport): string {
  return jsonText(checkDocument(report));
}
