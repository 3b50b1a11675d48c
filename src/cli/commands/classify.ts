import { createClassifier } from '../../classify/classifier.js';
import type { Classification, Classifier } from '../../model/classification.js';
import { BUILTIN_DISCIPLINE_IDS, BUILTIN_DISCIPLINES, type Discipline } from '../../model/taxonomy.js';
import { jsonText, terminalSafe as t } from '../../format/escape.js';
import { renderTable } from '../../format/table.js';
import { CliError, EXIT } from '../errors.js';
import type { Streams } from '../io.js';
import { loadFromPaths } from '../load-org.js';

export interface ClassifyOptions {
  texts: string[];
  format: 'table' | 'json';
  org?: string;
  role?: string;
  maxFileMb: number;
}

/** The org's classifier (custom rules included) or the built-in one. */
export async function classifierFor(org: string | undefined, streams: Streams, maxFileMb: number): Promise<{ classifier: Classifier; disciplines: Discipline[] }> {
  if (org === undefined) return { classifier: createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS }), disciplines: [...BUILTIN_DISCIPLINES] };
  const loaded = await loadFromPaths([org], streams, maxFileMb);
  return { classifier: loaded.classifier, disciplines: loaded.org.disciplines };
}

async function readLines(stdin: Streams['stdin']): Promise<string[]> {
  if (stdin.isTTY) throw new CliError('standard input is a terminal; pipe task lines into rocks classify - or pass the texts as arguments');
  let text = '';
  stdin.setEncoding?.('utf8');
  for await (const chunk of stdin) text += chunk;
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

export async function classify(options: ClassifyOptions, streams: Streams): Promise<number> {
  const { classifier } = await classifierFor(options.org, streams, options.maxFileMb);
  const texts: string[] = [];
  for (const text of options.texts) {
    if (text === '-') texts.push(...(await readLines(streams.stdin)));
    else if (text.trim() === '') throw new CliError('an empty task text cannot be classified');
    else texts.push(text);
  }
  const results = texts.map((text) => ({ text, result: classifier.classify({ text, ...(options.role ? { role: options.role } : {}) }) }));
  streams.stdout.write(options.format === 'json' ? jsonText(results.map(classificationDocument)) : formatClassifications(results));
  return EXIT.ok;
}

function classificationDocument({ text, result }: { text: string; result: Classification }) {
  return {
    text,
    discipline: result.discipline,
    confidence: Math.round(result.confidence * 100) / 100,
    source: result.source,
    rules: result.rules,
    hits: result.hits,
  };
}

function formatClassifications(results: { text: string; result: Classification }[]): string {
  return `${renderTable({
    head: ['Task', 'Discipline', 'Conf.', 'Rules that fired'],
    widths: [24, 24, 5, 21],
    right: [2],
    rows: results.map(({ text, result }) => [
      t(text),
      result.discipline ?? 'unclassified',
      `${Math.round(result.confidence * 100)}%`,
      result.hits.map((h) => `${t(h.rule)}${h.weight < 0 ? ' (−)' : ''}`).join('\n') || '—',
    ]),
  })}\n`;
}
