/**
 * Teams: hours per discipline per team as stacked bars against the team's
 * capacity, in the roll-up's order (worst load first, sub-teams under and
 * counted in their parent). Past LIMITS.teamRows rows, the deepest levels
 * go first, then the top-level teams past it (the lowest loads) fold into
 * one row.
 */
import { scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { rollupByTeam } from '../../analyse/rollup.js';
import type { TeamRollup } from '../../model/audit.js';
import { fmtNumber, groupDigits } from '../wording.js';
import { LIMITS, firstOf, others } from './aggregate.js';
import { html } from './escape.js';
import { clip, hoursLabel, num, px, svgOpen } from './svg.js';
import { tableView } from './table.js';
import type { ReportBasis } from './view.js';

export interface TeamBar {
  /** The roll-up row; for folded teams, their sums. */
  team: TeamRollup;
  label: string;
  /** Hours per column (basis.columns), then unclassified hours last. */
  hours: number[];
  /** Teams folded into this row (0 for a team's own row). */
  folded: number;
}

export interface TeamsView {
  rollup: TeamRollup[];
  rows: TeamBar[];
  /** Teams in the roll-up that have no row of their own. */
  hidden: number;
  maxHours: number;
}

/** The teams chart's data; null when nobody has a team. */
export function teamsView(basis: ReportBasis): TeamsView | null {
  const { report, columns, columnOf } = basis;
  const rollup = report.teams ?? rollupByTeam(report.org, report.audit);
  if (rollup.every((t) => t.name === null)) return null;
  const width = columns.length + 1;
  const own = new Map<string | null, number[]>();
  let lastTeam: string | null | undefined;
  let hours: number[] = [];
  // The org's members, not the audit's: in file order a team's members mostly
  // come together, so the team is looked up only when it changes (the audit's,
  // worst first, took three times as long at 300,000).
  for (const m of report.org.members) {
    const key = m.team ?? null;
    if (key !== lastTeam) {
      lastTeam = key;
      const known = own.get(key);
      if (known) hours = known;
      else own.set(key, (hours = new Array<number>(width).fill(0)));
    }
    for (const t of m.tasks) {
      const k = t.discipline === null ? undefined : columnOf.get(t.discipline);
      hours[k ?? width - 1]! += t.effort;
    }
  }
  // Tree order puts each team before its sub-teams: backwards, every team comes after all of its own.
  const total = new Map<string | null, number[]>();
  for (let i = rollup.length - 1; i >= 0; i--) {
    const t = rollup[i]!;
    const sum = total.get(t.name) ?? new Array<number>(width).fill(0);
    add(sum, own.get(t.name));
    total.set(t.name, sum);
    if (t.parent !== null) {
      const parent = total.get(t.parent) ?? new Array<number>(width).fill(0);
      add(parent, sum);
      total.set(t.parent, parent);
    }
  }
  const bar = (t: TeamRollup): TeamBar => ({ team: t, label: t.name ?? '(no team)', hours: total.get(t.name)!, folded: 0 });
  const rows = pickRows(rollup).map(bar);
  const tops = rollup.filter((t) => t.depth === 0);
  let shown = rows;
  if (rows.length > LIMITS.teamRows) {
    shown = rows.slice(0, LIMITS.teamRows - 1);
    shown.push(foldTeams(tops.slice(LIMITS.teamRows - 1).map(bar), width));
  }
  // The folded row sums many teams: it would shrink every other bar, so it does not set the scale (its bar is cut at the end).
  const maxHours = Math.max(1, ...shown.filter((r) => r.folded === 0).map((r) => Math.max(r.team.capacity, r.hours.reduce((a, b) => a + b, 0))));
  return { rollup, rows: shown, hidden: rollup.length - shown.filter((r) => r.folded === 0).length, maxHours };
}

function add(into: number[], hours: number[] | undefined): void {
  if (hours) for (let k = 0; k < into.length; k++) into[k]! += hours[k]!;
}

/** The deepest levels of the tree that fit in LIMITS.teamRows, in tree order; at least the top level. */
function pickRows(rollup: readonly TeamRollup[]): TeamRollup[] {
  if (rollup.length <= LIMITS.teamRows) return [...rollup];
  let depth = 0;
  const upTo = (d: number): number => rollup.filter((t) => t.depth <= d).length;
  while (upTo(depth + 1) <= LIMITS.teamRows && upTo(depth + 1) > upTo(depth)) depth++;
  return rollup.filter((t) => t.depth <= depth);
}

function foldTeams(bars: readonly TeamBar[], width: number): TeamBar {
  const hours = new Array<number>(width).fill(0);
  const t: TeamRollup = { name: null, parent: null, depth: 0, headcount: 0, tasks: 0, effort: 0, capacity: 0, load: 0, overloaded: 0, stretched: 0, disciplines: [], gaps: [], highRisk: 0, handoffsOut: 0, handoffsIn: 0 };
  for (const b of bars) {
    add(hours, b.hours);
    t.headcount += b.team.headcount;
    t.tasks += b.team.tasks;
    t.effort += b.team.effort;
    t.capacity += b.team.capacity;
    t.overloaded += b.team.overloaded;
    t.stretched += b.team.stretched;
    t.highRisk += b.team.highRisk;
  }
  t.effort = Math.round(t.effort * 10) / 10;
  t.capacity = Math.round(t.capacity * 10) / 10;
  t.load = t.capacity > 0 ? Math.round((t.effort / t.capacity) * 100) : 0;
  return { team: t, label: others(bars.length, 'team', 'teams'), hours, folded: bars.length };
}

export function teamsChart(basis: ReportBasis, view: TeamsView, maxHours: number, width: number, id: string): string {
  const { columns } = basis;
  const labelWidth = Math.min(250, width * 0.28);
  const infoWidth = 150;
  const rowHeight = 30;
  const top = 24;
  const height = top + view.rows.length * rowHeight + 8;
  const x = scaleLinear().domain([0, maxHours]).nice().range([labelWidth, width - infoWidth]).clamp(true);
  const keys = [...columns.keys(), columns.length];
  const series = stack<TeamBar, number>()
    .keys(keys)
    .value((row, k) => row.hours[k]!)(view.rows);
  const out = [
    svgOpen(id, width, height, 'Hours per discipline per team', html(`${view.rows.length} teams${view.hidden ? ` of ${view.rollup.length}` : ''}, each bar split by discipline, with the team's capacity marked.`)),
  ];
  for (const tick of x.ticks(Math.max(3, Math.round(width / 140)))) {
    out.push(`<line class="grid" x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${top - 6}" y2="${height - 4}"/>`);
    out.push(`<text class="tick" x="${px(x(tick))}" y="${top - 10}" text-anchor="middle">${groupDigits(tick)} h</text>`);
  }
  view.rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const t = row.team;
    const indent = row.folded ? 0 : t.depth * 12;
    const people = `${groupDigits(t.headcount)} ${t.headcount === 1 ? 'person' : 'people'}`;
    out.push(
      `<g class="team-row" data-team="${html(row.label)}" data-headcount="${t.headcount}" data-load="${t.load}"><title>${html(`${row.label}: ${people}, ${hoursLabel(t.effort)} of ${hoursLabel(t.capacity)} h (${t.load}%)`)}</title>` +
        `<text class="label" x="${4 + indent}" y="${y + 13}">${html(clip(row.label, Math.floor((labelWidth - 14 - indent) / 7.4)))}</text>` +
        `<text class="sub" x="${4 + indent}" y="${y + 25}">${people}</text>`,
    );
    if (row.folded) {
      // Many teams summed: a bar on this scale would run off the chart. Their totals, in words.
      out.push(`<text class="sub" x="${px(labelWidth)}" y="${y + 17}">${html(`${groupDigits(Math.round(t.effort))} of ${groupDigits(Math.round(t.capacity))} h a week in all; every team is in the table`)}</text>`);
    } else for (const s of series) {
      const [a, b] = s[i]!;
      if (b - a <= 0) continue;
      const k = s.key;
      const unclassified = k === columns.length;
      const name = unclassified ? 'unclassified' : columns[k]!.id;
      out.push(
        `<rect class="${unclassified ? 'unclassified' : `c${columns[k]!.colour}`}" x="${px(x(a))}" y="${y + 5}" width="${px(Math.max(0.5, x(b) - x(a)))}" height="16"><title>${html(`${row.label}: ${hoursLabel(b - a)} h of ${name}`)}</title></rect>`,
      );
    }
    const end = x.domain()[1]!;
    if (!row.folded && t.capacity <= end) out.push(`<line class="mark-capacity" x1="${px(x(t.capacity))}" x2="${px(x(t.capacity))}" y1="${y + 1}" y2="${y + 25}"><title>capacity ${fmtNumber(t.capacity)} h</title></line>`);
    if (!row.folded && row.hours.reduce((a, b) => a + b, 0) > end) out.push(`<path class="unclassified" d="M${px(x(end) + 2)} ${y + 5}l7 8l-7 8z"><title>${html(`${fmtNumber(t.effort)} h in all, past the end of the axis`)}</title></path>`);
    const flags = [t.overloaded ? `${groupDigits(t.overloaded)} overloaded` : '', t.highRisk && !row.folded ? `${groupDigits(t.highRisk)} high risk` : ''].filter(Boolean).join(' · ');
    out.push(`<text class="value${t.load > basis.report.org.policy.maxLoad ? ' t-overloaded' : t.load > 100 ? ' t-stretched' : ''}" x="${px(width - infoWidth + 10)}" y="${y + 13}">${t.load}% load</text>`);
    if (flags) out.push(`<text class="sub" x="${px(width - infoWidth + 10)}" y="${y + 25}">${flags}</text>`);
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}

export function teamsMax(views: readonly (TeamsView | null)[]): number {
  return Math.max(1, ...views.map((v) => v?.maxHours ?? 1));
}

export function teamsTable(view: TeamsView, all: boolean): string {
  const { shown, hidden } = all ? { shown: view.rollup, hidden: 0 } : firstOf(view.rollup, LIMITS.tableRows);
  return tableView({
    caption: 'Table: team roll-up',
    head: ['Team', 'Parent', 'People', 'Rocks', 'Hours', 'Capacity', 'Load', 'Overloaded', 'Stretched', 'Gaps', 'High risk', 'Handoffs out', 'Handoffs in', 'Top disciplines'],
    numeric: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    rows: shown.map((t) => [
      { html: t.name === null ? '(no team)' : html(t.name) },
      { html: t.parent === null ? '' : html(t.parent) },
      { html: groupDigits(t.headcount), sort: t.headcount },
      { html: groupDigits(t.tasks), sort: t.tasks },
      { html: num(t.effort), sort: t.effort },
      { html: num(t.capacity), sort: t.capacity },
      { html: `${t.load}%`, sort: t.load },
      { html: String(t.overloaded) },
      { html: String(t.stretched) },
      { html: String(t.gaps.length), sort: t.gaps.length },
      { html: String(t.highRisk) },
      { html: String(t.handoffsOut) },
      { html: String(t.handoffsIn) },
      { html: t.disciplines.slice(0, 3).map(html).join(', ') },
    ]),
    hidden,
    noun: 'teams',
  });
}
