/**
 * YAML text to plain data, plus a locator that turns data paths back into
 * 1-based positions. Pure: no file system.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, isCollection, type Document, type Node } from 'yaml';
import type { DataPath, Diagnostic, Position } from './diagnostics.js';

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
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const diagnostics: Diagnostic[] = [];
  const problem = (offset: number, code: string, message: string): void => {
    diagnostics.push({ file, ...at(offset), code, message, severity: 'error' });
  };

  // A byte-order mark is legal at the start of a file; drop it so columns stay right.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const tooDeep = findExcessiveNesting(source, limits.maxDepth);
  if (tooDeep !== undefined) {
    lineCounter.addNewLine(0);
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    problem(tooDeep, 'too-deep', `nesting deeper than ${limits.maxDepth} levels; an org file never needs that`);
    return { file, data: undefined, locator: { locate: () => at(tooDeep) }, diagnostics };
  }

  const doc = parseDocument(source, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    keepSourceTokens: false,
  });

  for (const error of doc.errors) problem(error.pos[0], 'yaml-syntax', describeYamlError(error.code, error.message));
  for (const warning of doc.warnings) problem(warning.pos[0], 'yaml-syntax', describeYamlError(warning.code, warning.message));

  if (doc.directives?.yaml.explicit) {
    // %YAML 1.1 changes how yes/on/12:30 are typed; an org file is always read as YAML 1.2.
    problem(0, 'yaml-directive', 'a %YAML directive is not supported; remove it (org files are read as YAML 1.2)');
  }
  rejectTags(doc, (offset, tag) =>
    problem(offset, 'yaml-tag', `the YAML tag ${tag} is not supported; write the value as plain text, a number, a list or a mapping`),
  );

  let data: unknown;
  if (diagnostics.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      problem(0, 'yaml-alias', error instanceof Error ? `${error.message}` : 'the document could not be read');
    }
  }
  return { file, data, locator: documentLocator(doc, at), diagnostics };
}

function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: a mapping must not repeat a key (the second would silently replace the first)';
    case 'TAB_AS_INDENT':
      return 'tab used for indentation; YAML indents with spaces';
    case 'MULTIPLE_DOCS':
      return 'several YAML documents in one file; an org file holds one (split it into files of a folder)';
    default: {
      const text = message.replace(/\s+at line \d+, column \d+.*$/s, '');
      return text.charAt(0).toLowerCase() + text.slice(1);
    }
  }
}

function rejectTags(doc: Document, report: (offset: number, tag: string) => void): void {
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 200) return;
    const n = node as Node;
    if ((isScalar(n) || isCollection(n)) && n.tag && !n.tag.startsWith('tag:yaml.org,2002:') ) {
      report(n.range?.[0] ?? 0, n.tag);
    } else if ((isScalar(n) || isCollection(n)) && n.tag && /:(binary|set|omap|pairs|timestamp|merge|value|yaml)$/.test(n.tag)) {
      report(n.range?.[0] ?? 0, `!!${n.tag.split(':').pop()}`);
    }
    if (isCollection(n)) {
      for (const item of n.items) {
        if (isPair(item)) {
          visit(item.key, depth + 1);
          visit(item.value, depth + 1);
        } else visit(item, depth + 1);
      }
    }
  };
  visit(doc.contents, 0);
}

function documentLocator(doc: Document, at: (offset: number) => Position): Locator {
  return {
    locate(path, key) {
      let node: unknown = doc.contents;
      let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
      for (const segment of path) {
        const next = isCollection(node) ? node.get(segment, true) : undefined;
        if (!next || typeof next !== 'object') break;
        node = next;
        offset = (next as Node).range?.[0] ?? offset;
      }
      if (key !== undefined && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) offset = keyNode.range[0];
      }
      return at(offset);
    },
  };
}

/**
 * Offset where collection nesting first exceeds `maxDepth`, or undefined.
 * Counts flow brackets and block indentation in one linear pass so that a
 * 10,000-level document is refused before the parser recurses into it.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let flow = 0;
  let quote: string | null = null;
  let lineStart = true;
  let indent = 0;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      comment = false;
      if (quote === "'" || quote === '"') continue;
      continue;
    }
    if (comment) continue;
    if (lineStart) {
      if (c === 32 || c === 45 /* - */) {
        indent++;
        // Block nesting: each two columns of indentation or "- " is about one level.
        if (indent / 2 > maxDepth * 2) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (quote === '"' && c === 92) i++;
      else if (text[i] === quote) quote = null;
      continue;
    }
    if (c === 35 /* # */ && (i === 0 || text.charCodeAt(i - 1) === 32)) comment = true;
    else if ((c === 34 || c === 39) && flow > 0) quote = text[i]!;
    else if (c === 91 || c === 123) {
      if (++flow > maxDepth) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return undefined;
}
