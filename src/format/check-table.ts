import { Chalk, type ChalkInstance } from 'chalk';
import type { OrgDiff } from '../model/diff.js';
import type { Finding } from '../model/finding.js';
import type { CheckReport } from '../model/report.js';
import { checkHeadline, countsLine, diffSummary, fmtLoad, fromTo, loadChanged, verdict } from './check-wording.js';
import { terminalSafe as t } from './escape.js';
import { findingMessage, riskMessage } from './messages.js';
import { renderTable } from './table.js';
import { fmtHours, moreLine, visibleRows, wrapText, type FormatContext } from './wording.js';

function severityColour(c: ChalkInstance, f: Finding): string {
  if (f.waived) return c.dim('waived');
  return f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.cyan('info');
}

function where(f: { file: string; line: number; col: number }): string {
  return t(`${f.file}:${f.line}:${f.col}`);
}

/** The check for a terminal or a CI log, at 80 columns. */
export function formatCheckTable(report: CheckReport, ctx: FormatContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [c.bold(wrapText(t(checkHeadline(report))))];
  const active = report.findings.filter((f) => !f.waived);
  const waived = report.findings.filter((f) => f.waived);
  if (active.length === 0) out.push('', c.green('No findings.'));
  else {
    // Grouped by file, like ESLint's stylish: the file once, then line:col per finding, so no location is cut.
    const rows = visibleRows(active, { ...ctx, limit: Math.max(ctx.limit, 50) });
    const byFile = new Map<string, Finding[]>();
    for (const f of rows.shown) {
      let list = byFile.get(f.file);
      if (!list) byFile.set(f.file, (list = []));
      list.push(f);
    }
    for (const [file, findings] of byFile) {
      out.push(
        '',
        c.underline(t(file)),
        renderTable({
          head: ['Line', 'Severity', 'Finding'],
          widths: [8, 8, 60],
          // Already most severe first, then by line (compareFindings).
          rows: findings.map((f) => [`${f.line}:${f.col}`, severityColour(c, f), `${t(findingMessage(f))}\n${c.dim(f.rule)}`]),
        }),
      );
    }
    if (rows.hidden) out.push('', c.dim(moreLine(rows.hidden, 'findings')));
  }
  if (waived.length) {
    out.push('', c.bold('WAIVED'), c.dim('accepted in the org file; they do not fail the check'));
    for (const f of waived) out.push(wrapText(`  ${where(f)}  ${t(f.rule)}  ${t(f.target)}: ${t(f.waived!.reason)} (until ${t(f.waived!.expires)})`, 80, '    '));
  }
  if (report.diff) out.push(...diffTableSections(report.diff, report.base, ctx, c));
  out.push('', wrapText(`${report.outcome.failed ? c.red('✖') : c.green('✔')} ${countsLine(report.outcome)} — ${t(verdict(report))}`, 80, '  '));
  return `${out.join('\n')}\n`;
}

/** The "give me back my rocks" sections, shared with `rocks diff`. */
export function diffTableSections(diff: OrgDiff, base: string | undefined, ctx: FormatContext, c: ChalkInstance): string[] {
  const out: string[] = ['', c.bold(`CHANGES${base ? ` since ${t(base)}` : ''}`) + c.dim(`  ${diffSummary(diff)}`)];
  if (diff.moved.length) {
    const rows = visibleRows(diff.moved, ctx);
    out.push(
      renderTable({
        head: ['Rock', 'From', 'To', 'Context'],
        widths: [30, 14, 14, 7],
        rows: rows.shown.map((m) => {
          const { from, to } = fromTo(m);
          const title = m.previousTitle ? `${t(m.title)}\n${c.dim(`was: ${t(m.previousTitle)}`)}` : t(m.title);
          return [title, t(from), t(to), m.hasContext ? c.green('yes') : m.to === null ? '—' : c.yellow('missing')];
        }),
      }),
    );
    if (rows.hidden) out.push(c.dim(moreLine(rows.hidden, 'moved rocks')));
  }
  for (const [label, rocks] of [
    ['Added', diff.added],
    ['Dropped', diff.dropped],
  ] as const) {
    if (!rocks.length) continue;
    const rows = visibleRows(rocks, ctx);
    out.push('', `${label}:`);
    const mark = label === 'Added' ? '+' : '-';
    for (const r of rows.shown) out.push(wrapText(`  ${mark} ${t(r.title)} (${t(r.owner ?? 'unassigned')}, ${fmtHours(r.effort)})`, 80, '    '));
    if (rows.hidden) out.push(c.dim(`  ${moreLine(rows.hidden, 'rocks')}`));
  }
  if (diff.edited.length) {
    const rows = visibleRows(diff.edited, ctx);
    out.push('', 'Retitled:');
    for (const e of rows.shown) out.push(wrapText(`  ~ ${t(e.previousTitle)} → ${t(e.title)}`, 80, '    '));
    if (rows.hidden) out.push(c.dim(`  ${moreLine(rows.hidden, 'rocks')}`));
  }
  const changed = diff.loads.filter(loadChanged);
  if (changed.length) {
    const rows = visibleRows(changed, ctx);
    out.push(
      '',
      c.bold('LOAD BEFORE → AFTER'),
      renderTable({
        head: ['Member', 'Before', 'After', 'Rocks'],
        widths: [24, 7, 7, 9],
        right: [1, 2, 3],
        rows: rows.shown.map((l) => [t(l.name), fmtLoad(l.before), fmtLoad(l.after), `${l.rocksBefore} → ${l.rocksAfter}`]),
      }),
    );
    if (rows.hidden) out.push(c.dim(moreLine(rows.hidden, 'members')));
  }
  if (diff.risks.length) {
    out.push('', c.bold('RISK CHANGES'));
    for (const r of diff.risks) out.push(wrapText(`  ${r.worse ? c.red('▲') : c.green('▼')} ${t(riskMessage(r))}`, 80, '    '));
  }
  return out;
}
