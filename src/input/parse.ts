/**
 * YAML text to plain data, plus a locator that turns data paths back into
 * 1-based positions. Pure: no file system.
 */
import type { DataPath, Diagnostic, Position } from '../model/diagnostics.js';
import { fastParse, lineIndex } from './fast-parse.js';
import { need } from './slow-path.js';
import './slow-path-eager.js';

export interface ParseLimits {
  /** Maximum nesting of collections; deeper input is refused before parsing. */
  maxDepth: number;
  /** Maximum number of alias expansions (billion-laughs guard). */
  maxAliasCount: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxDepth: 64, maxAliasCount: 1000 };

export interface Locator {
  /**
   * Position of the node at `path`, or of its nearest ancestor that exists.
   * With `key`, the position of that key inside the mapping at `path`.
   */
  locate(path: DataPath, key?: string): Position;
}

export interface ParsedSource {
  file: string;
  /** The plain data, or undefined when the text is not usable YAML. */
  data: unknown;
  locator: Locator;
  diagnostics: Diagnostic[];
}

export function parseSource(file: string, text: string, limits: ParseLimits = DEFAULT_PARSE_LIMITS): ParsedSource {
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
  return need('parseYaml')(file, source, limits);
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

/** The yaml package's error, in plainer words where rocks has them. */
export function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: a mapping must not repeat a key (the second would silently replace the first)';
    case 'TAB_AS_INDENT':
      return 'tab used for indentation; YAML indents with spaces';
    case 'MULTIPLE_DOCS':
      return 'several YAML documents in one file; an org file holds one (split it into files of a folder)';
    default: {
      const text = message.replace(/\s+at line \d+, column \d+.*$/s, '');
      const plain = text.charAt(0).toLowerCase() + text.slice(1);
      // The usual cause: a title such as `Incident review: 2 June` read as a key and a value.
      return /nested mappings are not allowed in compact mappings|implicit map keys need to be followed by map values/i.test(text)
        ? `${plain}; text that contains ": " must be quoted, as in title: "Incident review: 2 June"`
        : plain;
    }
  }
}
