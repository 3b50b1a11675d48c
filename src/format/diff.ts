/** `rocks diff <old> <new>`: the change between two versions, as table, JSON or Markdown. */
import { Chalk } from 'chalk';
import type { DiffReport } from '../model/report.js';
import { diffDocument } from './check-json.js';
import { diffMarkdownSections } from './check-markdown.js';
import type { DiffFormat } from './names.js';
import { diffTableSections } from './check-table.js';
import { markdownCell, terminalSafe, jsonText } from './escape.js';
import { wrapText } from './wording.js';
import type { FormatContext } from './wording.js';

export type DiffFormatter = (report: DiffReport, ctx: FormatContext) => string;

function title(report: DiffReport): string {
  return `rocks diff: ${report.after.name} · ${report.beforeLabel} → ${report.afterLabel}`;
}

export const DIFF_FORMATTERS = {
  table: (report, ctx) => {
    const c = new Chalk({ level: ctx.color ? 1 : 0 });
    return `${[c.bold(wrapText(terminalSafe(title(report)))), ...diffTableSections(report.diff, undefined, ctx, c)].join('\n')}\n`;
  },
  json: (report) =>
    jsonText({ schemaVersion: 1, before: { org: report.before.name, files: report.before.files }, after: { org: report.after.name, files: report.after.files }, ...diffDocument(report.diff, report.beforeLabel) }),
  markdown: (report, ctx) => `${[`## ${markdownCell(title(report))}`, ...diffMarkdownSections(report.diff, undefined, ctx)].join('\n')}\n`,
} satisfies Record<DiffFormat, DiffFormatter>;

export { DIFF_FORMAT_NAMES, type DiffFormat } from './names.js';
