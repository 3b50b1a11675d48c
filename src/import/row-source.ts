/**
 * What every CSV importer is: a header test for detection, and a function
 * from one record to a rock, a done row, or a problem with that row.
 */
import type { Columns, CsvRecord } from './columns.js';
import { MAX_EFFORT, parseDuration, parseNumber, roundHours } from './effort.js';
import type { DisciplineHints } from './hints.js';
import type { EffortOrigin, ImportedRock } from './model.js';

/** The options of `rocks import` that importers read. */
export interface SourceOptions {
  hoursPerPoint: number;
  /** Asana and csv: the column holding effort. */
  effortColumn?: string;
  /** GitHub projects: the field holding effort. */
  effortField?: string;
  /** GitHub: the team every member belongs to. */
  team?: string;
  /** csv: rocks field to column (`person=Owner,title=Task`). */
  map?: Readonly<Record<string, string>>;
  /** The tracker's address, to write full links (`https://acme.atlassian.net`). */
  url?: string;
  hints: DisciplineHints;
  /** Keep finished work too (--include-done). */
  includeDone: boolean;
}

export type RowResult = { kind: 'rock'; rock: ImportedRock; /** A value that could not be used, and what was done instead. */ warning?: string } | { kind: 'done' } | { kind: 'problem'; message: string };

/** A CSV importer bound to one export's header. */
export type RowReader = (record: CsvRecord, line: number) => RowResult;

export interface CsvSource {
  /** How sure the header is this source's: 0 not at all; the best score wins detection. */
  score(columns: Columns): number;
  /** A reader for rows under this header, or a message saying which column is missing. */
  bind(columns: Columns, options: SourceOptions): RowReader | string;
}

/** Effort in hours per week, where it came from, or a message about the value that cannot be read. */
export interface EffortValue {
  effort?: number;
  origin: EffortOrigin;
  /** The estimate was over a week and was cut to MAX_EFFORT. */
  capped?: boolean;
}
export type Effort = EffortValue | { problem: string };

/** Story points, a time estimate or a plain hours figure, in that order of preference, as hours per week. */
export function effortFrom(parts: { points?: [string, string | undefined]; time?: [string, string | undefined, 'seconds' | 'hours']; hours?: [string, string | undefined] }, hoursPerPoint: number): Effort {
  const done = (hours: number, origin: EffortOrigin): Effort => (hours > MAX_EFFORT ? { effort: MAX_EFFORT, origin, capped: true } : { effort: roundHours(hours), origin });
  if (parts.points?.[1] !== undefined) {
    const points = parseNumber(parts.points[1]);
    if (points === undefined) return { problem: `${parts.points[0]} "${parts.points[1]}" is not a number of points` };
    return done(points * hoursPerPoint, 'points');
  }
  if (parts.time?.[1] !== undefined) {
    const hours = parseDuration(parts.time[1], parts.time[2]);
    if (hours === undefined) return { problem: `${parts.time[0]} "${parts.time[1]}" is not a duration (write seconds, or 1w 2d 3h 30m)` };
    return done(hours, 'time');
  }
  if (parts.hours?.[1] !== undefined) {
    const hours = parseDuration(parts.hours[1], 'hours');
    if (hours === undefined) return { problem: `${parts.hours[0]} "${parts.hours[1]}" is not a number of hours` };
    return done(hours, 'field');
  }
  return { origin: 'default' };
}

/** An effort that could be read, or the default in place of one that could not. */
export function usable(effort: Effort): EffortValue {
  return 'problem' in effort ? { origin: 'default' } : effort;
}

/** What to say about an estimate that could not be read. */
export function effortWarning(effort: Effort): string | undefined {
  return 'problem' in effort ? `${effort.problem}; the default effort is used` : undefined;
}

/** The longest title an org file takes. */
const MAX_TITLE = 1000;
/** The most tags a rock takes, and the longest tag. */
const MAX_TAGS = 50;
const MAX_TAG = 200;

/**
 * Text as one trimmed line: control characters, line and paragraph separators,
 * the noncharacters U+FFFE and U+FFFF and runs of spaces become one space (no
 * YAML file may hold them raw), half a surrogate pair the replacement character.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\s]+/g, ' ').trim();
  return line.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** At most `max` UTF-16 units, never half of a surrogate pair, trimmed; `mark` ends a text that was cut. */
export function clip(text: string, max: number, mark = ''): string {
  if (text.length <= max) return text;
  let end = max - mark.length;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}${mark}`;
}

/** A name (of a person, team, role or org) as one line of at most 200 characters, as the org file takes it. */
export function cleanName(name: string): string {
  return clip(oneLine(name), 200);
}

/** A title as one line of text no longer than an org file takes. */
export function cleanTitle(title: string): string {
  return clip(oneLine(title), MAX_TITLE, '\u2026');
}

/** Tags an org file takes: one line each, at most 200 characters, at most 50. */
export function cleanTags(tags: readonly string[]): string[] {
  return tags
    .map((t) => clip(oneLine(t), MAX_TAG))
    .filter((t) => t !== '')
    .slice(0, MAX_TAGS);
}

/** A rock from the parts every importer finds, its effort already worked out. */
export function makeRock(parts: { title: string; line: number; effort: EffortValue; labels: readonly string[]; hints: DisciplineHints; link?: string | undefined; person?: string | undefined; email?: string | undefined; team?: string | undefined; discipline?: string | undefined; warning?: string | undefined }): RowResult {
  const title = cleanTitle(parts.title);
  if (title === '') return { kind: 'problem', message: 'the row has no title; skipped' };
  const { tags, discipline } = parts.hints.apply(parts.labels);
  const rock: ImportedRock = { title, effortOrigin: parts.effort.origin, tags: cleanTags(tags), line: parts.line };
  if (parts.effort.effort !== undefined) rock.effort = parts.effort.effort;
  if (parts.effort.capped) rock.capped = true;
  const set = <K extends 'link' | 'person' | 'email' | 'team'>(key: K, value: string | undefined): void => {
    const v = value === undefined ? '' : clip(oneLine(value), key === 'link' ? MAX_TITLE : 200);
    if (v !== '') rock[key] = v;
  };
  set('link', parts.link);
  set('person', parts.person);
  set('email', parts.email);
  set('team', parts.team);
  const d = parts.discipline ?? discipline;
  if (d !== undefined) rock.discipline = d;
  return parts.warning === undefined ? { kind: 'rock', rock } : { kind: 'rock', rock, warning: parts.warning };
}

/** A link to an issue: the tracker's address and the issue's path, or the key alone. */
export function issueLink(base: string | undefined, path: (key: string) => string, key: string | undefined): string | undefined {
  if (key === undefined) return undefined;
  return base === undefined ? key : `${base.replace(/\/+$/, '')}${path(key)}`;
}
