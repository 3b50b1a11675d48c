/**
 * Linear's CSV export: `ID`, `Team`, `Title`, `Status`, `Estimate` (points),
 * `Assignee`, `Labels` (comma-separated in one cell), and the dates `Completed`
 * and `Canceled`, set once the issue is closed either way.
 */
import { cell, splitList, type Columns } from './columns.js';
import { effortFrom, effortWarning, usable, issueLink, makeRock, type CsvSource } from './row-source.js';
import { isDoneStatus } from './status.js';

export const linear: CsvSource = {
  score: (c) => (c.has('ID') && c.has('Title') ? 2 : 0) + (c.has('Completed', 'Canceled', 'Cycle Name', 'Cycle Number') ? 1 : 0) + (c.has('Estimate') ? 1 : 0),
  bind(c: Columns, options) {
    const title = c.find('Title');
    if (title === undefined) return 'a Linear export needs a "Title" column';
    const col = { id: c.find('ID'), assignee: c.find('Assignee'), status: c.find('Status'), estimate: c.find('Estimate'), team: c.find('Team'), labels: c.find('Labels'), completed: c.find('Completed'), canceled: c.find('Canceled') };
    return (record, line) => {
      if (!options.includeDone && (cell(record, col.completed, col.canceled) !== undefined || isDoneStatus(cell(record, col.status)))) return { kind: 'done' };
      const effort = effortFrom({ points: ['Estimate', cell(record, col.estimate)] }, options.hoursPerPoint);
      return makeRock({
        title: cell(record, title) ?? '',
        line,
        effort: usable(effort),
        warning: effortWarning(effort),
        labels: splitList(cell(record, col.labels)),
        hints: options.hints,
        link: issueLink(options.url, (k) => `/issue/${k}`, cell(record, col.id)),
        person: cell(record, col.assignee),
        team: cell(record, col.team),
      });
    };
  },
};
