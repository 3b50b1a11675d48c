/**
 * The report's sections, each for one audit or for a before-and-after pair
 * side by side (the pair shares its scales, so equal lengths mean equal
 * hours). report.ts and compare.ts assemble pages from these.
 */
import type { AuditReport } from '../../model/audit.js';
import { fmtHours, groupDigits } from '../wording.js';
import { coverageTable, heatMap, heatMax, heatTable, heatView, type HeatView } from './coverage-chart.js';
import { html } from './escape.js';
import { flowChart, flowView, handoffsSummary, handoffTable, type FlowView } from './flow-chart.js';
import { histogramMax, loadAxisMax, loadBars, loadHistogram, loadTable, loadView, type LoadView } from './load-chart.js';
import { teamsChart, teamsMax, teamsTable, teamsView, type TeamsView } from './teams-chart.js';
import { truckChart, truckSteps, truckView, type TruckView } from './truck-chart.js';
import { reportBasis, type DisciplineColumn, type ReportBasis } from './view.js';

/** One audit, ready to draw: its basis and every chart's (aggregated) data. */
export interface ReportView {
  basis: ReportBasis;
  load: LoadView;
  heat: HeatView;
  teams: TeamsView | null;
  flow: FlowView;
  truck: TruckView | null;
}

export function reportView(report: AuditReport): ReportView {
  const basis = reportBasis(report);
  return { basis, load: loadView(basis), heat: heatView(basis), teams: teamsView(basis), flow: flowView(basis), truck: truckView(basis) };
}

export interface Layout {
  /** The views drawn side by side: one, or before and after. */
  views: ReportView[];
  /** Column heads for a pair ("Before", "After"); plain text. */
  labels: string[];
  /** Chart width in SVG units. */
  width: number;
  /** Every row in the tables (--all). */
  all: boolean;
}

export interface Section {
  id: string;
  title: string;
  html: string;
}

function section(id: string, title: string, lede: string, layout: Layout, body: (v: ReportView, i: number) => string, extra = ''): Section {
  const columns =
    layout.views.length === 1
      ? body(layout.views[0]!, 0)
      : `<div class="pair">${layout.views.map((v, i) => `<div><h3>${html(layout.labels[i] ?? '')}</h3>${body(v, i)}</div>`).join('')}</div>`;
  return { id, title, html: `<section class="report" id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2><p class="lede">${lede}</p>${extra}${columns}</section>` };
}

const NO_MEMBERS = '<p class="empty">No members yet.</p>';

function legend(items: [string, string][]): string {
  return `<ul class="legend">${items.map(([cls, text]) => `<li><span class="sw ${cls}"></span>${text}</li>`).join('')}</ul>`;
}

function disciplineLegend(columns: readonly DisciplineColumn[], unclassified: boolean): string {
  const items: [string, string][] = columns.filter((c) => c.effort > 0).map((c) => [`c${c.colour}`, html(c.id)]);
  if (unclassified) items.push(['unclassified', 'unclassified']);
  return legend(items);
}

export function loadSection(layout: Layout): Section {
  const axis = loadAxisMax(layout.views.map((v) => v.load));
  const countMax = histogramMax(layout.views.map((v) => v.load));
  const limits = [...new Set(layout.views.map((v) => v.load.maxLoad))];
  const lede =
    limits.length === 1 && limits[0] === 100
      ? 'Hours carried against capacity, worst first. The line is capacity (100%), which is also the policy\u2019s limit: above it a member is overloaded.'
      : `Hours carried against capacity, worst first. The solid line is capacity (100%); the dashed red line is the policy\u2019s limit (${limits.map((l) => `${l}%`).join(' / ')}): above it a member is overloaded, between the two stretched.`;
  return section(
    'load',
    'Who carries too much',
    lede,
    layout,
    (v, i) => {
      if (v.load.shown.length === 0) return NO_MEMBERS;
      const parts = [loadBars(v.load, axis, layout.width, `load-${i}`)];
      const r = v.load.rest;
      if (r.count > 0) {
        parts.push(
          `<p class="note">… and ${groupDigits(r.count)} more members: ${groupDigits(r.overloaded)} overloaded, ${groupDigits(r.stretched)} stretched, ${groupDigits(r.ok)} within capacity.</p>`,
          `<h3>Everyone, by load</h3>${loadHistogram(v.load, countMax, layout.width, `load-all-${i}`)}`,
        );
      }
      parts.push(loadTable(v.basis, layout.all));
      return parts.join('');
    },
    legend([
      ['s-ok', 'within capacity'],
      ['s-stretched', 'stretched (above 100%)'],
      ['s-overloaded', 'overloaded (above the limit)'],
    ]),
  );
}

export function coverageSection(layout: Layout): Section {
  const max = heatMax(layout.views.map((v) => v.heat));
  return section(
    'coverage',
    'Which disciplines nobody carries',
    'Hours a week per person and discipline, widest span first. Required disciplines come first; one nobody carries is an empty red column. A yellow corner marks the only owner of a discipline: if they leave, its rocks are on the ground.',
    layout,
    (v, i) => {
      const parts = [v.heat.rows.length === 0 ? NO_MEMBERS : heatMap(v.basis, v.heat, max, layout.width, `coverage-${i}`)];
      if (v.heat.others) parts.push(`<p class="note">The last row sums the ${html(v.heat.others.label)} (its shading is scaled on its own).</p>`);
      parts.push(groundNotes(v.basis), coverageTable(v.basis), heatTable(v.basis, v.heat));
      return parts.join('');
    },
    legend([
      ['heat', 'hours a week (darker is more)'],
      ['sole', 'the only owner'],
      ['gap', 'required, no owner'],
    ]),
  );
}

/** Deliverables no task mentions, rocks on the ground and unclassified tasks, in a sentence or a short list each. */
function groundNotes(b: ReportBasis): string {
  const { audit } = b.report;
  const out: string[] = [];
  if (audit.missingDeliverables.length > 0) {
    const shown = audit.missingDeliverables.slice(0, 12);
    out.push(
      `<h3>Key deliverables no task mentions</h3><ul class="plain">${shown.map((m) => `<li>${html(m.deliverable)} <span class="muted">(${html(m.discipline)})</span></li>`).join('')}</ul>` +
        (audit.missingDeliverables.length > shown.length ? `<p class="more">… and ${audit.missingDeliverables.length - shown.length} more.</p>` : ''),
    );
  }
  if (audit.unassigned.length > 0) {
    const shown = audit.unassigned.slice(0, 12);
    out.push(
      `<h3>Rocks on the ground</h3><ul class="plain">${shown.map((t) => `<li>${html(t.title)} <span class="muted">(${html(fmtHours(t.effort))}${t.discipline ? `, ${html(t.discipline)}` : ''})</span></li>`).join('')}</ul>` +
        (audit.unassigned.length > shown.length ? `<p class="more">… and ${groupDigits(audit.unassigned.length - shown.length)} more.</p>` : ''),
    );
  }
  if (audit.unclassified.length > 0) {
    out.push(`<p class="note">${groupDigits(audit.unclassified.length)} ${audit.unclassified.length === 1 ? 'task matches' : 'tasks match'} no discipline (give ${audit.unclassified.length === 1 ? 'it' : 'them'} one with <code>discipline:</code>; <code>rocks audit --explain</code> shows why).</p>`);
  }
  return out.join('');
}

export function teamsSection(layout: Layout): Section | null {
  if (layout.views.every((v) => v.teams === null)) return null;
  const max = teamsMax(layout.views.map((v) => v.teams));
  const columns = layout.views[layout.views.length - 1]!.basis.columns;
  const unclassified = layout.views.some((v) => v.teams?.rows.some((r) => r.hours[r.hours.length - 1]! > 0));
  return section(
    'teams',
    'How the teams spend their hours',
    'Hours a week per discipline per team, with each team\u2019s capacity marked by the black line. Teams run worst load first; sub-teams are indented and counted in their parent.',
    layout,
    (v, i) => {
      if (!v.teams) return '<p class="empty">No member has a team.</p>';
      const parts = [teamsChart(v.basis, v.teams, max, layout.width, `teams-${i}`)];
      if (v.teams.hidden > 0) parts.push(`<p class="note">${groupDigits(v.teams.hidden)} of ${groupDigits(v.teams.rollup.length)} teams have no bar of their own: sub-teams are counted in the teams above, and the rest share the last row.</p>`);
      parts.push(teamsTable(v.teams, layout.all));
      return parts.join('');
    },
    disciplineLegend(columns, unclassified),
  );
}

export function handoffsSection(layout: Layout): Section {
  return section(
    'handoffs',
    'Where the rocks should go',
    'Each band is a rock moving from its current owner (or from the ground) through its discipline to someone who has the discipline or the skill and the spare capacity, or to a role to open (dashed). Band width is hours a week.',
    layout,
    (v, i) => {
      if (v.flow.handoffs === 0) {
        return `<p class="empty">${v.basis.counts.unassigned === 0 ? 'No handoffs needed: nobody is above 100% and no rock is on the ground.' : 'No handoffs to suggest: nobody is above 100%, and the rocks on the ground need a discipline first.'}</p>`;
      }
      const parts = [`<p class="note">${handoffsSummary(v.basis)}</p>`, flowChart(v.flow, layout.width, `handoffs-${i}`)];
      const roles = v.basis.report.audit.rolesToOpen;
      if (roles.length > 0) {
        parts.push(`<h3>Roles to open</h3><ul class="plain">${roles.map((r) => `<li><strong>${html(r.role)}</strong>: ${html(fmtHours(r.hours))} a week, ${r.tasks} ${r.tasks === 1 ? 'rock' : 'rocks'} <span class="muted">(${html(r.discipline)})</span></li>`).join('')}</ul>`);
      }
      parts.push(handoffTable(v.basis, layout.all));
      return parts.join('');
    },
  );
}

export function truckSection(layout: Layout): Section | null {
  if (layout.views.every((v) => v.truck === null)) return null;
  return section(
    'truck-factor',
    'What if the key people leave',
    'Required disciplines that still have an owner as people leave, the cheapest loss first. Filled steps make up the truck factor: the fewest departures that leave most required disciplines without an owner.',
    layout,
    (v, i) =>
      !v.truck
        ? '<p class="empty">The policy requires no discipline.</p>'
        : v.truck.covered === 0
          ? '<p class="empty">No required discipline has an owner: nobody can leave what nobody carries.</p>'
          : truckChart(v.truck, layout.width, `truck-${i}`) + truckSteps(v.truck),
  );
}

/** Every section that applies, in reading order. */
export function sections(layout: Layout): Section[] {
  return [loadSection(layout), coverageSection(layout), teamsSection(layout), handoffsSection(layout), truckSection(layout)].filter((s): s is Section => s !== null);
}

/** The sections' names in the page's navigation bar, short enough for one line. */
const NAV: Record<string, string> = { changes: 'What changed', load: 'Load', coverage: 'Coverage', teams: 'Teams', handoffs: 'Handoffs', 'truck-factor': 'Truck factor' };

export function toc(list: readonly Section[]): string {
  return `<nav class="toc" aria-label="Sections">${list.map((s) => `<a href="#${s.id}">${NAV[s.id] ?? s.title}</a>`).join('')}</nav>`;
}

/** What tests and scripts can read back from the page: the figures each chart was drawn from. */
export function pageData(v: ReportView): unknown {
  const { audit } = v.basis.report;
  return {
    org: audit.org,
    stage: audit.stage,
    headcount: audit.headcount,
    totals: audit.totals,
    counts: v.basis.counts,
    truckFactor: { people: audit.truckFactor.people, steps: v.truck?.steps.map((s) => ({ gone: s.gone, covered: s.covered, disciplines: s.disciplines })) ?? [] },
    charts: {
      loadBars: v.load.shown.length,
      loadRest: v.load.rest.count,
      heatRows: v.heat.rows.length,
      heatOthers: v.heat.others?.people ?? 0,
      teamRows: v.teams?.rows.length ?? 0,
      flowNodes: v.flow.nodes.length,
      flowHours: Math.round(v.flow.hours * 10) / 10,
    },
  };
}
