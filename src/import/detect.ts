/**
 * Which source an export is, when --from is not given: JSON is GitHub's, a
 * YAML catalog with Backstage entities is Backstage's, and a CSV header is
 * scored against each tracker's columns (the best score wins; a header that
 * fits none needs --from csv --map).
 */
import { asana } from './asana.js';
import type { Columns } from './columns.js';
import { csvMap } from './csv-map.js';
import { jira } from './jira.js';
import { linear } from './linear.js';
import type { ImportSource } from './model.js';
import type { CsvSource } from './row-source.js';

export const CSV_SOURCES: Readonly<Record<'jira' | 'linear' | 'asana' | 'csv', CsvSource>> = { jira, linear, asana, csv: csvMap };

/** The kind of text an export starts with. */
export type ExportShape = 'json' | 'yaml' | 'csv';

/** JSON starts with `[` or `{`; a YAML catalog with `apiVersion:`, `kind:`, `---` or a comment; anything else is CSV. */
export function exportShape(head: string): ExportShape {
  const start = head.replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  if (/^(---|#|apiVersion:|kind:)/.test(start)) return 'yaml';
  return 'csv';
}

/** The tracker a CSV header belongs to, or undefined when no tracker's columns are there. */
export function detectCsvSource(columns: Columns): Exclude<ImportSource, 'github' | 'backstage' | 'csv'> | undefined {
  let best: 'jira' | 'linear' | 'asana' | undefined;
  let bestScore = 1;
  for (const name of ['jira', 'linear', 'asana'] as const) {
    const score = CSV_SOURCES[name].score(columns);
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
