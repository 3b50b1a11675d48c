import type { AuditReport } from '../model/audit.js';
import { markdownCell as m } from './escape.js';
import { markdownTable as table } from './markdown.js';
import { fmtHours, handoffEffect, headline, moreLine, stageNote, truckFactorLine, visibleRows, type FormatContext } from './wording.js';

/** The report as GitHub-flavoured Markdown, for a pull-request comment or a job summary. */
export function formatAuditMarkdown({ audit, teams: teamRows }: AuditReport, ctx: FormatContext): string {
  const out: string[] = [`## rocks audit: ${m(audit.org)}`, '', m(headline(audit))];

  if (teamRows) {
    out.push('', '### Teams', '', 'Sub-teams follow their parent (one `·` per level) and are counted in it; worst first.', '');
    const teams = visibleRows(teamRows, ctx);
    out.push(
      table(
        ['Team', 'People', 'Rocks', 'Hours', 'Load', 'Overloaded', 'Stretched', 'Disciplines', 'Gaps', 'High risk', 'Handoffs out', 'Handoffs in'],
        teams.shown.map((x) => [
          '· '.repeat(x.depth) + (x.name === null ? '(no team)' : m(x.name)),
          String(x.headcount),
          String(x.tasks),
          `${fmtHours(x.effort)} / ${fmtHours(x.capacity)}`,
          `${x.load}%`,
          String(x.overloaded),
          String(x.stretched),
          String(x.disciplines.length),
          x.gaps.map(m).join(', ') || '—',
          String(x.highRisk),
          String(x.handoffsOut),
          String(x.handoffsIn),
        ]),
      ),
    );
    if (teams.hidden) out.push('', m(moreLine(teams.hidden, 'teams')));
  }

  out.push('', '### Load', '');
  const members = visibleRows(audit.members, ctx);
  out.push(
    table(
      ['Member', 'Load', 'Hours', 'Rocks', 'Disciplines', 'Status'],
      members.shown.map((x) => [m(x.name), `${x.load}%`, `${fmtHours(x.effort)} / ${x.capacity} h`, String(x.tasks), x.disciplines.map((d) => m(d.id)).join(', '), x.status]),
    ),
  );
  if (members.hidden) out.push('', m(moreLine(members.hidden, 'members')));

  out.push('', '### Gaps', '');
  out.push(
    table(
      ['Discipline', 'Status', 'Owners', 'Hours', 'Share'],
      audit.disciplines.map((d) => [
        m(d.id) + (d.required ? '' : ' (optional)'),
        d.status,
        d.owners.length ? m(d.owners.join(', ')) : d.required ? `none; open: ${m(d.role)}` : '—',
        fmtHours(d.effort),
        `${Math.round(d.share)}%`,
      ]),
    ),
  );
  if (audit.missingDeliverables.length) {
    out.push('', '**Key deliverables no task mentions:** ' + audit.missingDeliverables.map((d) => `${m(d.deliverable)} (${m(d.discipline)})`).join(', '));
  }
  for (const [title, tasks] of [
    ['Rocks on the ground (unassigned)', audit.unassigned],
    ['Tasks the rules could not classify', audit.unclassified],
  ] as const) {
    if (!tasks.length) continue;
    const rows = visibleRows(tasks, ctx);
    out.push('', `**${title}:**`, '');
    for (const t of rows.shown) out.push(`- ${m(t.title)}${t.owner ? ` — ${m(t.owner)}` : ''} (${fmtHours(t.effort)}, ${m(`${t.file}:${t.line}:${t.col}`)})`);
    if (rows.hidden) out.push(`- ${m(moreLine(rows.hidden, 'rocks'))}`);
  }

  out.push('', '### Unicorn risk', '', m(stageNote(audit)), '');
  const unicorns = visibleRows(audit.unicorns, ctx);
  out.push(
    table(
      ['Member', 'Score', 'Level', 'Span', 'Sole owner of', 'Load'],
      unicorns.shown.map((u) => [m(u.name), u.score.toFixed(1), u.level, u.span.toFixed(1), u.soleOwnerOf.map(m).join(', ') || '—', `${u.load}%`]),
    ),
  );
  if (unicorns.hidden) out.push('', m(moreLine(unicorns.hidden, 'members')));
  out.push('', m(truckFactorLine(audit)));

  out.push('', '### Handoffs', '');
  if (audit.handoffs.length === 0) out.push('No handoffs needed.');
  else {
    const handoffs = visibleRows(audit.handoffs, ctx);
    out.push(
      table(
        ['Rock', 'Discipline', 'Hours', 'From', 'To'],
        handoffs.shown.map((h) => {
          const effect = handoffEffect(h);
          return [m(h.task), m(h.discipline), fmtHours(h.effort), m(effect.from), m(effect.to)];
        }),
      ),
    );
    if (handoffs.hidden) out.push('', m(moreLine(handoffs.hidden, 'handoffs')));
  }
  if (audit.rolesToOpen.length) {
    out.push('', '**Roles to open:** ' + audit.rolesToOpen.map((r) => `${m(r.role)} (${fmtHours(r.hours)}/week, ${r.tasks} ${r.tasks === 1 ? 'rock' : 'rocks'})`).join(', '));
  }
  return `${out.join('\n')}\n`;
}
