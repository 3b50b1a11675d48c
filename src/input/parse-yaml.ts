/**
 * The full YAML path of parseSource, for org files outside the subset that
 * the fast reader (fast-yaml/) reads: anchors, tags, block scalars with an indentation
 * indicator, syntax errors and so on. A module of its own so that start-up
 * loads the yaml package only when a file needs it.
 */
import { CST, Composer, Lexer, LineCounter, Parser, isAlias, isCollection, isMap, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Diagnostic, Position } from '../model/diagnostics.js';
import type { Locator, ParsedSource, ParseLimits } from './source.js';
import { describeYamlError } from './yaml-messages.js';

/**
 * Where a duplicate key starts. After a key with an empty value the yaml package
 * reports the next key at the end of the previous line; point at the key itself.
 */
export function duplicateKeyOffset(source: string, offset: number): number {
  let i = offset;
  for (;;) {
    const c = source.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else if (c === 0x23 /* # */) while (i < source.length && source.charCodeAt(i) !== 0x0a) i++;
    else return i;
  }
}

export function parseYaml(file: string, source: string, limits: ParseLimits): ParsedSource {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const diagnostics: Diagnostic[] = [];
  const problem = (offset: number, code: string, message: string): void => {
    diagnostics.push({ file, ...at(offset), code, message, severity: 'error' });
  };
  /** A problem found before parsing: count the lines by hand so it is located. */
  const refuse = (offset: number, code: string, message: string): ParsedSource => {
    countLines(source, lineCounter);
    problem(offset, code, message);
    return { file, data: undefined, locator: { locate: () => at(offset) }, diagnostics };
  };

  const options = {
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    version: '1.2',
    schema: 'core',
    keepSourceTokens: false,
    // The yaml package must never write to stderr by itself (process warnings).
    logLevel: 'error',
  } as const;
  const lexical: LexicalProblem[] = [];
  const composed = composeGuarded(source, options, lineCounter, limits.maxDepth, (p) => lexical.push(p));
  if ('tooDeep' in composed) {
    // The lexer stopped early; the line counter only saw the lines before the problem.
    return refuse(composed.tooDeep.offset, 'too-deep', composed.tooDeep.message);
  }
  const { doc, extraDocumentAt } = composed;

  for (const p of lexical) problem(p.offset, p.code, p.message);
  for (const error of doc.errors) {
    const offset = error.code === 'DUPLICATE_KEY' ? duplicateKeyOffset(source, error.pos[0]) : error.pos[0];
    problem(offset, 'yaml-syntax', describeYamlError(error.code, error.message));
  }
  for (const warning of doc.warnings) {
    // Tags are refused above, at the tag itself, in plainer words.
    if (warning.code !== 'TAG_RESOLVE_FAILED') problem(warning.pos[0], 'yaml-syntax', describeYamlError(warning.code, warning.message));
  }
  if (extraDocumentAt !== undefined) problem(extraDocumentAt, 'yaml-syntax', describeYamlError('MULTIPLE_DOCS', ''));
  checkKeys(doc, (offset, message) => problem(offset, 'yaml-key', message));

  let data: unknown;
  if (diagnostics.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      const unresolved = /^Unresolved alias.*: (.*)$/s.exec(message);
      if (unresolved) {
        const name = unresolved[1]!.length > 40 ? `${unresolved[1]!.slice(0, 37)}...` : unresolved[1]!;
        problem(firstAliasOffset(doc, unresolved[1]) ?? 0, 'yaml-alias', `the alias *${name} has no anchor &${name} before it`);
      } else if (/alias/i.test(message)) {
        problem(
          firstAliasOffset(doc) ?? 0,
          'yaml-alias',
          `aliases (*name) expand to too much data (over ${limits.maxAliasCount} copies); write the values out or use fewer aliases`,
        );
      } else problem(0, 'yaml-syntax', `the document could not be read${message ? ` (${message})` : ''}`);
    }
  }
  return { file, data, locator: documentLocator(doc, at), diagnostics };
}

function countLines(source: string, lineCounter: LineCounter): void {
  if (lineCounter.lineStarts.length > 0) lineCounter.lineStarts.length = 0;
  lineCounter.addNewLine(0);
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}


class TooDeep {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

type ComposeOptions = ConstructorParameters<typeof Composer>[0];

/**
 * `parseDocument`, with every lexical token checked for nesting before the
 * parser sees it: a document nested too deep is refused before anything
 * recurses into it (10,000 levels would otherwise exhaust the stack and abort
 * Node itself). Returns the first document and where a second one starts.
 */
function composeGuarded(
  source: string,
  options: ComposeOptions,
  lineCounter: LineCounter,
  maxDepth: number,
  report: (problem: LexicalProblem) => void,
): { doc: Document.Parsed; extraDocumentAt: number | undefined } | { tooDeep: TooDeep } {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer(options);
  const guard = lexicalGuard(maxDepth, report);
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of new Lexer().lex(source)) {
      const tooDeep = guard(lexeme);
      if (tooDeep) throw tooDeep;
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  let extraDocumentAt: number | undefined;
  try {
    for (const next of composer.compose(tokens(), true, source.length)) {
      if (!doc) doc = next;
      else {
        extraDocumentAt = next.range[0];
        break;
      }
    }
  } catch (error) {
    if (error instanceof TooDeep) return { tooDeep: error };
    throw error;
  }
  // compose(…, forceDoc = true) always yields a document.
  return { doc: doc!, extraDocumentAt };
}

export interface LexicalProblem {
  offset: number;
  code: 'yaml-tag' | 'yaml-directive';
  message: string;
}

/** The tags of the YAML 1.2 core schema: they only restate what a value already is. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * `!!name` means tag:yaml.org,2002:name (%TAG directives, which could change
 * that, are refused); `!<uri>` is verbatim; anything else is a custom tag.
 */
function tagUri(tag: string): string {
  if (tag.startsWith('!<') && tag.endsWith('>')) return tag.slice(2, -1);
  if (tag.startsWith('!!')) return `tag:yaml.org,2002:${tag.slice(2)}`;
  return tag;
}

function describeTag(tag: string): string {
  const uri = tagUri(tag);
  return uri.startsWith('tag:yaml.org,2002:') ? `!!${uri.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/**
 * A check of each lexical token, in order, for nesting beyond `maxDepth`, and
 * for YAML features an org file refuses: directives (`%YAML 1.1` changes how
 * `yes`, `on` and `12:30` are typed; `%TAG` changes what `!!` means) and tags
 * beyond the core ones (`!!binary`, `!!set`, `!!timestamp`, `!!js/function`,
 * `!custom`...), each reported at the token itself.
 * Flow collections count their brackets. Block collections nest only by
 * indentation or by compact indicators (`- - x`, `? ? x`), so the column at
 * which a line's structure starts bounds their depth: a line whose first
 * token starts beyond column 2 × maxDepth is refused. Scalars (quoted, plain,
 * block) and comments are single tokens, so brackets inside them never count.
 */
export function lexicalGuard(maxDepth: number, report: (problem: LexicalProblem) => void = () => undefined): (lexeme: string) => TooDeep | undefined {
  const maxColumn = 2 * maxDepth;
  let offset = 0;
  let col = 0;
  let flow = 0;
  let atScalar = false;
  let lineStart = true;
  const advance = (lexeme: string): void => {
    offset += lexeme.length;
    const nl = lexeme.lastIndexOf('\n');
    col = nl === -1 ? col + lexeme.length : lexeme.length - nl - 1;
    // A token ending a line (the body of a block scalar) leaves the next one at a line start.
    if (nl !== -1 && /^[ \t]*$/.test(lexeme.slice(nl + 1))) lineStart = true;
  };
  return (lexeme) => {
    const start = offset;
    const startCol = col;
    if (atScalar) {
      // The text of a plain or block scalar, announced by a zero-width marker.
      atScalar = false;
      const deep = lineStart && startCol > maxColumn;
      lineStart = false;
      advance(lexeme);
      return deep ? indentedTooDeep(start, maxColumn) : undefined;
    }
    const type = CST.tokenType(lexeme);
    switch (type) {
      case 'doc-mode':
      case 'flow-error-end':
        return undefined; // zero-width markers
      case 'scalar':
        atScalar = true;
        return undefined;
      case 'newline':
        lineStart = true;
        advance(lexeme);
        return undefined;
      case 'space':
      case 'comment':
        advance(lexeme);
        return undefined;
      case 'flow-seq-start':
      case 'flow-map-start':
        // Never reset when the lexer gives up on a collection: counting on is the safe side.
        if (++flow > maxDepth) return new TooDeep(start, `nesting deeper than ${maxDepth} levels; an org file never needs that`);
        break;
      case 'flow-seq-end':
      case 'flow-map-end':
        if (flow > 0) flow--;
        break;
      case 'tag':
        if (!CORE_TAGS.has(tagUri(lexeme))) {
          report({
            offset: start,
            code: 'yaml-tag',
            message: `the YAML tag ${describeTag(lexeme)} is not supported; write the value as plain text, a number, a list or a mapping`,
          });
        }
        break;
      case 'directive-line': {
        const name = /^%\S*/.exec(lexeme)?.[0] ?? '%';
        report({
          offset: start,
          code: 'yaml-directive',
          message:
            name === '%YAML'
              ? 'a %YAML directive is not supported; remove it (org files are read as YAML 1.2, where yes, on and 12:30 are text)'
              : `a ${name.length > 20 ? `${name.slice(0, 17)}...` : name} directive is not supported; remove it`,
        });
        break;
      }
      default:
        break;
    }
    if (lineStart && startCol > maxColumn) return indentedTooDeep(start, maxColumn);
    lineStart = lineStart && (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'map-value-ind' || type === 'anchor' || type === 'tag');
    advance(lexeme);
    return undefined;
  };
}

function indentedTooDeep(offset: number, maxColumn: number): TooDeep {
  return new TooDeep(offset, `indented more than ${maxColumn} columns; an org file never nests that deep`);
}

function firstAliasOffset(doc: Document, name?: string): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (name !== undefined && node.source !== name) return undefined;
      found = node.range?.[0];
      return visit.BREAK;
    },
  });
  return found;
}


/**
 * Keys must be scalars: a list, mapping or alias as a key would be turned
 * into text, at a cost that grows exponentially with nesting. `__proto__` is
 * refused as a key everywhere.
 */
function checkKeys(doc: Document, report: (offset: number, message: string) => void): void {
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (key === null) return undefined;
      if (isScalar(key)) {
        // Validators drop this key without a word (zod's records do), and plain
        // objects treat it as their prototype: refuse it wherever it appears.
        if (key.value === '__proto__') report(key.range?.[0] ?? 0, 'the key "__proto__" is not allowed in an org file');
        return undefined;
      }
      const kind = isAlias(key) ? 'an alias' : isSeq(key) ? 'a list' : 'a mapping';
      report(key.range?.[0] ?? 0, `a mapping key must be plain text, not ${kind}`);
      return visit.SKIP; // one message for the outermost key, not one per level inside it
    },
  });
}

/**
 * Offset of the node at `path` (or its nearest existing ancestor), or of the
 * key `key` in the mapping there. The fast reader's positions are tested
 * against this.
 */
export function locateOffset(doc: Document, path: readonly (string | number)[], key?: string): number {
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
  return offset;
}

function documentLocator(doc: Document, at: (offset: number) => Position): Locator {
  return { locate: (path, key) => at(locateOffset(doc, path, key)) };
}
