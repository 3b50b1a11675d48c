/**
 * Two audits of one org side by side, before and after a change: the
 * headline cards with what moved, what the change did, then every chart of
 * both with shared scales. For `rocks what-if … --format html` (a scenario
 * and its outcome) and for two versions of an org file.
 */
import type { AuditReport } from '../../model/audit.js';
import type { OrgDiff } from '../../model/diff.js';
import { fmtNumber, type FormatContext } from '../wording.js';
import { LIMITS, firstOf } from './aggregate.js';
import { html } from './escape.js';
import { riskMessage } from '../messages.js';
import { keyFindings, kpiCards } from './kpis.js';
import { page } from './page.js';
import { pageFooter, pageHeader } from './report.js';
import { pageData, reportView, sections, toc } from './sections.js';
import { tableView } from './table.js';

export interface HtmlComparison {
  before: AuditReport;
  after: AuditReport;
  /** Column heads; plain text (escaped here). Default "Before" and "After". */
  beforeLabel?: string;
  afterLabel?: string;
  /** What changed between the two, when known (diffOrgs): moved rocks and risk changes get a section. */
  changes?: OrgDiff;
}

const WIDTH = 660;

export function formatComparisonHtml(c: HtmlComparison, ctx: Pick<FormatContext, 'all'> = { all: false }): string {
  const before = reportView(c.before);
  const after = reportView(c.after);
  const labels = [c.beforeLabel ?? 'Before', c.afterLabel ?? 'After'];
  const list = sections({ views: [before, after], labels, width: WIDTH, all: ctx.all });
  const changes = c.changes ? changesSection(c.changes, ctx.all) : '';
  const nav = changes ? [{ id: 'changes', title: 'What changed', html: '' }, ...list] : list;
  const body = [
    pageHeader(after, `${html(labels[0]!)} and ${html(labels[1]!)}`),
    kpiCards(after.basis, before.basis),
    keyFindings(after.basis),
    toc(nav),
    changes,
    ...list.map((s) => s.html),
    pageFooter([before, after]),
  ].join('\n');
  return page({ title: `${c.after.audit.org} \u2014 before and after`, body, data: { before: pageData(before), after: pageData(after) }, wide: true });
}

function changesSection(d: OrgDiff, all: boolean): string {
  const risks = d.risks.map((r) => `<li class="${r.worse ? 't-overloaded' : ''}">${r.worse ? '\u25B2 ' : '\u25BC '}${html(riskMessage(r))}</li>`).join('');
  const moved = all ? { shown: d.moved, hidden: 0 } : firstOf(d.moved, LIMITS.tableRows);
  const loads = d.loads.filter((l) => l.before !== l.after);
  const shownLoads = all ? { shown: loads, hidden: 0 } : firstOf(loads, LIMITS.tableRows);
  const parts = [
    `<p class="lede">${d.moved.length} ${d.moved.length === 1 ? 'rock moved' : 'rocks moved'}, ${d.added.length} added, ${d.dropped.length} dropped; ${loads.length} ${loads.length === 1 ? 'member\u2019s load changed' : 'members\u2019 loads changed'}.</p>`,
    risks ? `<ul class="plain changes">${risks}</ul>` : '<p class="empty">No change in risk.</p>',
  ];
  if (d.moved.length > 0) {
    parts.push(
      tableView({
        caption: 'Table: rocks that moved',
        head: ['Rock', 'Discipline', 'Hours/week', 'From', 'To', 'Context'],
        numeric: [2],
        open: true,
        rows: moved.shown.map((m) => [
          { html: html(m.title) },
          { html: html(m.discipline ?? 'unclassified') },
          { html: fmtNumber(m.effort), sort: m.effort },
          { html: m.from === null ? '<span class="muted">the ground</span>' : html(m.from) },
          { html: m.to === null ? '<span class="muted">the ground</span>' : html(m.to) },
          { html: m.hasContext ? 'yes' : 'none', cls: m.hasContext ? '' : 't-stretched' },
        ]),
        hidden: moved.hidden,
        noun: 'rocks',
      }),
    );
  }
  if (loads.length > 0) {
    parts.push(
      tableView({
        caption: 'Table: loads that changed',
        head: ['Member', 'Before', 'After', 'Rocks before', 'Rocks after'],
        numeric: [1, 2, 3, 4],
        rows: shownLoads.shown.map((l) => [
          { html: html(l.name) },
          { html: l.before === null ? '—' : `${l.before}%`, sort: l.before ?? -1 },
          { html: l.after === null ? '—' : `${l.after}%`, sort: l.after ?? -1 },
          { html: String(l.rocksBefore) },
          { html: String(l.rocksAfter) },
        ]),
        hidden: shownLoads.hidden,
        noun: 'members',
      }),
    );
  }
  return `<section class="report" id="changes" aria-labelledby="changes-h"><h2 id="changes-h">What changed</h2>${parts.join('')}</section>`;
}
