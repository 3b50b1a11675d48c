// Deterministic Jira-shaped CSV export for the import benchmark.
//
//   import { writeJiraCsv } from './gen-jira.mjs';
//   writeJiraCsv(300000, 'bench/.out/jira-300000.csv');
//
// "Export CSV (all fields)" as Jira Cloud writes it: a byte-order mark, CRLF,
// Labels and Component/s repeated once per value, a quoted multi-line
// description on some rows, story points or time estimates in seconds, one row
// in ten unassigned and one in eight done. Same size, same bytes (mulberry32).
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from './gen-org.mjs';

const HEADER = ['Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Project key', 'Project name', 'Priority', 'Resolution', 'Assignee', 'Reporter', 'Created', 'Updated', 'Labels', 'Labels', 'Labels', 'Component/s', 'Component/s', 'Description', 'Original Estimate', 'Remaining Estimate', 'Sprint', 'Custom field (Story Points)', 'Custom field (Team)', 'Status Category'];
const VERBS = ['Fix', 'Build', 'Design', 'Write', 'Plan', 'Review', 'Migrate', 'Launch', 'Test', 'Document', 'Price', 'Instrument'];
const THINGS = ['checkout flow', 'refund API', 'pricing page', 'onboarding email', 'search ranking', 'release notes', 'KPI dashboard', 'usability study', 'sales deck', 'help-centre article', 'roadmap', 'PRD for saved carts'];
const LABELS = ['backend', 'frontend', 'design', 'ux', 'sales', 'support', 'ops', 'growth', 'tech-debt', 'customer'];
const TYPES = ['Story', 'Task', 'Bug', 'Epic'];
const TEAMS = ['Payments', 'Search', 'Mobile', 'Growth', 'Platform', 'Support', 'Sales', 'Design'];

const quote = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function writeJiraCsv(rows, path) {
  const random = mulberry32(rows * 7919 + 14);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const people = Math.max(3, Math.round(rows / 10));
  const fd = openSync(path, 'w');
  let buffer = `\ufeff${HEADER.join(',')}\r\n`;
  for (let i = 1; i <= rows; i++) {
    const project = TEAMS[i % TEAMS.length];
    const key = `${project.slice(0, 3).toUpperCase()}-${i}`;
    const done = random() < 0.125;
    const assignee = random() < 0.1 ? '' : `Person ${Math.floor(random() * people)}`;
    const labels = [pick(LABELS), random() < 0.5 ? pick(LABELS) : '', ''];
    const points = random() < 0.6 ? String(1 + Math.floor(random() * 8)) : '';
    const seconds = points === '' && random() < 0.5 ? String(3600 * (1 + Math.floor(random() * 16))) : '';
    const description = random() < 0.2 ? `Context for ${key}:\r\n- what "done" means\r\n- links, notes` : '';
    const row = [
      `${pick(VERBS)} the ${pick(THINGS)} (${key})`, key, String(10000 + i), pick(TYPES), done ? 'Done' : 'In Progress', key.split('-')[0], project, 'Medium', done ? 'Done' : '', assignee,
      'Reporter One', '03/Mar/25 9:12 AM', '10/Mar/25 4:40 PM', ...labels, random() < 0.3 ? 'API' : '', '', description, seconds, seconds, 'Sprint 14', points, project, done ? 'Done' : 'In Progress',
    ];
    buffer += `${row.map(quote).join(',')}\r\n`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
}
