import { Chalk } from 'chalk';
import type { AuditReport } from '../model/audit.js';
import { terminalSafe as t } from './escape.js';
import { renderTable } from './table.js';
import type { LoadChange } from '../model/audit.js';
import {
  fmtHours,
  fmtNumber,
  headline,
  moreLine,
  stageNote,
  TEAM_LEGEND,
  truckFactorLine,
  visibleRows,
  wrapText,
  type FormatContext,
} from './wording.js';

/** The human report for a terminal, at 80 columns. */
export function formatAuditTable(report: AuditReport, ctx: FormatContext): string {
  const { audit, org } = report;
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  const section = (title: string, note?: string): void => {
    out.push('', c.bold(title) + (note ? c.dim(`  ${note}`) : ''));
  };
  const statusColour = (status: string): string =>
    status === 'overloaded' || status === 'gap' || status === 'high'
      ? c.red(status)
      : status === 'stretched' || status === 'thin' || status === 'medium'
        ? c.yellow(status)
        : c.green(status);

  out.push(c.bold(wrapText(t(headline(audit)))));

  if (report.teams) {
    section('TEAMS', 'sub-teams indented and counted in their parent; worst first');
    const teams = visibleRows(report.teams, ctx);
    out.push(
      renderTable({
        head: ['Team', 'People', 'Rocks', 'Load', 'Over', 'Str.', 'Gaps', 'High', 'Out', 'In'],
        widths: [19, 6, 6, 5, 4, 4, 4, 4, 5, 5],
        right: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        rows: teams.shown.map((x) => [
          '· '.repeat(x.depth) + (x.name === null ? c.dim('(no team)') : t(x.name)),
          String(x.headcount),
          String(x.tasks),
          `${x.load}%`,
          x.overloaded ? c.red(String(x.overloaded)) : c.dim('0'),
          x.stretched ? c.yellow(String(x.stretched)) : c.dim('0'),
          x.gaps.length ? c.yellow(String(x.gaps.length)) : c.dim('0'),
          x.highRisk ? c.red(String(x.highRisk)) : c.dim('0'),
          String(x.handoffsOut),
          String(x.handoffsIn),
        ]),
      }),
    );
    if (teams.hidden) out.push(c.dim(moreLine(teams.hidden, 'teams')));
    out.push(c.dim(wrapText(TEAM_LEGEND)));
  }

  section('LOAD', `worst first; overloaded above ${org.policy.maxLoad}%`);
  const members = visibleRows(audit.members, ctx);
  out.push(
    renderTable({
      head: ['Member', 'Load', 'Hours', 'Rocks', 'Disciplines', 'Status'],
      widths: [17, 5, 9, 5, 24, 10],
      right: [1, 2, 3],
      rows: members.shown.map((m) => [
        t(m.name),
        `${m.load}%`,
        `${fmtNumber(m.effort)}/${fmtNumber(m.capacity)} h`,
        String(m.tasks),
        m.disciplines.map((d) => t(d.id)).join('\n'),
        statusColour(m.status),
      ]),
    }),
  );
  if (members.hidden) out.push(c.dim(moreLine(members.hidden, 'members')));

  section('GAPS', 'required disciplines need an owner: the work is the work');
  const disciplines = visibleRows(audit.disciplines, ctx);
  out.push(
    renderTable({
      head: ['Discipline', 'Req.', 'Status', 'Owners', 'Hours', 'Share'],
      widths: [24, 4, 7, 24, 6, 5],
      right: [4, 5],
      rows: disciplines.shown.map((d) => [
        t(d.id),
        d.required ? 'yes' : c.dim('no'),
        statusColour(d.status),
        d.owners.length > 0 ? ownersCell(d.owners) : d.required ? c.red(`none; open: ${t(d.role)}`) : c.dim('—'),
        fmtHours(d.effort),
        `${Math.round(d.share)}%`,
      ]),
    }),
  );
  if (disciplines.hidden) out.push(c.dim(moreLine(disciplines.hidden, 'disciplines')));
  if (audit.missingDeliverables.length) {
    out.push('', 'Key deliverables no task mentions:');
    for (const m of audit.missingDeliverables) out.push(`  - ${t(m.deliverable)} ${c.dim(`(${t(m.discipline)})`)}`);
  }
  listTasks(out, 'Rocks on the ground (unassigned):', audit.unassigned, ctx, c);
  listTasks(out, 'Tasks the rules could not classify:', audit.unclassified, ctx, c);

  section('UNICORN RISK', 'span = effective number of disciplines, weighted by effort');
  out.push(c.dim(wrapText(stageNote(audit))), '');
  const unicorns = visibleRows(audit.unicorns, ctx);
  out.push(
    renderTable({
      head: ['Member', 'Score', 'Level', 'Span', 'Sole owner of', 'Load'],
      widths: [17, 5, 6, 4, 24, 5],
      right: [1, 3, 5],
      rows: unicorns.shown.map((u) => [
        t(u.name),
        u.score.toFixed(1),
        statusColour(u.level),
        u.span.toFixed(1),
        u.soleOwnerOf.map(t).join('\n') || c.dim('—'),
        `${u.load}%`,
      ]),
    }),
  );
  if (unicorns.hidden) out.push(c.dim(moreLine(unicorns.hidden, 'members')));
  out.push('', wrapText(t(truckFactorLine(audit)), 80, '  '));

  section('HANDOFFS', 'suggested moves; nobody ends above 100%');
  if (audit.handoffs.length === 0) {
    out.push(
      audit.unassigned.length === 0
        ? 'No handoffs needed: nobody is above 100% and no rock is on the ground.'
        : wrapText('No handoffs to suggest: nobody is above 100%, and the rocks on the ground need a discipline first (give them one with discipline:).'),
    );
  } else {
    const handoffs = visibleRows(audit.handoffs, ctx);
    out.push(
      renderTable({
        head: ['Rock', 'Discipline', 'h/wk', 'From', 'To'],
        widths: [19, 24, 4, 11, 14],
        right: [2],
        rows: handoffs.shown.map((h) => [
          t(h.task),
          t(h.discipline),
          fmtNumber(h.effort),
          h.from === null ? c.dim('unassigned') : `${t(h.from)}\n${loadChange(h.fromLoad)}`,
          h.to === null ? c.yellow(`open a role:\n${t(h.role!)}`) : `${t(h.to)}\n${loadChange(h.toLoad)}`,
        ]),
      }),
    );
    if (handoffs.hidden) out.push(c.dim(moreLine(handoffs.hidden, 'handoffs')));
  }
  if (audit.rolesToOpen.length) {
    out.push('', 'Roles to open:');
    for (const r of audit.rolesToOpen) {
      out.push(wrapText(`  - ${t(r.role)}: ${fmtHours(r.hours)}/week, ${r.tasks} ${r.tasks === 1 ? 'rock' : 'rocks'} ${c.dim(`(${t(r.discipline)})`)}`, 80, '    '));
    }
  }

  if (ctx.explain) {
    section('CLASSIFICATION', 'why each task got its discipline');
    const tasks = [...org.members.flatMap((m) => m.tasks), ...org.unassigned];
    for (const task of tasks) {
      const k = task.classification;
      const why =
        k.source === 'explicit'
          ? 'explicit discipline'
          : k.source === 'none'
            ? k.hits.length
              ? `too little evidence (${k.hits.map((h) => `${h.rule}${h.weight < 0 ? '−' : '+'}`).join(', ')})`
              : 'no rule matched'
            : `${k.source === 'role' ? 'owner\'s role; ' : ''}rules ${k.rules.join(', ') || '—'}`;
      out.push(wrapText(`  ${t(task.title)}`, 80, '  '));
      out.push(c.dim(wrapText(`    → ${k.discipline ?? 'unclassified'} (${Math.round(k.confidence * 100)}%): ${t(why)}`, 80, '      ')));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The first three owners, made safe for a terminal, and a count of the rest (a discipline of a big org has thousands). */
function ownersCell(owners: readonly string[]): string {
  const shown = owners.slice(0, 3).map(t).join('\n');
  return owners.length <= 3 ? shown : `${shown}\n+${owners.length - 3} more`;
}

function loadChange(change: LoadChange | undefined): string {
  return change ? `${change.before}% → ${change.after}%` : '';
}

function listTasks(
  out: string[],
  title: string,
  tasks: AuditReport['audit']['unassigned'],
  ctx: FormatContext,
  c: InstanceType<typeof Chalk>,
): void {
  if (tasks.length === 0) return;
  out.push('', title);
  const rows = visibleRows(tasks, ctx);
  for (const task of rows.shown) {
    const owner = task.owner === null ? '' : ` — ${t(task.owner)}`;
    out.push(wrapText(`  - ${t(task.title)}${owner} ${c.dim(`(${fmtHours(task.effort)}, ${t(task.file)}:${task.line}:${task.col})`)}`, 80, '    '));
  }
  if (rows.hidden) out.push(c.dim(`  ${moreLine(rows.hidden, 'rocks')}`));
}
