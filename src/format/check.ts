import type { CheckReport } from '../model/report.js';
import { formatCheckGithub } from './check-github.js';
import { formatCheckJson } from './check-json.js';
import { formatCheckMarkdown } from './check-markdown.js';
import { formatCheckSarif } from './check-sarif.js';
import { formatCheckTable } from './check-table.js';
import type { CheckFormat } from './names.js';
import type { FormatContext } from './wording.js';

export type CheckFormatter = (report: CheckReport, ctx: FormatContext) => string;

/** `rocks check --format <name>`: the CLI derives its choices from this registry. */
export const CHECK_FORMATTERS = {
  table: formatCheckTable,
  json: formatCheckJson,
  markdown: formatCheckMarkdown,
  github: formatCheckGithub,
  sarif: formatCheckSarif,
} satisfies Record<CheckFormat, CheckFormatter>;

export { CHECK_FORMAT_NAMES, type CheckFormat } from './names.js';

export { checkDocument, CHECK_SCHEMA_VERSION } from './check-json.js';
export { type CheckReport } from '../model/report.js';
