/**
 * Any CSV, with the columns named by --map: `person=Owner,title=Task,
 * effort=Hours,team=Squad,tags=Labels` (and `link`, `status`, `discipline`,
 * `email`, `points`; --effort-column names the effort column too). Tags may repeat as columns or list several values in one
 * cell; effort is hours (or a duration), points are times --hours-per-point.
 */
import { cell, cells, splitList, type Column, type Columns } from './columns.js';
import { effortFrom, effortWarning, usable, makeRock, type CsvSource } from './row-source.js';
import { isDoneStatus } from './status.js';

/** The fields --map can name. */
export const MAP_FIELDS = ['title', 'person', 'email', 'effort', 'points', 'team', 'tags', 'link', 'status', 'discipline'] as const;

export const csvMap: CsvSource = {
  // A header with a title-like column; detection prefers the named trackers.
  score: (c) => (c.has('title', 'task', 'name', 'summary') ? 1 : 0),
  bind(c: Columns, options) {
    const map = options.map ?? {};
    const col: Partial<Record<(typeof MAP_FIELDS)[number], Column>> = {};
    for (const field of MAP_FIELDS) {
      const named = map[field] ?? (field === 'effort' ? options.effortColumn : undefined);
      const found = named !== undefined ? c.find(named) : c.find(field, ...(field === 'title' ? ['task', 'name', 'summary'] : field === 'person' ? ['assignee', 'owner'] : []));
      if (named !== undefined && found === undefined) return `--map ${field}=${named}: the export has no column "${named}" (columns: ${c.names.join(', ')})`;
      if (found !== undefined) col[field] = found;
    }
    if (col.title === undefined) return `name the title column with --map title=COLUMN (columns: ${c.names.join(', ')})`;
    return (record, line) => {
      if (!options.includeDone && isDoneStatus(cell(record, col.status))) return { kind: 'done' };
      const effort = effortFrom({ points: ['points', cell(record, col.points)], hours: [col.effort?.name ?? 'effort', cell(record, col.effort)] }, options.hoursPerPoint);
      const discipline = cell(record, col.discipline);
      return makeRock({
        title: cell(record, col.title) ?? '',
        line,
        effort: usable(effort),
        warning: effortWarning(effort),
        labels: cells(record, col.tags).flatMap(splitList),
        hints: options.hints,
        link: cell(record, col.link),
        person: cell(record, col.person),
        email: cell(record, col.email),
        team: cell(record, col.team),
        discipline: discipline === undefined ? undefined : (options.hints.disciplineOf(discipline) ?? discipline),
      });
    };
  },
};
