/**
 * The headline figures at the top of the page, as cards, and the few
 * sentences a reader should take away. A card knows which direction is
 * worse, so a before-and-after page can say whether a change helped.
 */
import { fmtHours, groupDigits, stageNote, truckFactorLine } from '../wording.js';
import { html } from './escape.js';
import { hoursLabel } from './svg.js';
import type { ReportBasis } from './view.js';

type Tone = 'good' | 'warn' | 'bad';

interface Kpi {
  key: string;
  label: string;
  value(b: ReportBasis): number | null;
  show(v: number | null): string;
  sub(b: ReportBasis): string;
  tone(b: ReportBasis): Tone;
  /** Whether a higher value is worse. */
  higherIsWorse: boolean;
}

const count = (v: number | null): string => (v === null ? '—' : groupDigits(v));

const KPIS: Kpi[] = [
  {
    key: 'load',
    label: 'Load',
    value: (b) => b.report.audit.totals.load,
    show: (v) => `${v}%`,
    sub: (b) => `${hoursLabel(b.report.audit.totals.effort)} h of ${hoursLabel(b.report.audit.totals.capacity)} h capacity a week`,
    tone: (b) => (b.report.audit.totals.load > b.report.org.policy.maxLoad ? 'bad' : b.report.audit.totals.load > 100 ? 'warn' : 'good'),
    higherIsWorse: true,
  },
  {
    key: 'overloaded',
    label: 'Overloaded',
    value: (b) => b.counts.overloaded,
    show: count,
    sub: (b) => `above the ${b.report.org.policy.maxLoad}% limit; ${groupDigits(b.counts.stretched)} more above 100%`,
    tone: (b) => (b.counts.overloaded > 0 ? 'bad' : b.counts.stretched > 0 ? 'warn' : 'good'),
    higherIsWorse: true,
  },
  {
    key: 'gaps',
    label: 'Required gaps',
    value: (b) => b.counts.gaps,
    show: count,
    sub: (b) => `of ${b.counts.required} required disciplines ${b.counts.gaps === 1 ? 'has' : 'have'} no owner; ${b.counts.thin} more ${b.counts.thin === 1 ? 'has' : 'have'} too few owners`,
    tone: (b) => (b.counts.gaps > 0 ? 'bad' : b.counts.thin > 0 ? 'warn' : 'good'),
    higherIsWorse: true,
  },
  {
    key: 'truck-factor',
    label: 'Truck factor',
    value: (b) => b.report.audit.truckFactor.people,
    show: count,
    sub: () => 'people whose leaving would leave most required disciplines without an owner',
    tone: (b) => {
      const p = b.report.audit.truckFactor.people;
      return p === null ? 'good' : p <= 1 ? 'bad' : p <= 2 ? 'warn' : 'good';
    },
    higherIsWorse: false,
  },
  {
    key: 'high-risk',
    label: 'Unicorn risk',
    value: (b) => b.counts.highRisk,
    show: count,
    sub: (b) => `${b.counts.highRisk === 1 ? 'person' : 'people'} at high risk; ${b.counts.soleOwned} ${b.counts.soleOwned === 1 ? 'discipline has' : 'disciplines have'} one owner`,
    tone: (b) => (b.counts.highRisk > 0 ? 'bad' : b.counts.soleOwned > 0 ? 'warn' : 'good'),
    higherIsWorse: true,
  },
  {
    key: 'handoffs',
    label: 'Handoffs',
    value: (b) => b.counts.handoffs,
    show: count,
    sub: (b) => `suggested; ${groupDigits(b.counts.toRoles)} to roles to open`,
    tone: () => 'good',
    higherIsWorse: true,
  },
  {
    key: 'roles',
    label: 'Roles to open',
    value: (b) => b.counts.rolesToOpen,
    show: count,
    sub: (b) => `${hoursLabel(b.counts.roleHours)} h a week nobody can take`,
    tone: (b) => (b.counts.rolesToOpen > 0 ? 'warn' : 'good'),
    higherIsWorse: true,
  },
  {
    key: 'unassigned',
    label: 'On the ground',
    value: (b) => b.counts.unassigned,
    show: count,
    sub: (b) => `${b.counts.unassigned === 1 ? 'rock' : 'rocks'} nobody carries`,
    tone: (b) => (b.counts.unassigned > 0 ? 'warn' : 'good'),
    higherIsWorse: true,
  },
];

function card(k: Kpi, b: ReportBasis, before?: ReportBasis): string {
  const v = k.value(b);
  let delta = '';
  let was = '';
  if (before) {
    const w = k.value(before);
    was = ` <span class="was">was ${k.show(w)}</span>`;
    if (v !== null && w !== null && v !== w) {
      const worse = (v > w) === k.higherIsWorse;
      delta = `<span class="delta ${worse ? 'worse' : 'better'}">${v > w ? '\u25B2' : '\u25BC'} ${groupDigits(Math.abs(v - w))}</span>`;
    } else if (v === w) delta = '<span class="delta same">=</span>';
  }
  const tone = k.tone(b);
  return (
    `<div class="kpi${tone === 'good' ? '' : ` ${tone}`}" data-kpi="${k.key}" data-value="${v === null ? '' : v}">` +
    `<div class="label">${k.label}</div><div class="value">${k.show(v)}${delta}${was}</div><div class="sub">${html(k.sub(b))}</div></div>`
  );
}

export function kpiCards(b: ReportBasis, before?: ReportBasis): string {
  return `<div class="kpis">${KPIS.map((k) => card(k, b, before)).join('')}</div>`;
}

/** What a reader should take away, most pressing first. Escaped HTML list items. */
export function keyFindings(b: ReportBasis): string {
  const { audit, org } = b.report;
  const items: string[] = [];
  const worst = audit.members[0];
  if (worst && worst.status !== 'ok') {
    const n = worst.disciplines.length;
    items.push(
      `<strong>${html(worst.name)}</strong> carries ${html(fmtHours(worst.effort))} a week against ${html(fmtHours(worst.capacity))} of capacity (${Number.isFinite(worst.load) ? `${worst.load}%` : 'no capacity'}), in ${n} ${n === 1 ? 'discipline' : 'disciplines'}.`,
    );
  }
  if (b.counts.overloaded > 1) items.push(`${groupDigits(b.counts.overloaded)} members are above the policy's ${org.policy.maxLoad}% limit.`);
  const gaps = b.columns.filter((c) => c.status === 'gap');
  if (gaps.length > 0) {
    items.push(`Nobody owns ${gaps.map((c) => `<strong>${html(c.name)}</strong>`).join(', ')}: the work is the work, and someone has to carry it.`);
  }
  const sole = audit.unicorns[0];
  if (sole && sole.soleOwnerOf.length > 1) {
    items.push(`${html(sole.name)} is the only owner of ${sole.soleOwnerOf.length} disciplines: ${sole.soleOwnerOf.map(html).join(', ')}.`);
  }
  if (audit.truckFactor.people !== null) items.push(html(truckFactorLine(audit)));
  items.push(html(stageNote(audit)));
  return `<ul class="findings">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}
