/**
 * Truck factor, step by step: how many required disciplines still have an
 * owner as the key people leave, one bar per step. Each step takes away the owners of the one
 * discipline that costs the fewest further departures; the first steps are
 * the disciplines of the audit's truck factor, so the curve crosses the
 * "most required disciplines lost" line at exactly its number of people.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { groupDigits } from '../wording.js';
import { html } from './escape.js';
import { clip, px, svgOpen } from './svg.js';
import type { ReportBasis } from './view.js';

export interface TruckStep {
  /** Disciplines that lose their last owner at this step. */
  disciplines: string[];
  /** People who leave at this step, and the first few of their names. */
  leaving: number;
  names: string[];
  /** People gone so far, and required disciplines still owned after the step. */
  gone: number;
  covered: number;
  /** Whether the step belongs to the audit's truck factor. */
  inTruckFactor: boolean;
}

export interface TruckView {
  required: number;
  /** Required disciplines with an owner today. */
  covered: number;
  /** Required disciplines without an owner that count as "most of them". */
  majority: number;
  /** The audit's truck factor (null: not applicable). */
  people: number | null;
  steps: TruckStep[];
}

/** Bits per member: owned required disciplines beyond this many are left out of the steps (which then stop short of none). */
const MAX_BITS = 30;
const NAMES_PER_STEP = 3;

export function truckView(basis: ReportBasis): TruckView | null {
  const { audit, org } = basis.report;
  const required = basis.columns.filter((c) => c.required);
  if (required.length === 0) return null;
  const ownedAll = required.filter((c) => c.owners > 0);
  const owned = ownedAll.slice(0, MAX_BITS);
  const bit = new Map(owned.map((c, i) => [c.id, i]));
  // The members who own a required discipline (a task in it), as bit sets;
  // read from the org's members, in file order: the audit's, worst first,
  // took a second at 300,000 (a cache miss each).
  const who: number[] = [];
  const bits: number[] = [];
  org.members.forEach((m, i) => {
    let b = 0;
    for (const t of m.tasks) {
      const k = t.discipline === null ? undefined : bit.get(t.discipline);
      if (k !== undefined) b |= 1 << k;
    }
    if (b !== 0) {
      who.push(i);
      bits.push(b);
    }
  });
  const gone = new Uint8Array(who.length);
  const truck = new Set(audit.truckFactor.disciplines);
  const steps: TruckStep[] = [];
  let left = owned.map((_, k) => k);
  let total = 0;
  let covered = ownedAll.length;
  while (left.length > 0) {
    const inTruck = left.filter((k) => truck.has(owned[k]!.id));
    const candidates = inTruck.length > 0 ? inTruck : left;
    const cost = new Float64Array(owned.length);
    for (let j = 0; j < who.length; j++) if (!gone[j]) for (const k of candidates) if (bits[j]! & (1 << k)) cost[k]!++;
    let pick = candidates[0]!;
    for (const k of candidates) if (cost[k]! < cost[pick]!) pick = k;
    const names: string[] = [];
    let leaving = 0;
    for (let j = 0; j < who.length; j++) {
      if (gone[j] || !(bits[j]! & (1 << pick))) continue;
      gone[j] = 1;
      leaving++;
      if (names.length < NAMES_PER_STEP) names.push(org.members[who[j]!]!.name);
    }
    total += leaving;
    covered--;
    const step = { disciplines: [owned[pick]!.id], leaving, names, gone: total, covered, inTruckFactor: truck.has(owned[pick]!.id) };
    const last = steps[steps.length - 1];
    // Owners already gone with an earlier discipline: the same step.
    if (leaving === 0 && last && last.inTruckFactor === step.inTruckFactor) {
      last.disciplines.push(step.disciplines[0]!);
      last.covered = covered;
    } else steps.push(step);
    left = left.filter((k) => k !== pick);
  }
  return {
    required: required.length,
    covered: ownedAll.length,
    majority: Math.floor(required.length / 2) + 1,
    people: audit.truckFactor.people,
    steps,
  };
}

export function truckChart(view: TruckView, width: number, id: string): string {
  const height = 260;
  const margin = { top: 26, right: 16, bottom: 52, left: 40 };
  const states = [{ label: 'today', gone: 0, covered: view.covered, inTruckFactor: true, leaving: 0, names: [] as string[] }, ...view.steps.map((s) => ({ ...s, label: who(s) }))];
  const x = scaleBand<number>()
    .domain(states.map((_, i) => i))
    // Bars no wider than about 110 units: two states should not fill the page.
    .range([margin.left, Math.min(width - margin.right, margin.left + states.length * 150)])
    .paddingInner(0.28)
    .paddingOuter(0.1);
  const y = scaleLinear().domain([0, view.required]).range([height - margin.bottom, margin.top]);
  const threshold = view.required - view.majority;
  const tf = view.people;
  const description =
    tf === null
      ? 'No departure can leave most required disciplines without an owner.'
      : tf === 0
        ? 'Most required disciplines already have no owner.'
        : `${view.covered} of ${view.required} required disciplines have an owner today; if ${groupDigits(tf)} ${tf === 1 ? 'person leaves' : 'people leave'}, ${view.majority} or more have none.`;
  const out = [svgOpen(id, width, height, 'Truck factor, step by step', html(description))];
  for (let k = 0; k <= view.required; k += view.required > 12 ? 2 : 1) {
    out.push(`<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${px(y(k))}" y2="${px(y(k))}"/>`);
    out.push(`<text class="tick" x="${margin.left - 8}" y="${px(y(k) + 4)}" text-anchor="end">${k}</text>`);
  }
  out.push(`<text class="axis" transform="translate(11 ${px((margin.top + height - margin.bottom) / 2)}) rotate(-90)" text-anchor="middle">required, owned</text>`);
  const bw = x.bandwidth();
  const chars = Math.max(6, Math.floor(bw / 6));
  states.forEach((s, i) => {
    const x0 = x(i)!;
    const lost = s.covered <= threshold;
    const cls = `${lost ? 'truck-bar lost' : 'truck-bar'}${s.inTruckFactor ? ' in-truck' : ''}`;
    const title = i === 0 ? `Today: ${s.covered} of ${view.required} required disciplines have an owner` : `After step ${i}: ${groupDigits(s.gone)} gone, ${s.covered} of ${view.required} still owned`;
    out.push(
      `<g class="${i === 0 ? 'today' : 'step'}${s.inTruckFactor && i > 0 ? ' in-truck' : ''}" data-gone="${s.gone}" data-covered="${s.covered}"><title>${html(title)}</title>` +
        `<rect class="${cls}" x="${px(x0)}" y="${px(y(s.covered))}" width="${px(bw)}" height="${px(Math.max(0, y(0) - y(s.covered)))}" rx="2"/>` +
        `<text class="value" x="${px(x0 + bw / 2)}" y="${px(y(s.covered) - 5)}" text-anchor="middle">${s.covered}</text>` +
        `<text class="label" x="${px(x0 + bw / 2)}" y="${height - margin.bottom + 16}" text-anchor="middle">${html(clip(s.label, chars))}</text>` +
        `<text class="sub" x="${px(x0 + bw / 2)}" y="${height - margin.bottom + 30}" text-anchor="middle">${i === 0 ? '' : `${groupDigits(s.gone)} gone`}</text></g>`,
    );
  });
  const reached = states.findIndex((s) => s.covered <= threshold);
  if (tf !== null && tf > 0 && reached > 0) {
    const x0 = x(reached)! + bw / 2;
    out.push(`<text class="truck-label" x="${px(x0)}" y="${px(margin.top - 12)}" text-anchor="middle">truck factor ${groupDigits(tf)}</text>`);
  }
  out.push(`<line class="mark-limit" x1="${margin.left}" x2="${width - margin.right}" y1="${px(y(threshold))}" y2="${px(y(threshold))}"/>`);
  out.push(`<text class="danger-label" x="${px(width - margin.right)}" y="${px(y(threshold) - 5)}" text-anchor="end">at or below: most required disciplines lost</text>`);
  out.push('</svg>');
  return out.join('');
}

/** Who leaves at a step, in a few words: their names, or how many they are. */
function who(s: TruckStep): string {
  if (s.leaving === 0) return 'nobody else';
  return s.names.length === s.leaving ? s.names.join(', ') : `${groupDigits(s.leaving)} people`;
}

/** The steps as an ordered list: who leaves, and what is left without an owner. */
export function truckSteps(view: TruckView): string {
  const items = view.steps.map((s) => {
    const who = s.names.length === s.leaving ? s.names.map(html).join(', ') : `${groupDigits(s.leaving)} people (${s.names.map(html).join(', ')}, …)`;
    const verb = s.leaving === 1 ? 'leaves' : 'leave';
    const what = s.disciplines.map((d) => `<code>${html(d)}</code>`).join(', ');
    return `<li${s.inTruckFactor ? ' class="in-truck"' : ''}>${s.leaving === 0 ? 'Nobody else' : who} ${s.leaving === 0 ? 'needs to leave' : verb}: ${what} ${s.disciplines.length === 1 ? 'has' : 'have'} no owner left; ${s.covered} of ${view.required} required still covered.</li>`;
  });
  return `<ol class="steps">${items.join('')}</ol>`;
}
