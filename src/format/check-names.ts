/**
 * The names of the check and diff formats, in a module with no imports so
 * the CLI can offer them as choices without loading the formatters.
 * check.ts and diff.ts check their registries against these lists.
 */
export const CHECK_FORMAT_NAMES = ['table', 'json', 'markdown', 'github', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMAT_NAMES)[number];

export const DIFF_FORMAT_NAMES = ['table', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMAT_NAMES)[number];

/** Severities for --fail-on (the same list as SEVERITIES in core/schema.ts, without loading zod at start-up). */
export const SEVERITY_NAMES = ['error', 'warning', 'info'] as const;
