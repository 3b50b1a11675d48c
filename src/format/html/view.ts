/**
 * What every chart of the HTML report reads: the audit's disciplines in the
 * order the charts show them (required first), each with its colour, and
 * the headline counts. Built once per report.
 */
import type { AuditReport, CoverageStatus } from '../../model/audit.js';

export interface DisciplineColumn {
  id: string;
  name: string;
  required: boolean;
  status: CoverageStatus;
  owners: number;
  /** The one owner, when exactly one person carries the discipline. */
  soleOwner: string | null;
  effort: number;
  share: number;
  /** The role to open for it. */
  role: string;
  /** Index into the discipline palette: the discipline's place in the org's taxonomy, so colours match across reports. */
  colour: number;
}

export interface Counts {
  members: number;
  overloaded: number;
  stretched: number;
  required: number;
  gaps: number;
  /** Required disciplines with fewer owners than they should have. */
  thin: number;
  /** Disciplines (required or not) carried by exactly one person. */
  soleOwned: number;
  highRisk: number;
  handoffs: number;
  /** Handoffs that go to a role to open rather than a person. */
  toRoles: number;
  rolesToOpen: number;
  roleHours: number;
  unassigned: number;
  unclassified: number;
}

export interface ReportBasis {
  report: AuditReport;
  columns: DisciplineColumn[];
  /** Column index by discipline id. */
  columnOf: Map<string, number>;
  counts: Counts;
}

/** Palette size; custom disciplines past it reuse colours. */
export const PALETTE_SIZE = 16;

export function reportBasis(report: AuditReport): ReportBasis {
  const { audit, org } = report;
  const coverage = new Map(audit.disciplines.map((d) => [d.id, d]));
  const place = new Map(org.disciplines.map((d, i) => [d.id, i]));
  const ordered = [...audit.disciplines].sort(
    (a, b) => Number(b.required) - Number(a.required) || (place.get(a.id) ?? Infinity) - (place.get(b.id) ?? Infinity),
  );
  const columns = ordered.map((d): DisciplineColumn => ({
    id: d.id,
    name: d.name,
    required: d.required,
    status: d.status,
    owners: d.owners.length,
    soleOwner: d.owners.length === 1 ? d.owners[0]! : null,
    effort: d.effort,
    share: d.share,
    role: d.role,
    colour: (place.get(d.id) ?? coverage.size) % PALETTE_SIZE,
  }));
  let overloaded = 0;
  let stretched = 0;
  for (const m of audit.members) {
    if (m.status === 'overloaded') overloaded++;
    else if (m.status === 'stretched') stretched++;
  }
  const required = columns.filter((c) => c.required);
  return {
    report,
    columns,
    columnOf: new Map(columns.map((c, i) => [c.id, i])),
    counts: {
      members: audit.headcount,
      overloaded,
      stretched,
      required: required.length,
      gaps: required.filter((c) => c.status === 'gap').length,
      thin: required.filter((c) => c.status === 'thin').length,
      soleOwned: columns.filter((c) => c.owners === 1).length,
      highRisk: audit.unicorns.filter((u) => u.level === 'high').length,
      handoffs: audit.handoffs.length,
      toRoles: audit.handoffs.filter((h) => h.to === null).length,
      rolesToOpen: audit.rolesToOpen.length,
      roleHours: audit.rolesToOpen.reduce((sum, r) => sum + r.hours, 0),
      unassigned: audit.unassigned.length,
      unclassified: audit.unclassified.length,
    },
  };
}
