/**
 * Load per member: one bar per person against the capacity mark (100 %)
 * and the policy's limit, worst first, coloured by status. Past
 * LIMITS.loadBars people, the bars show the worst and a histogram shows
 * everyone.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { LoadStatus, MemberLoad } from '../../model/audit.js';
import { fmtNumber, groupDigits } from '../wording.js';
import { firstOf, LIMITS } from './aggregate.js';
import { html } from './escape.js';
import { clip, px, svgOpen } from './svg.js';
import { tableView } from './table.js';
import type { ReportBasis } from './view.js';

/** Members per 10 % of load, split by status; the last bin holds everything from HISTOGRAM_TOP up. */
export interface LoadBin {
  /** Loads above `from` (0 included in the first bin) up to `from` + 10. */
  from: number;
  ok: number;
  stretched: number;
  overloaded: number;
}

export interface LoadView {
  shown: readonly MemberLoad[];
  rest: { count: number; ok: number; stretched: number; overloaded: number };
  /** Everyone by load, when the bars cannot show everyone. */
  histogram: LoadBin[] | null;
  maxLoad: number;
  /** The highest load among the bars, Infinity excluded. */
  peak: number;
}

const HISTOGRAM_TOP = 200;
const AXIS_CAP = 300;

export function loadView(basis: ReportBasis): LoadView {
  const { audit, org } = basis.report;
  const { shown, hidden } = firstOf(audit.members, LIMITS.loadBars);
  const rest = { count: hidden, ok: 0, stretched: 0, overloaded: 0 };
  let histogram: LoadBin[] | null = null;
  if (hidden > 0) {
    histogram = Array.from({ length: HISTOGRAM_TOP / 10 + 1 }, (_, k) => ({ from: k * 10, ok: 0, stretched: 0, overloaded: 0 }));
    const members = audit.members;
    for (let i = 0; i < members.length; i++) {
      const m = members[i]!;
      const bin = Math.min(histogram.length - 1, Math.max(0, Math.ceil(m.load / 10) - 1));
      histogram[bin]![m.status]++;
      if (i >= shown.length) rest[m.status]++;
    }
  }
  let peak = 0;
  for (const m of shown) if (Number.isFinite(m.load) && m.load > peak) peak = m.load;
  return { shown, rest, histogram, maxLoad: org.policy.maxLoad, peak };
}

/** The axis end for these views: past the worst bar and the policy limit, capped. */
export function loadAxisMax(views: readonly LoadView[]): number {
  let top = 110;
  for (const v of views) top = Math.max(top, v.peak + 10, v.maxLoad + 15);
  return Math.min(AXIS_CAP, Math.ceil(top / 25) * 25);
}

const STATUS_WORD: Record<LoadStatus, string> = { ok: 'within capacity', stretched: 'stretched', overloaded: 'overloaded' };

export function loadBars(view: LoadView, axisMax: number, width: number, id: string): string {
  const labelWidth = Math.min(230, width * 0.3);
  const valueWidth = 118;
  const rowHeight = 30;
  const top = 26;
  const height = top + view.shown.length * rowHeight + 8;
  const x = scaleLinear().domain([0, axisMax]).range([labelWidth, width - valueWidth]);
  const out: string[] = [];
  const over = view.shown.filter((m) => m.status === 'overloaded').length;
  out.push(
    svgOpen(
      id,
      width,
      height,
      'Load per member',
      html(`${view.shown.length} members, worst first: ${over} above the policy limit of ${view.maxLoad}%.`),
    ),
  );
  for (const tick of x.ticks(Math.max(3, Math.round(width / 120)))) {
    out.push(`<line class="grid" x1="${px(x(tick))}" x2="${px(x(tick))}" y1="${top - 6}" y2="${height - 4}"/>`);
    out.push(`<text class="tick" x="${px(x(tick))}" y="${top - 10}" text-anchor="middle">${tick}%</text>`);
  }
  out.push(`<line class="mark-capacity" x1="${px(x(100))}" x2="${px(x(100))}" y1="${top - 6}" y2="${height - 4}"><title>100%: capacity</title></line>`);
  if (view.maxLoad !== 100 && view.maxLoad < axisMax) {
    out.push(`<line class="mark-limit" x1="${px(x(view.maxLoad))}" x2="${px(x(view.maxLoad))}" y1="${top - 6}" y2="${height - 4}"><title>${view.maxLoad}%: the policy's limit</title></line>`);
  }
  view.shown.forEach((m, i) => {
    const y = top + i * rowHeight;
    const shownLoad = Math.min(m.load, axisMax);
    const w = Math.max(1, x(shownLoad) - x(0));
    const detail = [m.role, m.team].filter((s): s is string => s !== undefined).join(' · ');
    const hours = `${fmtNumber(m.effort)} of ${fmtNumber(m.capacity)} h`;
    const load = Number.isFinite(m.load) ? `${m.load}%` : 'no capacity';
    out.push(
      `<g class="bar" data-status="${m.status}" data-load="${m.load}"><title>${html(`${m.name} — ${load} (${hours}), ${m.tasks} rocks, ${STATUS_WORD[m.status]}`)}</title>` +
        `<text class="label" x="${px(labelWidth - 10)}" y="${y + 12}" text-anchor="end">${html(clip(m.name, 30))}</text>` +
        (detail ? `<text class="sub" x="${px(labelWidth - 10)}" y="${y + 24}" text-anchor="end">${html(clip(detail, 38))}</text>` : '') +
        `<rect class="s-${m.status}" x="${px(x(0))}" y="${y + 4}" width="${px(w)}" height="16" rx="2"/>` +
        (m.load > axisMax ? `<path class="s-${m.status}" d="M${px(x(0) + w)} ${y + 4}l7 8l-7 8z"/>` : '') +
        `<text class="value halo" x="${px(x(0) + w + (m.load > axisMax ? 12 : 6))}" y="${y + 16}">${load} · ${hours}</text></g>`,
    );
  });
  out.push('</svg>');
  return out.join('');
}

export function loadHistogram(view: LoadView, countMax: number, width: number, id: string): string {
  const bins = view.histogram!;
  const height = 210;
  const margin = { top: 22, right: 12, bottom: 34, left: 52 };
  const x = scaleBand<number>()
    .domain(bins.map((b) => b.from))
    .range([margin.left, width - margin.right])
    .paddingInner(0.12);
  const y = scaleLinear().domain([0, countMax]).nice().range([height - margin.bottom, margin.top]);
  const total = bins.reduce((sum, b) => sum + b.ok + b.stretched + b.overloaded, 0);
  const out = [svgOpen(id, width, height, 'Every member by load', html(`${groupDigits(total)} members in bins of 10% of capacity, coloured by status.`))];
  for (const tick of y.ticks(4)) {
    out.push(`<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${px(y(tick))}" y2="${px(y(tick))}"/>`);
    out.push(`<text class="tick" x="${margin.left - 6}" y="${px(y(tick) + 4)}" text-anchor="end">${groupDigits(tick)}</text>`);
  }
  for (const b of bins) {
    const x0 = x(b.from)!;
    let base = y(0);
    const count = b.ok + b.stretched + b.overloaded;
    const range = b.from >= HISTOGRAM_TOP ? `above ${HISTOGRAM_TOP}%` : `${b.from === 0 ? 0 : b.from + 1}–${b.from + 10}%`;
    out.push(`<g class="bin" data-count="${count}"><title>${range}: ${groupDigits(count)} members (${groupDigits(b.overloaded)} overloaded, ${groupDigits(b.stretched)} stretched)</title>`);
    for (const status of ['ok', 'stretched', 'overloaded'] as const) {
      if (b[status] === 0) continue;
      const top = y(b[status]) - y(0);
      out.push(`<rect class="s-${status}" x="${px(x0)}" y="${px(base + top)}" width="${px(x.bandwidth())}" height="${px(-top)}"/>`);
      base += top;
    }
    if (count > 0) out.push(`<text class="tick" x="${px(x0 + x.bandwidth() / 2)}" y="${px(base - 4)}" text-anchor="middle">${compact(count)}</text>`);
    out.push('</g>');
  }
  for (const b of bins) {
    if (b.from % 50 !== 0) continue;
    const label = b.from >= HISTOGRAM_TOP ? `${HISTOGRAM_TOP}%+` : `${b.from}%`;
    out.push(`<text class="tick" x="${px(x(b.from)!)}" y="${height - margin.bottom + 16}" text-anchor="middle">${label}</text>`);
  }
  out.push(`<text class="axis" x="${px((margin.left + width) / 2)}" y="${height - 4}" text-anchor="middle">load (percent of capacity)</text>`);
  out.push('</svg>');
  return out.join('');
}

/** The tallest histogram bar of these views. */
export function histogramMax(views: readonly LoadView[]): number {
  let top = 1;
  for (const v of views) for (const b of v.histogram ?? []) top = Math.max(top, b.ok + b.stretched + b.overloaded);
  return top;
}

function compact(n: number): string {
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : groupDigits(n);
}

export function loadTable(basis: ReportBasis, all: boolean): string {
  const members = basis.report.audit.members;
  const { shown, hidden } = all ? { shown: members, hidden: 0 } : firstOf(members, LIMITS.tableRows);
  return tableView({
    caption: 'Table: load per member',
    head: ['Member', 'Role', 'Team', 'Load', 'Hours', 'Capacity', 'Rocks', 'Disciplines', 'Status'],
    numeric: [3, 4, 5, 6],
    rows: shown.map((m) => [
      { html: html(m.name) },
      { html: html(m.role ?? '') },
      { html: html(m.team ?? '') },
      { html: Number.isFinite(m.load) ? `${m.load}%` : '—', sort: m.load },
      { html: fmtNumber(m.effort), sort: m.effort },
      { html: fmtNumber(m.capacity), sort: m.capacity },
      { html: String(m.tasks) },
      { html: m.disciplines.map((d) => html(d.id)).join(', ') },
      { html: STATUS_WORD[m.status], cls: `t-${m.status}` },
    ]),
    hidden,
    noun: 'members',
  });
}
