/**
 * `rocks audit --format html`: one self-contained page with the audit's
 * charts, each with its table, for a head of product to show leadership.
 */
import type { AuditReport } from '../../model/audit.js';
import { groupDigits, type FormatContext } from '../wording.js';
import { html } from './escape.js';
import { keyFindings, kpiCards } from './kpis.js';
import { page } from './page.js';
import { pageData, reportView, sections, toc, type ReportView } from './sections.js';

const WIDTH = 960;

export function formatAuditHtml(report: AuditReport, ctx: Pick<FormatContext, 'all'> = { all: false }): string {
  const view = reportView(report);
  const list = sections({ views: [view], labels: [], width: WIDTH, all: ctx.all });
  const body = [
    pageHeader(view, 'Responsibility audit'),
    kpiCards(view.basis),
    keyFindings(view.basis),
    toc(list),
    ...list.map((s) => s.html),
    pageFooter([view]),
  ].join('\n');
  return page({ title: `${report.audit.org} \u2014 responsibility audit`, body, data: pageData(view) });
}

/** The org's name and its vital statistics; `kind` (what the page is) is HTML, already escaped. */
export function pageHeader(view: ReportView, kind: string): string {
  const { audit } = view.basis.report;
  const rocks = audit.totals.tasks + audit.unassigned.length;
  const meta = [
    `${audit.stage}${audit.stageInferred ? ' (inferred from headcount)' : ''}`,
    `${groupDigits(audit.headcount)} ${audit.headcount === 1 ? 'member' : 'members'}`,
    `${groupDigits(rocks)} rocks${audit.unassigned.length ? ` (${groupDigits(audit.unassigned.length)} on the ground)` : ''}`,
  ].join(' · ');
  return `<header class="top"><h1>${html(audit.org)}</h1><span class="meta">${kind} · ${html(meta)}</span></header>`;
}

export function pageFooter(views: readonly ReportView[]): string {
  const files = [...new Set(views.flatMap((v) => v.basis.report.org.files))];
  const shown = files.slice(0, 5).map((f) => `<code>${html(f)}</code>`).join(', ');
  const more = files.length > 5 ? ` and ${groupDigits(files.length - 5)} more files` : '';
  return `<footer>Made by <code>rocks audit --format html</code> from ${shown || 'standard input'}${more}. Every figure is in the audit's JSON (<code>--format json</code>); charts are drawn when the page is made, so it needs no network and no script.</footer>`;
}
