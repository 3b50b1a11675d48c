import { jsonText, terminalSafe as t } from '../../format/escape.js';
import { CliError, EXIT } from '../errors.js';
import type { Streams } from '../io.js';
import { classifierFor } from './classify.js';

export interface RulesOptions {
  format: 'table' | 'json';
  org?: string;
  discipline?: string;
  maxFileMb: number;
}

export async function rules(options: RulesOptions, streams: Streams): Promise<number> {
  const { classifier, disciplines } = await classifierFor(options.org, streams, options.maxFileMb);
  if (options.discipline && !disciplines.some((d) => d.id === options.discipline)) {
    throw new CliError(`unknown discipline "${options.discipline}"; known: ${disciplines.map((d) => d.id).join(', ')}`);
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
    out.push(`${t(d.id)} — ${t(d.name)}${d.custom ? ' (custom)' : ''}: ${list.length} rules; role to open: ${t(d.role)}`);
    for (const r of list) {
      const words = r.match.map(t).join(', ');
      out.push(`  ${t(r.id)} ${r.weight >= 0 ? '+' : ''}${r.weight}${r.source === 'custom' ? ' custom' : ''}: ${words.length > 120 ? `${words.slice(0, 117)}...` : words}`);
    }
    out.push('');
  }
  streams.stdout.write(`${out.join('\n')}`);
  return EXIT.ok;
}
