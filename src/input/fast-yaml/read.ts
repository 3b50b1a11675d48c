/**
 * A linear-time reader for the subset of YAML that org files are written in,
 * for inputs where the full `yaml` Document API is too slow and too big (a
 * 300,000-member org). Pure: text in, data and positions out.
 *
 * The subset: block mappings and sequences (compact `- key: value` items
 * too), plain, single- and double-quoted one-line scalars, comments, one-line
 * flow sequences and mappings (`tags: [a, b]`, `- { title: x, effort: 2 }`),
 * block scalars (`|`, `>`, with `-`, `+` or no chomping indicator) as the
 * value of a `key:` or a `- ` on the header's line, and the YAML 1.2 core
 * schema for plain scalars (null, booleans, ints in decimal, octal `0o` and
 * hex `0x`, floats, `.inf`, `.nan`). Anything else — anchors, aliases, tags,
 * directives, document markers, block scalars with an indentation indicator
 * (`|2`), at the root or with the header on a line of its own, multi-line
 * plain or quoted scalars or flow collections, complex or non-text keys,
 * tabs, control characters, every syntax error — makes `fastParse` return
 * undefined, and the caller uses the full parser. So a document is either
 * read here exactly as the `yaml` package reads it (same data, same node
 * positions, same duplicate-key errors), or not at all. Every character of
 * a document taken is looked at, comments included, and none of those
 * parse.ts's findControlCharacter reports is accepted anywhere: a text taken
 * here holds none (parseSource relies on it).
 *
 * The reader copies the behaviour of the `yaml` package, which is why
 * package.json pins `yaml` to one exact version: each part names the file and
 * function of node_modules/yaml/dist it mirrors, and the tests hold it to
 * that version: test/input/fast-yaml-corpus.test.ts on every YAML file of the
 * repository, the differential fuzz in test/scale/fast-parse.test.ts on what
 * no file holds. Moving the pin means reading what changed in those files and
 * running the fuzz with many runs (FUZZ_RUNS=100000).
 *
 * The parts: cursor.ts (lines and comments), plain.ts, quoted.ts and
 * resolve-plain.ts (scalars), caches.ts (keys and short texts read once),
 * block-scalar.ts (`|` and `>`), flow.ts (`[...]`, `{...}`), block.ts
 * (indentation: mappings and sequences), records.ts and locator.ts
 * (positions), line-index.ts (offsets to lines and columns).
 */
import { BlockReader } from './block.js';
import { DECLINED } from './decline.js';
import { RecordLocator } from './locator.js';

export interface FastDocument {
  data: unknown;
  /** Offsets of keys that repeat an earlier key of the same mapping (the `yaml` package's DUPLICATE_KEY errors). */
  duplicateKeys: number[];
  /** Offset of the node at `path` (or its nearest ancestor), or of `key` inside the mapping there. */
  locate(path: readonly (string | number)[], key?: string): number;
}

/**
 * Reads `text` (without a byte-order mark) if it is in the subset; undefined
 * otherwise. Nesting beyond `maxDepth` (flow brackets, or a node starting past
 * column 2 × maxDepth) is also left to the full parser, which refuses it.
 * Never takes a text holding a character findControlCharacter reports.
 */
export function fastParse(text: string, maxDepth = 64): FastDocument | undefined {
  const reader = new BlockReader(text, maxDepth);
  let data: unknown;
  try {
    data = reader.document();
  } catch (error) {
    if (error === DECLINED) return undefined;
    if (error instanceof RangeError) return undefined; // too deep for the stack: the full parser decides
    throw error;
  }
  // The locator keeps the records and the text alive as long as the document, not the reader's caches and stacks.
  const locator = new RecordLocator(text, reader.records.finish());
  return { data, duplicateKeys: reader.duplicateKeys, locate: (path, key) => locator.locate(path, key) };
}
