/**
 * YAML text to plain data, plus a locator that turns data paths back into
 * 1-based positions. Pure: no file system.
 */
import type { Diagnostic } from '../model/diagnostics.js';
import { lineIndex } from './fast-yaml/line-index.js';
import { fastParse } from './fast-yaml/read.js';
import { DEFAULT_PARSE_LIMITS, type ParsedSource, type ParseLimits } from './source.js';
import { describeYamlError } from './yaml-messages.js';

export async function parseSource(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): Promise<ParsedSource> {
  // A byte-order mark is legal at the start of a file; drop it so columns stay right.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  // Large org files are in a subset of YAML a linear reader handles with the same data and positions.
  // It takes no text holding a control character, so the scan for them is only needed when it declines.
  const fast = fastParse(source, limits.maxDepth);
  if (fast) {
    const pos = lineIndex(source);
    const duplicates = fast.duplicateKeys.map((offset): Diagnostic => ({ file, ...pos(offset), code: 'yaml-syntax', message: describeYamlError('DUPLICATE_KEY', ''), severity: 'error' }));
    return { file, data: duplicates.length ? undefined : fast.data, locator: { locate: (path, key) => pos(fast.locate(path, key)) }, diagnostics: duplicates };
  }

  const control = findControlCharacter(source);
  if (control !== undefined) {
    // Found before the full parser runs: located by counting lines (as the yaml package's LineCounter would).
    const pos = lineIndex(source)(control.offset);
    return { file, data: undefined, locator: { locate: () => pos }, diagnostics: [{ file, ...pos, code: 'control-character', message: control.message, severity: 'error' }] };
  }

  // Anything else: the yaml package, loaded only now (start-up does not pay for it).
  const { parseYaml } = await import('./parse-yaml.js');
  return parseYaml(file, source, limits);
}

/**
 * The first character YAML does not allow in a file (C0 and C1 controls other
 * than tab, line feed and NEL, DEL, and a carriage return not followed by a line
 * feed, which the parser would keep inside a value), with a message.
 */
export function findControlCharacter(source: string): { offset: number; message: string } | undefined {
  const re = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|\r(?!\n)/g;
  const match = re.exec(source);
  if (!match) return undefined;
  const ch = match[0];
  if (ch === '\r') {
    return { offset: match.index, message: 'a carriage return without a line feed; save the file with LF or CRLF line ends' };
  }
  const n = ch.charCodeAt(0);
  const hex = n.toString(16).toUpperCase().padStart(n > 0xff ? 4 : 2, '0');
  return {
    offset: match.index,
    message: `control character U+${n.toString(16).toUpperCase().padStart(4, '0')} is not allowed in a YAML file; remove it, or write it as "\\${n > 0xff ? 'u' : 'x'}${hex}" inside double quotes if it is meant`,
  };
}
