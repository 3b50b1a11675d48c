/**
 * Asana's project CSV export: `Task ID`, `Name`, `Section/Column`, `Assignee`,
 * `Assignee Email`, `Completed At`, `Tags` and `Projects` (comma-separated),
 * then one column per custom field: effort is the one named by
 * --effort-column (hours, or a duration such as `3h` or `1d`).
 */
import { cell, splitList, type Columns } from './columns.js';
import { effortFrom, effortWarning, usable, makeRock, type CsvSource } from './row-source.js';

export const asana: CsvSource = {
  score: (c) => (c.has('Task ID') ? 2 : 0) + (c.has('Name') ? 1 : 0) + (c.has('Section/Column', 'Assignee Email', 'Completed At') ? 1 : 0),
  bind(c: Columns, options) {
    const name = c.find('Name');
    if (name === undefined) return 'an Asana export needs a "Name" column';
    const effortColumn = options.effortColumn === undefined ? undefined : c.find(options.effortColumn);
    if (options.effortColumn !== undefined && effortColumn === undefined) return `--effort-column "${options.effortColumn}" is not a column of this export (columns: ${c.names.join(', ')})`;
    const col = { id: c.find('Task ID'), assignee: c.find('Assignee'), email: c.find('Assignee Email'), completed: c.find('Completed At'), tags: c.find('Tags'), projects: c.find('Projects'), section: c.find('Section/Column') };
    return (record, line) => {
      if (!options.includeDone && cell(record, col.completed) !== undefined) return { kind: 'done' };
      const effort = effortFrom({ hours: [effortColumn?.name ?? '', cell(record, effortColumn)] }, options.hoursPerPoint);
      const id = cell(record, col.id);
      return makeRock({
        title: cell(record, name) ?? '',
        line,
        effort: usable(effort),
        warning: effortWarning(effort),
        labels: splitList(cell(record, col.tags)),
        hints: options.hints,
        link: id === undefined ? undefined : `${(options.url ?? 'https://app.asana.com').replace(/\/+$/, '')}/0/0/${id}`,
        person: cell(record, col.assignee),
        email: cell(record, col.email),
        team: splitList(cell(record, col.projects))[0] ?? cell(record, col.section),
      });
    };
  },
};
