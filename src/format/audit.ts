import { formatAuditJson } from './audit-json.js';
import { type AuditReport } from '../model/audit.js';
import { formatAuditMarkdown } from './audit-markdown.js';
import { formatAuditTable } from './audit-table.js';
import type { AuditFormat } from './names.js';
import type { FormatContext } from './wording.js';

export type AuditFormatter = (report: AuditReport, ctx: FormatContext) => string;

/**
 * `rocks audit --format <name>`: the CLI derives its choices from this
 * registry. `html` (src/format/html) is imported by the CLI only when asked
 * for: its chart libraries would slow every other start-up.
 */
export const AUDIT_FORMATTERS = {
  table: formatAuditTable,
  json: formatAuditJson,
  markdown: formatAuditMarkdown,
} satisfies Record<Exclude<AuditFormat, 'html'>, AuditFormatter>;

export { AUDIT_FORMAT_NAMES, type AuditFormat } from './names.js';

export { auditDocument, AUDIT_SCHEMA_VERSION } from './audit-json.js';
export { type AuditReport } from '../model/audit.js';
export { DEFAULT_CONTEXT, type FormatContext } from './wording.js';
