/**
 * Org file templates as text: find their top-level sections, swap a section's
 * value for a new one, and keep every comment the template's author wrote.
 * Pure: texts in, texts out. Values are rendered by the yaml library, so a
 * name holding `: `, `#` or a line break stays one valid scalar.
 */
import { isMap, isScalar, parseDocument, stringify } from 'yaml';

/** First line of every file rocks writes: editors complete and check against the schema. */
export const MODELINE_PREFIX = '# yaml-language-server: $schema=';

/** How rocks writes YAML values: no folding of long lines, `[a, b]` flow lists. */
export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * One top-level `key: value` of a template and the text around it:
 *   lead   comments and blank lines above the key (the section's documentation)
 *   body   the key and its value, to the end of the value's last line
 *   tail   comment lines glued to the value (no blank line between), e.g.
 *          commented-out example entries below `unassigned: []`
 *   rest   only for the last section: everything after the tail (commented-out
 *          optional sections at the end of the file)
 */
export interface Section {
  key: string;
  lead: string;
  body: string;
  tail: string;
  rest: string;
}

export interface SplitTemplate {
  /** The file's header comment (modeline and introduction), up to its blank line. */
  header: string;
  sections: Section[];
}

/** Splits an org file template into its header and top-level sections. Throws on a template that is not a YAML mapping. */
export function splitTemplate(text: string): SplitTemplate {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new Error(`template is not valid YAML: ${doc.errors[0]!.message}`);
  if (!isMap(doc.contents)) throw new Error('template is not a YAML mapping');
  const pairs = doc.contents.items;
  const lineStart = (offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (offset: number): number => {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl + 1;
  };

  const firstKey = pairs[0] && isScalar(pairs[0].key) && pairs[0].key.range ? lineStart(pairs[0].key.range[0]) : text.length;
  let header = '';
  if (text.startsWith('#')) {
    const blank = text.search(/\n[ \t]*\r?\n/);
    if (blank !== -1 && blank < firstKey) header = text.slice(0, blank + 1);
  }

  const sections: Section[] = [];
  let cursor = header.length;
  pairs.forEach((pair, i) => {
    if (!isScalar(pair.key) || !pair.key.range) throw new Error('template has a top-level key that is not plain text');
    const key = String(pair.key.value);
    const keyStart = lineStart(pair.key.range[0]);
    const node = pair.value as { range?: [number, number, number] } | null;
    const valueEnd = node?.range ? node.range[1] : pair.key.range[1];
    // A block value ends after its newline; a scalar ends on its line.
    const bodyEnd = valueEnd > 0 && text[valueEnd - 1] === '\n' ? valueEnd : lineEnd(valueEnd);
    const next = pairs[i + 1];
    const nextStart = next && isScalar(next.key) && next.key.range ? lineStart(next.key.range[0]) : text.length;
    const after = text.slice(bodyEnd, nextStart);
    const glued = /^(?:[ \t]*#[^\n]*(?:\n|$))*/.exec(after)![0];
    sections.push({
      key,
      lead: text.slice(cursor, keyStart),
      body: text.slice(keyStart, bodyEnd),
      tail: glued,
      rest: next ? '' : after.slice(glued.length),
    });
    // Whatever follows the glued comments belongs to the next section's lead.
    cursor = bodyEnd + glued.length;
  });
  return { header, sections };
}

/** Joins a split template back into text; `splitTemplate` then `joinTemplate` is the identity. */
export function joinTemplate({ header, sections }: SplitTemplate): string {
  return header + sections.map((s) => s.lead + s.body + s.tail + s.rest).join('');
}

/** `key: value` as YAML text ending in a newline, the value rendered safely by the yaml library. */
export function renderEntry(key: string, value: unknown): string {
  return stringify({ [key]: value }, YAML_OPTIONS);
}

/** Replaces a section's value, dropping the example comments glued under it; adds the section after `after` when absent. */
export function replaceSection(split: SplitTemplate, key: string, body: string, after?: string): SplitTemplate {
  const sections = split.sections.map((s) => (s.key === key ? { ...s, body, tail: '' } : s));
  if (!sections.some((s) => s.key === key)) {
    const at = after ? sections.findIndex((s) => s.key === after) : -1;
    const added: Section = { key, lead: '\n', body, tail: '', rest: '' };
    if (at === -1 || at === sections.length - 1) {
      const last = sections.pop();
      // The trailing commented-out sections stay at the end of the file.
      if (last) sections.push({ ...last, rest: '' }, { ...added, rest: last.rest });
      else sections.push({ ...added, lead: '' });
    } else sections.splice(at + 1, 0, added);
  }
  return { header: split.header, sections };
}

/** Drops a section with its documentation; trailing commented-out sections survive. */
export function dropSection(split: SplitTemplate, key: string): SplitTemplate {
  const index = split.sections.findIndex((s) => s.key === key);
  if (index === -1) return split;
  const sections = [...split.sections];
  const [dropped] = sections.splice(index, 1);
  if (dropped!.rest && sections.length > 0) {
    const last = sections[sections.length - 1]!;
    sections[sections.length - 1] = { ...last, rest: last.rest + dropped!.rest };
  }
  return { header: split.header, sections };
}

/** Text safe inside a one-line YAML comment: no line breaks or control characters. */
export function commentSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** Points the modeline at `schemaRef`, adding one when the text has none. */
export function setModeline(text: string, schemaRef: string): string {
  const line = `${MODELINE_PREFIX}${commentSafe(schemaRef)}\n`;
  if (text.startsWith('# yaml-language-server:')) {
    const nl = text.indexOf('\n');
    return line + (nl === -1 ? '' : text.slice(nl + 1));
  }
  return line + text;
}

/** Sets the `org:` name of a template, whatever characters the name holds. */
export function setOrgName(text: string, name: string): string {
  const split = splitTemplate(text);
  return joinTemplate(replaceSection(split, 'org', renderEntry('org', name), 'version'));
}

export interface TemplateSummary {
  name: string;
  /** First sentence of the template's introduction. */
  description: string;
  stage?: string;
  members: number;
  tasks: number;
}

/** What `rocks init --list-templates` says about a template. */
export function summariseTemplate(name: string, text: string): TemplateSummary {
  const doc = parseDocument(text);
  const data = (doc.toJS() ?? {}) as { stage?: unknown; members?: { tasks?: unknown[] }[]; unassigned?: unknown[] };
  const intro = splitTemplate(text)
    .header.split('\n')
    .filter((l) => !l.startsWith('# yaml-language-server:'))
    .map((l) => l.replace(/^#\s?/, '').trim())
    .join(' ')
    .trim();
  const sentence = /^(.*?[.!?])(?:\s|$)/.exec(intro)?.[1] ?? intro;
  const members = Array.isArray(data.members) ? data.members : [];
  const tasks = members.reduce((n, m) => n + (Array.isArray(m?.tasks) ? m.tasks.length : 0), 0) + (Array.isArray(data.unassigned) ? data.unassigned.length : 0);
  return {
    name,
    description: commentSafe(sentence),
    ...(typeof data.stage === 'string' ? { stage: data.stage } : {}),
    members: members.length,
    tasks,
  };
}
