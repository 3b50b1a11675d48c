import type { OrgDiff } from '../model/diff.js';
import type { Finding } from '../model/finding.js';
import type { CheckReport } from '../model/report.js';
import { checkHeadline, countsLine, diffSummary, fmtLoad, fromTo, loadChanged, verdict } from './check-wording.js';
import { markdownCell as m } from './escape.js';
import { markdownTable as table } from './markdown.js';
import { findingMessage, riskMessage } from './messages.js';
import { fmtHours, moreLine, visibleRows, type FormatContext } from './wording.js';

const ICON: Record<Finding['severity'], string> = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' };

function where(f: { file: string; line: number; col: number }): string {
  return m(`${f.file}:${f.line}:${f.col}`);
}

/**
 * The check as GitHub-flavoured Markdown, for a pull-request comment or the
 * job summary. Every string from the org file goes through markdownCell.
 */
export function formatCheckMarkdown(report: CheckReport, ctx: FormatContext): string {
  const passed = !report.outcome.failed;
  const out: string[] = [`## ${passed ? '✅' : '❌'} ${m(checkHeadline(report))}`, '', `**${m(countsLine(report.outcome))}** — ${m(verdict(report))}`];
  const active = report.findings.filter((f) => !f.waived);
  const waived = report.findings.filter((f) => f.waived);
  if (active.length) {
    const rows = visibleRows(active, { ...ctx, limit: Math.max(ctx.limit, 50) });
    out.push('', '### Findings', '', table(['Severity', 'Rule', 'Where', 'Finding'], rows.shown.map((f) => [ICON[f.severity], `\`${f.rule}\``, where(f), m(findingMessage(f))])));
    if (rows.hidden) out.push('', m(moreLine(rows.hidden, 'findings')));
  } else out.push('', 'No findings.');
  if (waived.length) {
    out.push(
      '',
      '### Waived',
      '',
      table(
        ['Rule', 'Target', 'Reason', 'Until'],
        waived.map((f) => [`\`${f.rule}\``, m(f.target), m(f.waived!.reason), m(f.waived!.expires)]),
      ),
    );
  }
  if (report.diff) out.push(...diffMarkdownSections(report.diff, report.base, ctx));
  return `${out.join('\n')}\n`;
}

/** "Give me back my rocks", shared with `rocks diff --format markdown`. */
export function diffMarkdownSections(diff: OrgDiff, base: string | undefined, ctx: FormatContext): string[] {
  const out: string[] = ['', `### Changes${base ? ` since ${m(base)}` : ''}`, '', m(diffSummary(diff))];
  if (diff.moved.length) {
    const rows = visibleRows(diff.moved, ctx);
    out.push(
      '',
      table(
        ['Rock', 'From', 'To', 'Hours', 'Context'],
        rows.shown.map((x) => {
          const { from, to } = fromTo(x);
          const title = x.previousTitle ? `${m(x.title)} (was: ${m(x.previousTitle)})` : m(x.title);
          return [title, m(from), m(to), fmtHours(x.effort), x.hasContext ? 'yes' : x.to === null ? '—' : '⚠️ missing'];
        }),
      ),
    );
    if (rows.hidden) out.push('', m(moreLine(rows.hidden, 'moved rocks')));
  }
  for (const [label, rocks] of [
    ['Added', diff.added],
    ['Dropped', diff.dropped],
  ] as const) {
    if (!rocks.length) continue;
    const rows = visibleRows(rocks, ctx);
    out.push('', `**${label}:**`, '');
    for (const r of rows.shown) out.push(`- ${m(r.title)} (${m(r.owner ?? 'unassigned')}, ${fmtHours(r.effort)})`);
    if (rows.hidden) out.push(`- ${m(moreLine(rows.hidden, 'rocks'))}`);
  }
  if (diff.edited.length) {
    const rows = visibleRows(diff.edited, ctx);
    out.push('', '**Retitled:**', '');
    for (const e of rows.shown) out.push(`- ${m(e.previousTitle)} → ${m(e.title)}`);
    if (rows.hidden) out.push(`- ${m(moreLine(rows.hidden, 'rocks'))}`);
  }
  const changed = diff.loads.filter(loadChanged);
  if (changed.length) {
    const rows = visibleRows(changed, ctx);
    out.push('', '### Load before → after', '', table(['Member', 'Before', 'After', 'Rocks'], rows.shown.map((l) => [m(l.name), fmtLoad(l.before), fmtLoad(l.after), `${l.rocksBefore} → ${l.rocksAfter}`])));
    if (rows.hidden) out.push('', m(moreLine(rows.hidden, 'members')));
  }
  if (diff.risks.length) {
    out.push('', '### Risk changes', '');
    for (const r of diff.risks) out.push(`- ${r.worse ? '🔺' : '🔻'} ${m(riskMessage(r))}`);
  }
  return out;
}
