/**
 * Jira's "Export CSV (all fields)": one row per issue, `Summary`, `Issue key`,
 * `Assignee`, `Status Category`, story points in `Custom field (Story Points)`
 * (company-managed projects) or `Custom field (Story point estimate)`
 * (team-managed), time estimates in seconds, and `Labels`, `Component/s`,
 * `Sprint` and other multi-value fields repeated once per value.
 */
import { cell, cells, type Columns } from './columns.js';
import { effortFrom, effortWarning, usable, issueLink, makeRock, type CsvSource } from './row-source.js';
import { isDoneStatus } from './status.js';

const POINTS = ['Custom field (Story Points)', 'Custom field (Story point estimate)', 'Story Points', 'Story point estimate'];
const TEAM = ['Team', 'Custom field (Team)', 'Custom field (Team Name)'];
const PROJECT = ['Project name', 'Project key'];
const COMPONENTS = ['Component/s', 'Components'];

export const jira: CsvSource = {
  score: (c) => (c.has('Issue key') ? 2 : 0) + (c.has('Summary') ? 1 : 0) + (c.has('Status Category', 'Issue Type', 'Project key') ? 1 : 0),
  bind(c: Columns, options) {
    const summary = c.find('Summary');
    if (summary === undefined) return 'a Jira export needs a "Summary" column';
    const col = {
      key: c.find('Issue key'),
      assignee: c.find('Assignee'),
      category: c.find('Status Category'),
      status: c.find('Status'),
      points: c.find(...POINTS),
      remaining: c.find('Remaining Estimate'),
      original: c.find('Original Estimate'),
      team: c.find(...TEAM),
      project: c.find(...PROJECT),
      components: c.find(...COMPONENTS),
      labels: c.find('Labels'),
      type: c.find('Issue Type'),
    };
    return (record, line) => {
      // The status category is what every workflow's statuses roll up to; a status name only without it.
      if (!options.includeDone && isDoneStatus(cell(record, col.category) ?? (col.category === undefined ? cell(record, col.status) : undefined))) return { kind: 'done' };
      const estimate = cell(record, col.remaining, col.original);
      const effort = effortFrom(
        { points: [col.points?.name ?? 'Story Points', cell(record, col.points)], time: [col.remaining !== undefined && cell(record, col.remaining) !== undefined ? 'Remaining Estimate' : 'Original Estimate', estimate, 'seconds'] },
        options.hoursPerPoint,
      );
      const components = cells(record, col.components);
      const type = cell(record, col.type);
      return makeRock({
        title: cell(record, summary) ?? '',
        line,
        effort: usable(effort),
        warning: effortWarning(effort),
        labels: [...cells(record, col.labels), ...components, ...(type !== undefined ? [type] : [])],
        hints: options.hints,
        link: issueLink(options.url, (k) => `/browse/${k}`, cell(record, col.key)),
        person: cell(record, col.assignee),
        team: cell(record, col.team) ?? cell(record, col.project) ?? components[0],
      });
    };
  },
};
