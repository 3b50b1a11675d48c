/**
 * The few lines `rocks init` shows before asking to write: who is in the file
 * and what a first audit will say. Pure: an Org in, lines out.
 */
import { analyse } from '../analyse/analyse.js';
import type { Org } from '../model/org.js';

/** At most this many findings; the full audit is one command away. */
const MAX_FINDINGS = 5;

export function summariseOrg(org: Org): string[] {
  const audit = analyse(org);
  const tasks = audit.totals.tasks + audit.unassigned.length;
  const lines = [
    `${org.name} (${org.stage}): ${plural(audit.headcount, 'member')}, ${plural(tasks, 'rock')}` +
      `${audit.unassigned.length > 0 ? ` (${audit.unassigned.length} nobody carries)` : ''}, ` +
      `${fmt(audit.totals.effort)} of ${fmt(audit.totals.capacity)} hours a week (${audit.totals.load} %)`,
  ];
  const findings: string[] = [];
  for (const m of audit.members) {
    if (m.status === 'overloaded') findings.push(`${m.name} is at ${Math.round(m.load)} % of capacity (limit ${org.policy.maxLoad} %)`);
  }
  const gaps = audit.disciplines.filter((d) => d.status === 'gap').map((d) => d.name);
  if (gaps.length === 1) findings.push(`nobody owns ${gaps[0]}, a required discipline`);
  else if (gaps.length > 1) findings.push(`nobody owns ${gaps.length} required disciplines: ${gaps.join(', ')}`);
  for (const u of audit.unicorns) {
    if (u.level === 'high') findings.push(`${u.name} spans ${u.disciplines.length} disciplines: unicorn risk`);
  }
  if (audit.unclassified.length > 0) findings.push(`${plural(audit.unclassified.length, 'task')} the rules could not classify`);
  if (findings.length === 0) lines.push('First findings: none at this stage\'s limits.');
  else {
    lines.push('First findings:');
    for (const f of findings.slice(0, MAX_FINDINGS)) lines.push(`  - ${f}`);
    if (findings.length > MAX_FINDINGS) lines.push(`  - and ${findings.length - MAX_FINDINGS} more`);
  }
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
