import { jsonText, terminalSafe as t } from '../../format/escape.js';
import { wrapText } from '../../format/wording.js';
import { closest } from '../../shared/suggest.js';
import { CliError, EXIT } from '../errors.js';
import type { Streams } from '../io.js';
import { classifierFor } from './classify.js';

export interface RulesOptions {
  format: 'table' | 'json';
  org?: string;
  discipline?: string;
  /** Every word of every rule, instead of the first 200 characters. */
  all: boolean;
  maxFileMb: number;
}

export async function rules(options: RulesOptions, streams: Streams): Promise<number> {
  const { classifier, disciplines } = await classifierFor(options.org, streams, options.maxFileMb);
  if (options.discipline && !disciplines.some((d) => d.id === options.discipline)) {
    const ids = disciplines.map((d) => d.id);
    const suggestion = closest(options.discipline, ids);
    throw new CliError(`unknown discipline "${options.discipline}"${suggestion ? `; did you mean "${suggestion}"?` : `; known: ${ids.join(', ')}`}`);
  }
  const shown = disciplines.filter((d) => !options.discipline || d.id === options.discipline);
  const byDiscipline = new Map(shown.map((d) => [d.id, classifier.rules.filter((r) => r.discipline === d.id)]));
  if (options.format === 'json') {
    const doc = shown.map((d) => ({ id: d.id, name: d.name, role: d.role, custom: d.custom ?? false, rules: byDiscipline.get(d.id) }));
    streams.stdout.write(jsonText(doc));
    return EXIT.ok;
  }
  const out: string[] = [];
  for (const d of shown) {
    const list = byDiscipline.get(d.id)!;
    out.push(wrapText(`${t(d.id)} — ${t(d.name)}${d.custom ? ' (custom)' : ''}: ${list.length} ${list.length === 1 ? 'rule' : 'rules'}; role to open: ${t(d.role)}`, 80, '  '));
    for (const r of list) {
      const words = r.match.map(t).join(', ');
      const shown = options.all || words.length <= 200 ? words : `${words.slice(0, 197)}...`;
      out.push(wrapText(`  ${t(r.id)} ${r.weight >= 0 ? '+' : ''}${r.weight}${r.source === 'custom' ? ' custom' : ''}: ${shown}`, 80, '      '));
    }
    out.push('');
  }
  streams.stdout.write(`${out.join('\n')}`);
  return EXIT.ok;
}
