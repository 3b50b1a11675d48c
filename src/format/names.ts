/**
 * The names of every command's formats, in a module with no imports so the
 * CLI can offer them as choices without loading the formatters. Each
 * registry (audit.ts, check.ts, diff.ts) is typed against its list here.
 */
export const AUDIT_FORMAT_NAMES = ['table', 'json', 'markdown', 'html'] as const;
export type AuditFormat = (typeof AUDIT_FORMAT_NAMES)[number];

export const CHECK_FORMAT_NAMES = ['table', 'json', 'markdown', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMAT_NAMES)[number];

export const DIFF_FORMAT_NAMES = ['table', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMAT_NAMES)[number];
