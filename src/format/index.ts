import { formatAuditJson, type AuditReport } from './audit-json.js';
import { formatAuditMarkdown } from './audit-markdown.js';
import { formatAuditTable } from './audit-table.js';
import type { FormatContext } from './wording.js';

export type AuditFormatter = (report: AuditReport, ctx: FormatContext) => string;

/** `rocks audit --format <name>`: the CLI derives its choices from this registry. */
export const AUDIT_FORMATTERS = {
  table: formatAuditTable,
  json: formatAuditJson,
  markdown: formatAuditMarkdown,
} satisfies Record<string, AuditFormatter>;

export type AuditFormat = keyof typeof AUDIT_FORMATTERS;

export { auditDocument, AUDIT_SCHEMA_VERSION, type AuditReport } from './audit-json.js';
export { DEFAULT_CONTEXT, type FormatContext } from './wording.js';
