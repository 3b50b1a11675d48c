/**
 * Sentences shared by the human formats (table, markdown). They return plain
 * text built from untrusted names: the caller escapes for its medium.
 */
import type { Audit, Handoff, LoadChange } from '../model/audit.js';

export interface FormatContext {
  /** Colour output (terminal only). */
  color: boolean;
  /** Show every row instead of the worst entries. */
  all: boolean;
  /** Show why each task got its discipline. */
  explain: boolean;
  /** Rows per section when not `all`. */
  limit: number;
}

export const DEFAULT_CONTEXT: FormatContext = { color: false, all: false, explain: false, limit: 15 };

/** The rows to show and how many were left out. */
export function visibleRows<T>(rows: readonly T[], ctx: FormatContext): { shown: readonly T[]; hidden: number } {
  if (ctx.all || rows.length <= ctx.limit) return { shown: rows, hidden: 0 };
  return { shown: rows.slice(0, ctx.limit), hidden: rows.length - ctx.limit };
}

/** 30000 → "30,000", without Intl (whose first use costs several milliseconds of start-up). */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function moreLine(hidden: number, noun: string): string {
  return `… and ${hidden} more ${noun} (--all shows everything)`;
}

export function headline(audit: Audit): string {
  const stage = `${audit.stage}${audit.stageInferred ? ' (inferred from headcount)' : ''}`;
  const people = `${audit.headcount} ${audit.headcount === 1 ? 'member' : 'members'}`;
  const ground = audit.unassigned.length ? ` (${audit.unassigned.length} on the ground)` : '';
  const rocks = audit.totals.tasks + audit.unassigned.length;
  return `${audit.org} · ${stage} · ${people} · ${rocks} rocks${ground} · ${fmtHours(audit.totals.effort)} of ${fmtHours(audit.totals.capacity)} capacity (${audit.totals.load}%)`;
}

/** What the short column heads of the teams rollup mean. */
export const TEAM_LEGEND =
  'Over: overloaded members; Str.: stretched; Gaps: required disciplines nobody in the team carries; High: high-risk unicorns; Out, In: suggested handoffs leaving and entering the team.';

export function stageNote(audit: Audit): string {
  switch (audit.stage) {
    case 'startup':
      return 'At the startup stage generalists are expected: a wide span is normal, overload and sole ownership are what to watch.';
    case 'scale-up':
      return 'At the scale-up stage rocks should be leaving the generalists\' backpacks: a wide span is a risk to plan for.';
    case 'enterprise':
      return 'At the enterprise stage a person spanning several disciplines, or the only owner of one, is a single point of failure.';
  }
}

export function truckFactorLine(audit: Audit): string {
  const tf = audit.truckFactor;
  if (tf.people === null) return 'Truck factor: not applicable (no required discipline has an owner).';
  if (tf.people === 0) return 'Truck factor: 0 — most required disciplines already have no owner.';
  const who = tf.members.length <= 3 ? tf.members.join(', ') : `${tf.members.slice(0, 3).join(', ')} and ${tf.members.length - 3} more`;
  const gaps = audit.disciplines.filter((d) => d.status === 'gap').map((d) => d.id);
  const required = audit.disciplines.filter((d) => d.required).length;
  const lost = tf.disciplines.length + gaps.length;
  const already = gaps.length ? `, on top of ${gaps.join(', ')} already without one` : '';
  return `Truck factor: ${tf.people} — if ${who} left, ${lost} of ${required} required disciplines would have no owner: ${tf.disciplines.join(', ')}${already}.`;
}

/** Greedy word wrap for prose lines; `indent` prefixes continuation lines. */
export function wrapText(text: string, width = 80, indent = ''): string {
  const lead = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    if (line.trim() && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line.trim() ? `${line} ${word}` : line + word;
  }
  if (line.trim()) lines.push(line);
  return lines.join('\n');
}

export function fmtNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function fmtHours(h: number): string {
  return `${fmtNumber(h)} h`;
}

export function fmtChange(name: string, change: LoadChange | undefined): string {
  return change ? `${name} ${change.before}% → ${change.after}%` : name;
}

/** "Priya 140% → 105%, Dana 60% → 75%" as separate parts, names unescaped. */
export function handoffEffect(h: Handoff): { from: string; to: string } {
  return {
    from: h.from === null ? 'unassigned' : fmtChange(h.from, h.fromLoad),
    to: h.to === null ? `open a role: ${h.role}` : fmtChange(h.to, h.toLoad),
  };
}
