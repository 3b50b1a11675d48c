/**
 * Values as YAML text, for files rocks writes or edits in place. Strings from
 * exports are untrusted: the yaml package decides how each scalar must be
 * quoted, and anything it would write over several lines is written as one
 * double-quoted line instead, so a value always fits where it is put.
 */
import { Document, stringify } from 'yaml';

/** Options shared by every value rocks writes: no folding, `[a, b]` flow lists. */
const OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Text that is a plain scalar as it stands, in block and in flow context: it
 * starts with a letter, holds letters, digits, spaces and harmless punctuation,
 * ends with no space, and is no word YAML reads as something else. Most titles,
 * names and tags are; writing them without asking the yaml package makes a
 * 300,000-row import several times faster.
 */
const PLAIN = /^[\p{L}][\p{L}\p{M}\p{N} _.'()/&+@%=-]*$/u;
const PLAIN_BLOCK = /^[\p{L}][\p{L}\p{M}\p{N} _.,'()/&+@%=?:#-]*$/u;
/** In block context `:` and `#` are plain too, but not `: ` (a key) or ` #` (a comment), nor a final `:`. */
const NOT_PLAIN = /: | #|:$/;
const KEYWORDS = /^(?:true|false|null|y|n|yes|no|on|off)$/i;
/** The same as PLAIN and PLAIN_BLOCK for ASCII text, tried first: a Unicode property class is slower to match. */
const ASCII = /^[A-Za-z][A-Za-z0-9 _.'()/&+@%=-]*$/;
const ASCII_BLOCK = /^[A-Za-z][A-Za-z0-9 _.,'()/&+@%=?:#-]*$/;

function plainAsIs(text: string, ascii: RegExp, pattern: RegExp): boolean {
  if (!(ascii.test(text) || pattern.test(text)) || text.charCodeAt(text.length - 1) === 0x20) return false;
  return text.length > 5 || !KEYWORDS.test(text);
}

/** A scalar (text, number, boolean, null) as one line of YAML. */
export function yamlScalar(value: string | number | boolean | null): string {
  if (typeof value === 'string' && plainAsIs(value, ASCII_BLOCK, PLAIN_BLOCK) && !((value.includes(':') || value.includes('#')) && NOT_PLAIN.test(value))) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  const text = stringify(value, OPTIONS).replace(/\n$/, '');
  // A block scalar (`|-`) spans lines; JSON's double-quoted form is valid YAML 1.2 and stays on one.
  return text.includes('\n') ? JSON.stringify(value) : text;
}

/** Whether a value is a YAML collection (list or mapping) rather than a scalar. */
function isCollection(value: unknown): value is readonly unknown[] | Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A value in flow style on one line: `[a, b]`, `{title: x, effort: 2}`, or a scalar. */
export function yamlFlow(value: unknown): string {
  // In flow context a plain scalar may not hold `,[]{}`: the yaml package quotes what needs it there.
  if (typeof value === 'string') return flowKey(value);
  if (!isCollection(value)) return yamlScalar(value as string | number | boolean | null);
  if (Array.isArray(value)) return `[${value.map(yamlFlow).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${flowKey(k)}: ${yamlFlow(v)}`).join(', ')}}`;
}

/** A string as a scalar inside a flow collection, on one line. */
function flowKey(key: string): string {
  if (plainAsIs(key, ASCII, PLAIN)) return key;
  const doc = new Document([key]);
  (doc.contents as { flow?: boolean }).flow = true;
  const text = doc.toString(OPTIONS).trim().slice(1, -1);
  return text.includes('\n') ? JSON.stringify(key) : text;
}

/**
 * A value as block YAML whose first line follows a `key: ` or `- ` already
 * written and whose other lines start at column `indent`; lists of scalars stay
 * in flow style (`tags: [a, b]`). Lines are joined with `eol`.
 */
export function yamlBlock(value: unknown, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  if (!isCollection(value)) return yamlScalar(value as string | number | boolean | null);
  if (Array.isArray(value)) {
    if (value.every((v) => !isCollection(v))) return yamlFlow(value);
    return value.map((item, i) => `${i === 0 ? '' : pad}- ${yamlBlock(item, indent + 2, eol)}`).join(eol);
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return entries
    .map(([k, v], i) => {
      const key = `${i === 0 ? '' : pad}${yamlScalar(k)}:`;
      if (isCollection(v) && !(Array.isArray(v) && v.every((x) => !isCollection(x))) && Object.keys(v).length > 0) {
        return `${key}${eol}${pad}  ${yamlBlock(v, indent + 2, eol)}`;
      }
      return `${key} ${yamlBlock(v, indent + 2, eol)}`;
    })
    .join(eol);
}
