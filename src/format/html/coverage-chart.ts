/**
 * Discipline coverage: a person × discipline heat map of hours, required
 * disciplines first, a gap as an empty column, each sole owner's cell
 * marked. Rows are the widest spans first (the unicorn ranking); past
 * LIMITS.heatRows people, the rest are one row of totals.
 */
import { scaleSqrt } from 'd3-scale';
import type { MemberLoad, RiskLevel } from '../../model/audit.js';
import { fmtNumber, groupDigits } from '../wording.js';
import { LIMITS, others } from './aggregate.js';
import { html } from './escape.js';
import { clip, hoursLabel, num, px, svgOpen } from './svg.js';
import { tableView } from './table.js';
import type { ReportBasis } from './view.js';

export interface HeatRow {
  label: string;
  detail: string;
  /** People in the row: 1, or the number folded into the "others" row. */
  people: number;
  /** Hours per column (basis.columns). */
  hours: number[];
  /** Per column: how many of the row's people carry it. */
  owners: number[];
  /** Per column: the row holds the discipline's only owner. */
  sole: boolean[];
  load: number;
  score: number;
  level: RiskLevel | null;
}

export interface HeatView {
  rows: HeatRow[];
  /** Everyone not in `rows`, summed; null when every member has a row. */
  others: HeatRow | null;
  /** The largest hours of one person in one discipline. */
  max: number;
}

export function heatView(basis: ReportBasis): HeatView {
  const { audit } = basis.report;
  const { columns, columnOf } = basis;
  const top = audit.unicorns.slice(0, LIMITS.heatRows);
  const wanted = new Map(top.map((u) => [u.name, u]));
  const loads = new Map<string, MemberLoad>();
  for (const m of audit.members) {
    if (wanted.has(m.name) && !loads.has(m.name)) {
      loads.set(m.name, m);
      if (loads.size === wanted.size) break;
    }
  }
  let max = 0;
  const rows = top.map((u): HeatRow => {
    const m = loads.get(u.name)!;
    const hours = columns.map(() => 0);
    const owners = columns.map(() => 0);
    for (const d of m.disciplines) {
      const k = columnOf.get(d.id);
      if (k === undefined) continue;
      hours[k]! += d.effort;
      owners[k] = 1;
      max = Math.max(max, hours[k]!);
    }
    return {
      label: m.name,
      detail: [m.role, m.team].filter((s): s is string => s !== undefined).join(' · '),
      people: 1,
      hours,
      owners,
      sole: columns.map((c, k) => owners[k] === 1 && c.soleOwner === m.name),
      load: m.load,
      score: u.score,
      level: u.level,
    };
  });
  // Everyone else: the disciplines' totals less the rows drawn (a pass over every member's disciplines cost a third of a second at 300,000).
  const people = audit.members.length - rows.length;
  if (people <= 0) return { rows, others: null, max };
  const shown = new Set(rows.map((r) => r.label));
  const othersRow: HeatRow = {
    label: others(people, 'member', 'members'),
    detail: '',
    people,
    hours: columns.map((c, k) => Math.max(0, c.effort - rows.reduce((sum, r) => sum + r.hours[k]!, 0))),
    owners: columns.map((c, k) => c.owners - rows.reduce((sum, r) => sum + r.owners[k]!, 0)),
    sole: columns.map((c) => c.soleOwner !== null && !shown.has(c.soleOwner)),
    load: 0,
    score: 0,
    level: null,
  };
  return { rows, others: othersRow, max };
}

export function heatMax(views: readonly HeatView[]): number {
  return Math.max(1, ...views.map((v) => v.max));
}

const LEVEL_WORD: Record<RiskLevel, string> = { low: 'low', medium: 'medium', high: 'high' };

export function heatMap(basis: ReportBasis, view: HeatView, max: number, width: number, id: string): string {
  const { columns } = basis;
  const labelWidth = Math.min(210, width * 0.26);
  const riskWidth = 86;
  const head = 166;
  const rowHeight = 28;
  const cellWidth = Math.min(64, (width - labelWidth - riskWidth) / Math.max(1, columns.length));
  const rows = view.others ? [...view.rows, view.others] : view.rows;
  const gapBeforeOthers = view.others ? 10 : 0;
  const height = head + rows.length * rowHeight + gapBeforeOthers + 8;
  const opacity = scaleSqrt().domain([0, max]).range([0.1, 1]).clamp(true);
  const othersOpacity = view.others ? scaleSqrt().domain([0, Math.max(1, ...view.others.hours)]).range([0.1, 1]) : opacity;
  const gaps = columns.filter((c) => c.status === 'gap').length;
  const sole = columns.filter((c) => c.owners === 1).length;
  const out = [
    svgOpen(
      id,
      width,
      height,
      'Discipline coverage',
      html(`Hours per person and discipline for ${view.rows.length} people${view.others ? ` and ${view.others.label}` : ''}; ${gaps} required ${gaps === 1 ? 'discipline has' : 'disciplines have'} no owner, ${sole} ${sole === 1 ? 'has' : 'have'} exactly one.`),
    ),
  ];
  const x = (k: number): number => labelWidth + k * cellWidth;
  const required = columns.filter((c) => c.required).length;
  if (required > 0) {
    out.push(`<line class="bracket" x1="${px(x(0) + 2)}" x2="${px(x(required) - 2)}" y1="12" y2="12"/>`);
    out.push(`<text class="bracket-label" x="${px((x(0) + x(required)) / 2)}" y="7" text-anchor="middle">required</text>`);
  }
  columns.forEach((c, k) => {
    const cx = x(k) + cellWidth / 2;
    const cls = c.status === 'gap' ? 'col-gap' : c.owners === 0 ? 'col-unowned' : 'col';
    out.push(
      `<g class="column ${cls}" data-discipline="${html(c.id)}" data-status="${c.status}" data-owners="${c.owners}"><title>${html(`${c.name}: ${c.status}, ${groupDigits(c.owners)} ${c.owners === 1 ? 'owner' : 'owners'}, ${hoursLabel(c.effort)} h a week`)}</title>` +
        `<text class="col-label" transform="translate(${px(cx + 4)} ${head - 6}) rotate(-90)">${html(clip(c.id, 23))}</text>` +
        (c.status === 'gap' || c.owners === 0
          ? `<rect class="${c.status === 'gap' ? 'gap-stripe' : 'unowned-stripe'}" x="${px(x(k) + 1)}" y="${head}" width="${px(cellWidth - 2)}" height="${px(height - head - 8)}"/>` +
            (c.status !== 'gap'
              ? ''
              : rows.length >= 3
                ? `<text class="gap-label" transform="translate(${px(cx + 4)} ${head + 8}) rotate(90)">no owner</text>`
                : `<text class="gap-label" x="${px(cx)}" y="${head + 17}" text-anchor="middle">none</text>`)
          : '') +
        '</g>',
    );
  });
  rows.forEach((row, r) => {
    const isOthers = row === view.others;
    const y = head + r * rowHeight + (isOthers ? gapBeforeOthers : 0);
    const scale = isOthers ? othersOpacity : opacity;
    out.push(`<g class="${isOthers ? 'heat-row heat-others' : 'heat-row'}" data-people="${row.people}">`);
    out.push(`<text class="label" x="${px(labelWidth - 10)}" y="${y + 13}" text-anchor="end">${html(clip(row.label, 28))}<title>${html(row.label)}</title></text>`);
    if (row.detail) out.push(`<text class="sub" x="${px(labelWidth - 10)}" y="${y + 24}" text-anchor="end">${html(clip(row.detail, 34))}</text>`);
    columns.forEach((c, k) => {
      const hours = row.hours[k]!;
      if (row.owners[k] === 0) return;
      const o = scale(hours);
      const who = isOthers ? `${groupDigits(row.owners[k]!)} of ${row.label} carry` : `${row.label} carries`;
      out.push(
        `<g class="cell${row.sole[k] ? ' sole' : ''}" data-discipline="${html(c.id)}" data-hours="${num(hours)}"><title>${html(`${who} ${fmtNumber(hours)} h of ${c.id}${row.sole[k] ? ' — the only owner' : ''}`)}</title>` +
          `<rect class="heat" x="${px(x(k) + 1)}" y="${y + 1}" width="${px(cellWidth - 2)}" height="${rowHeight - 2}" rx="2" fill-opacity="${o.toFixed(2)}"/>` +
          (row.sole[k] ? `<path class="sole-mark" d="M${px(x(k) + cellWidth - 12)} ${y + 2}h10v10z"/>` : '') +
          `<text class="${o > 0.55 ? 'cell-text on-dark' : 'cell-text'}" x="${px(x(k) + cellWidth / 2)}" y="${y + 18}" text-anchor="middle">${isOthers ? compactHours(hours) : fmtNumber(hours)}</text></g>`,
      );
    });
    if (row.level !== null) {
      out.push(
        `<text class="risk r-${row.level}" x="${px(width - riskWidth + 10)}" y="${y + 18}"><title>Unicorn score ${row.score.toFixed(1)}: ${LEVEL_WORD[row.level]} risk</title>${row.score.toFixed(1)} ${LEVEL_WORD[row.level]}</text>`,
      );
    }
    out.push('</g>');
  });
  out.push(`<text class="tick" x="${px(width - riskWidth + 10)}" y="${head - 8}">unicorn risk</text>`);
  out.push('</svg>');
  return out.join('');
}

function compactHours(h: number): string {
  return h >= 10_000 ? `${Math.round(h / 1000)}k` : fmtNumber(Math.round(h));
}

export function coverageTable(basis: ReportBasis): string {
  return tableView({
    caption: 'Table: coverage per discipline',
    head: ['Discipline', 'Required', 'Status', 'Owners', 'Sole owner', 'Hours/week', 'Share', 'Role to open'],
    numeric: [3, 5, 6],
    rows: basis.columns.map((c) => [
      { html: `${html(c.name)} <code>${html(c.id)}</code>` },
      { html: c.required ? 'yes' : 'no' },
      { html: c.status, cls: `t-${c.status}` },
      { html: groupDigits(c.owners), sort: c.owners },
      { html: c.soleOwner === null ? '' : html(c.soleOwner) },
      { html: hoursLabel(c.effort), sort: c.effort },
      { html: `${Math.round(c.share)}%`, sort: c.share },
      { html: c.owners === 0 && c.required ? html(c.role) : '' },
    ]),
  });
}

export function heatTable(basis: ReportBasis, view: HeatView): string {
  const rows = view.others ? [...view.rows, view.others] : view.rows;
  return tableView({
    caption: 'Table: hours per person and discipline',
    head: ['Member', ...basis.columns.map((c) => html(c.id)), 'Unicorn score'],
    numeric: [...basis.columns.map((_, k) => k + 1), basis.columns.length + 1],
    rows: rows.map((row) => [
      { html: html(row.label) },
      ...row.hours.map((h, k) => ({ html: row.owners[k] ? `${hoursLabel(h)}${row.sole[k] ? ' (only owner)' : ''}` : '', sort: h })),
      { html: row.level === null ? '' : `${row.score.toFixed(1)} ${row.level}`, sort: row.score },
    ]),
  });
}
