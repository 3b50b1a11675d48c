/**
 * Effort from tracker estimates: story points times hours per point, time
 * estimates in seconds (Jira's CSV) or written `1w 2d 3h 30m` (Jira's working
 * week: a week is 5 days, a day 8 hours), and a count of which rocks got which
 * for the summary line. An org file's effort is hours per week, at most 168.
 */
import type { EffortOrigin } from './model.js';

/** Hours of the week one story point stands for, unless --hours-per-point says otherwise. */
export const DEFAULT_HOURS_PER_POINT = 2;

/** The most hours a rock can carry in a week (the org file's limit). */
export const MAX_EFFORT = 168;

const UNIT_HOURS: Record<string, number> = { w: 40, d: 8, h: 1, m: 1 / 60 };

/** A number written the way exports write them: `3`, `2.5`, `2,5`; undefined for anything else. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/^(\d+),(\d+)$/, '$1.$2');
  if (!/^[+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Hours in a time estimate: `1w 2d 3h 30m`, `38h`, `90m`, `1.5d`; a bare
 * number is seconds when `bareUnit` is 'seconds' (Jira's CSV), hours otherwise.
 * Undefined when the text is not a duration.
 */
export function parseDuration(text: string, bareUnit: 'seconds' | 'hours' = 'hours'): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  const bare = parseNumber(t);
  if (bare !== undefined) return bareUnit === 'seconds' ? bare / 3600 : bare;
  const re = /(\d+(?:[.,]\d+)?)\s*(w|wk|wks|weeks?|d|days?|h|hrs?|hours?|m|mins?|minutes?)\b/g;
  let hours = 0;
  let consumed = '';
  for (const m of t.matchAll(re)) {
    hours += Number(m[1]!.replace(',', '.')) * UNIT_HOURS[m[2]![0]!]!;
    consumed += m[0];
  }
  // Every part must be a number and a unit: `3 apples` is not a duration.
  if (consumed === '' || t.replace(re, '').replace(/[\s,]+/g, '') !== '') return undefined;
  return hours;
}

/** An estimate as hours per week, rounded to a tenth of an hour (the org file shows what people write). */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** How many rocks got their effort where, for the summary line. */
export class EffortTally {
  readonly counts: Record<EffortOrigin, number> = { points: 0, time: 0, field: 0, default: 0 };
  /** Rocks whose estimate was over a week and was cut to MAX_EFFORT. */
  capped = 0;

  count(origin: EffortOrigin): void {
    this.counts[origin]++;
  }

  /** `effort: 120 rocks from story points (2 h per point), 30 from time estimates, 12 took the default (4 h)`. */
  summary(hoursPerPoint: number, defaultEffort: number): string {
    const { points, time, field, default: fallback } = this.counts;
    const parts: string[] = [];
    if (points > 0) parts.push(`${points} ${points === 1 ? 'rock' : 'rocks'} from story points (${hoursPerPoint} h per point)`);
    if (time > 0) parts.push(`${time} from time estimates`);
    if (field > 0) parts.push(`${field} from the effort column`);
    if (fallback > 0) parts.push(`${fallback} took the default (${defaultEffort} h)`);
    const capped = this.capped > 0 ? `; ${this.capped} over ${MAX_EFFORT} h were cut to ${MAX_EFFORT} h` : '';
    return `effort: ${parts.length > 0 ? parts.join(', ') : 'no rocks'}${capped}`;
  }
}
