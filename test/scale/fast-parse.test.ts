import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lineIndex } from '../../src/input/fast-yaml/line-index.js';
import { fastParse } from '../../src/input/fast-yaml/read.js';
import { findControlCharacter, parseSource } from '../../src/input/parse.js';
import { duplicateKeyOffset, locateOffset } from '../../src/input/parse-yaml.js';
import { nodePaths } from '../input/both-readers.js';
// @ts-expect-error -- a plain ES module without types
import { generateOrg, orgYaml } from '../../bench/gen-org.mjs';

// The fast reader must read a document exactly as the `yaml` package does, or
// not at all: same data, same duplicate-key errors, and for every node and
// key the same offset as the full parser's locator. Every YAML file of the
// repository is held to the same through parseSource in
// test/input/fast-yaml-corpus.test.ts; here, hand-picked and random documents.

const OPTIONS = { uniqueKeys: true, strict: true, version: '1.2', schema: 'core', prettyErrors: false, logLevel: 'error' } as const;

/** The full parser's locator, as offsets. */
const fullLocate = locateOffset;

/** Checks the fast reader against the `yaml` package on `text`; returns whether the fast path took it. */
function agree(text: string): boolean {
  const fast = fastParse(text);
  if (!fast) return false;
  const doc = parseDocument(text, OPTIONS);
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => duplicateKeyOffset(text, e.pos[0]));
  expect(doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').map((e) => `${e.code} ${e.message}`)).toEqual([]);
  expect(doc.warnings.map((e) => e.code)).toEqual([]);
  expect(fast.duplicateKeys).toEqual(duplicates);
  if (duplicates.length) return true;
  const data = doc.toJS();
  expect(fast.data).toEqual(data);
  for (const { path, keys } of nodePaths(data)) {
    expect([path, fast.locate(path)]).toEqual([path, fullLocate(doc, path)]);
    for (const key of keys) expect([path, key, fast.locate(path, key)]).toEqual([path, key, fullLocate(doc, path, key)]);
  }
  return true;
}

describe('fast YAML reader', () => {
  it('takes the startup example, with its folded block scalar, and reads it as the yaml package does', () => {
    const text = readFileSync('examples/startup.yaml', 'utf8');
    expect(text).toContain('context: >-');
    expect(fastParse(text)).not.toBeUndefined();
    expect(agree(text)).toBe(true);
  });

  it('reads block scalars as the yaml package does', () => {
    for (const text of [
      // The example of the documentation.
      'org: Acme\nmission: >-\n  Help small teams see\n  who carries what.\nmembers:\n  - name: Dana\n    tasks:\n      - title: Write the PRD\n        notes: |\n          first line\n\n          third line\n',
      // Every header, with blank, trailing and more-indented lines.
      ...['|', '|-', '|+', '>', '>-', '>+'].flatMap((h) => [
        `a: ${h}\n  one\n  two\n\n  four\n    five\n     \n  # six: - 'x' "y"\n\n\nb: 1\n`,
        `- ${h}\n\n  x\n   y\n  z\n  \n- ${h} # a comment\n   w\n`,
        `a:\n  - b: ${h}\n      x\n    c: ${h}\n    d: 1\n`,
        `a: ${h}\n     \n  \n`, // only blank lines, one of them more indented than nothing
        `a: ${h}\n  x\n   `, // the last line at the end of the file, without a newline
        `a: ${h}\n   `,
        `a: ${h}`,
        `a: ${h}\n  x\n\n  y\n\n`.replace(/\n/g, '\r\n'),
      ]),
      // A repeated key after a block scalar.
      'a: |\n  x\n\na: >\n  y\n',
      // Nested compact sequences and mappings.
      '- - |\n    x\n  - >-\n   y\n- - a: |+\n      z\n\n',
    ]) {
      expect([text, agree(text)]).toEqual([text, true]);
    }
  });

  it('reads generated orgs as the yaml package does', () => {
    for (const size of [3, 300, 2000]) expect(agree(orgYaml(generateOrg(size)))).toBe(true);
  });

  it('gives the same line and column as the full parser, through parseSource', async () => {
    const text = readFileSync('examples/scale-up.yaml', 'utf8');
    const doc = parseDocument(text, OPTIONS);
    const at = lineIndex(text);
    const parsed = await parseSource('x.yaml', text);
    expect(fastParse(text)).toBeDefined();
    const counter = (offset: number) => {
      const before = text.slice(0, offset);
      return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
    };
    for (const { path } of nodePaths(doc.toJS())) {
      const offset = fullLocate(doc, path);
      expect(at(offset)).toEqual(counter(offset));
      expect(parsed.locator.locate(path)).toEqual(counter(offset));
    }
  });

  it('reports duplicate keys where the full parser does, with the same message', async () => {
    const text = 'version: 1\nmembers:\n  - name: A\n    name: B\n    tasks: [x]\nversion: 1\n';
    const parsed = await parseSource('t.yaml', text);
    expect(parsed.data).toBeUndefined();
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual(['4:5 yaml-syntax', '6:1 yaml-syntax']);
    expect(parsed.diagnostics[0]!.message).toMatch(/^duplicate key/);
  });

  it('agrees on the documents the random search once caught it out on', () => {
    // A plain key followed by spaces before its colon, next to a quoted key with a trailing space.
    expect(agree('{a: 1, a- : x, "a- ": [y]}\n')).toBe(true);
    // A key repeated after a key with an empty value (the yaml package places that error a line early).
    expect(agree('c:\n  a:\n    t: 1\n  tags:\n  "a": {b: 1}\n')).toBe(true);
    // A comment `#x` (or a blank line before one in column 0) between an empty value and its value on the
    // next line makes the yaml package read a plain scalar there on into the lines after it: declined.
    expect(fastParse('- \n#c\n  x\n- y\n')).toBeUndefined(); // ["x - y"] for the yaml package
    expect(fastParse('a:\n\n# c\n  x\nb: 1\n')).toBeUndefined(); // an error for the yaml package
    expect(fastParse('r:\n  a:\n  #c\n    x\n  b: 1\n')).toBeUndefined();
    // Not so for quoted scalars and flow collections, nor past a comment indented further than the key.
    for (const text of ['a:\n#c\n  [x]\nb: 1\n', 'a:\n#c\n  "x"\nb: 1\n', 'r:\n  a:\n   #c\n    x\n  b: 1\n', 'a:\n# c\n  x\nb: 1\n']) {
      expect([text, agree(text)]).toEqual([text, true]);
    }
  });

  it('reads many distinct keys, repeated and colliding in its key cache, as the yaml package does', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `k${i.toString(36)}${i % 7 === 0 ? ' x' : ''}`);
    const block = (order: string[]) => order.map((k, i) => `  ${k}: ${i % 3 === 0 ? i : `v${i}`}`).join('\n');
    const text = `a:\n${block(keys)}\nb:\n${block([...keys].reverse())}\nc:\n  k1: 1\n  kb: 2\n  k1: 3\n`;
    expect(agree(text)).toBe(true);
    expect(fastParse(text)!.duplicateKeys).toHaveLength(1);
    // Keys that are not strings in the core schema are refused whether or not a string key shares their slot.
    for (const key of ['null', 'true', '12', '0x1F', '.inf']) expect(fastParse(`${block(keys).replace(/^  /gm, '')}\n${key}: 1\n`)).toBeUndefined();
  });

  it('takes no text holding a control character, wherever it is (parseSource skips its scan for them when the text is taken)', async () => {
    const text = [
      '# a comment',
      'version: 1 # after a value',
      'org: "quoted \\x41 é" # after a quoted one',
      "team: 'single'",
      'defaults: # after a key',
      '  capacity: 40',
      'tags: [a, "b", {c: d}] # after a flow one',
      'members: #tight',
      '  - # after a dash',
      '    name: A — b',
      '    context: >- # after a header',
      '      folded',
      '      text',
      '',
      '    notes: |',
      '      kept',
      '  - plain item',
      '   # indented comment',
      '',
    ].join('\n');
    expect(fastParse(text)).not.toBeUndefined();
    const controls = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\u007f', '\u0084', '\u0086', '\u009f', '\ufffe', '\uffff', '\r'];
    let refused = 0;
    for (let i = 0; i <= text.length; i++) {
      for (const control of controls) {
        const spoiled = text.slice(0, i) + control + text.slice(i);
        if (findControlCharacter(spoiled) === undefined) continue; // a CR before a line feed
        expect([i, control, fastParse(spoiled)]).toEqual([i, control, undefined]);
        expect(await (await parseSource('f.yaml', spoiled)).diagnostics[0]!.code).toBe('control-character');
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(text.length * 13);
  });

  it('leaves what it does not handle to the full parser', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      '%YAML 1.2\n---\na: 1\n',
      '|\n  text\n', // a block scalar as the root
      'a: |2\n  text\n', // an indentation indicator
      'a: >1-\n  text\n',
      'a: |x\n  text\n',
      'a: |#c\n  text\n', // a comment not separated from the header
      'a: | x\n  text\n',
      'a:\n  |\n  text\n', // the header on a line of its own
      'a: |\n\t text\n', // tabs
      'a: |\n  te\txt\n',
      'a: |\n  text\n\t\n',
      'a: |\n\n   \n  text\n', // a leading blank line more indented than the content (an error)
      'a: |\n  te\rxt\n', // a lone CR
      'a: |\n  te\u0085xt\n',
      'a: b\n  c\n',
      'a: "b\n  c"\n',
      'a: [b,\n  c]\n',
      '? a\n: b\n',
      'a:\n\t- b\n',
      '1: a\n',
      'true: a\n',
      '__proto__: 1\n',
      'a: b: c\n',
      'a: - b\n',
      '---\na: 1\n',
      'a: 1\n...\n',
      '',
      '# only a comment\n',
      'a: 1\n b: 2\n',
      'a: "\\q"\n',
      'a: {b}\n',
      'a: [b: c]\n',
    ]) {
      expect([text, fastParse(text)]).toEqual([text, undefined]);
    }
  });

  // ------------------------------------------------------------- fuzzing

  const word = fc.constantFrom('a', 'title', 'effort', 'x y', 'PRD: v2', "O'Brien", 'say "hi"', 'null', 'true', 'False', '~', '12', '-3', '0o17', '0x1F', '1e3', '.5', '5.', '.inf', '-.Inf', '.NaN', '1_000', '12:30', 'a#b', 'a #b', '-a', '[x]', '{y}', 'x, y', 'é ✓', '🚀 go', '', ' lead', 'trail ', 'http://x.y/z', 'a\\b', '#', '- x', '? x', 'a: b', '@x', '`x`', '%x', '&a', '*a', '!t', '|', '>');
  const key = fc.constantFrom('a', 'b', 'name', 'title', 'tags', 'x y', 'k-1', 'constructor', 'toString', 'valueOf', '"q"', "'s'", '"a"', 'a');
  const plainOk = (s: string) => /^[A-Za-z0-9é🚀.~+-][^#:]*$/.test(s) && !/^-[ ]?$/.test(s) && s === s.trim() && !/ #/.test(s);
  const scalarText = fc.tuple(word, fc.constantFrom('plain', 'single', 'double')).map(([w, style]) => {
    if (style === 'plain' && plainOk(w)) return w;
    if (style === 'single') return `'${w.replace(/'/g, "''")}'`;
    return JSON.stringify(w);
  });
  /** A line of a block scalar: `rel` spaces past the content's indentation (fewer when negative; none at all when null), then `text`. */
  type BlockLine = { rel: number | null; text: string };
  type Block = { kind: 'block'; header: string; comment: string; lines: BlockLine[] };
  type Tree = { kind: 'scalar'; text: string } | Block | { kind: 'seq'; items: Tree[] } | { kind: 'map'; pairs: [string, Tree][] };
  const blockText = fc.constantFrom('first line', 'x', 'a: b', 'key: |', '- item', '-', '# not a comment', 'a #b', 'say "hi"', "it's", "'q'", '"dq"', '[1, 2]', '{a: b}', 'trail ', ' lead', 'é ✓ 🚀', '---', '...', '%x', '@x', '&a *b', '!t', '? q', ': v', '>', '|-', 'null', '12', 'http://x.y/z', 'a\\b');
  const blockLine = fc.oneof(
    { weight: 24, arbitrary: fc.tuple(fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 2, 4), blockText).map(([rel, text]): BlockLine => ({ rel, text })) },
    // blank lines: empty, or spaces fewer than, as many as, or more than the content's
    { weight: 10, arbitrary: fc.constantFrom(null, null, -1, 0, 0, 1, 3).map((rel): BlockLine => ({ rel, text: '' })) },
    // a less indented line: ends the scalar, often in an error
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(-1, -2), fc.constantFrom('x', 'b: 1', '- y', '# c')).map(([rel, text]): BlockLine => ({ rel, text })) },
  );
  const blockArb = fc
    .record({
      header: fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '|', '>', '>-', '|', '>', '>-', '|-', '>+', '|2', '>1+'),
      comment: fc.constantFrom(...Array<string>(16).fill(''), ' # note', '   #: x', '#tight', ' x'),
      lines: fc.array(blockLine, { maxLength: 7 }),
    })
    .map((b): Tree => ({ kind: 'block', ...b }));
  /**
   * The lines of a block scalar whose content is indented `ci` columns. The
   * first content line sets the indentation: it, and the blank lines before it,
   * are mostly not indented further (that makes for errors).
   */
  const blockBody = (b: Block, ci: number, rnd: () => number): string[] => {
    let leading = true;
    return b.lines.map(({ rel, text }) => {
      if (leading && rel !== null && rel > 0 && rnd() < 0.85) rel = 0;
      if (text) leading = false;
      return rel === null ? '' : ' '.repeat(Math.max(0, ci + rel)) + text;
    });
  };
  const { tree } = fc.letrec<{ tree: Tree; seq: Tree; map: Tree }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalarText.map((text): Tree => ({ kind: 'scalar', text })), blockArb, tie('seq'), tie('map')),
    seq: fc.array(tie('tree'), { maxLength: 3 }).map((items): Tree => ({ kind: 'seq', items })),
    map: fc.array(fc.tuple(key, tie('tree')), { maxLength: 3 }).map((pairs): Tree => ({ kind: 'map', pairs })),
  }));

  /** Renders a tree as YAML with random styles; a string for an inline node, lines for a block one. */
  function render(t: Tree, indent: number, rnd: () => number, flowOnly = false): string[] | string {
    if (t.kind === 'scalar') return t.text;
    if (t.kind === 'block') return JSON.stringify(t.lines.map((l) => l.text).join(' ')); // in a flow collection
    const pad = ' '.repeat(indent);
    /** Indentation of a block scalar's content, past its parent's column. */
    const blockIndent = () => indent + [1, 2, 2, 2, 2, 3, 4][Math.floor(rnd() * 7)]!;
    const size = t.kind === 'seq' ? t.items.length : t.pairs.length;
    if (flowOnly || size === 0 || rnd() < 0.3) {
      if (t.kind === 'map') return `{${t.pairs.map(([k, v]) => `${k}: ${render(v, 0, rnd, true)}`).join(rnd() < 0.5 ? ', ' : ',')}}`;
      return `[${t.items.map((v) => render(v, 0, rnd, true)).join(', ')}]`;
    }
    const lines: string[] = [];
    const comment = () => (rnd() < 0.1 ? ' # note' : '');
    /** Now and then a blank or comment line between a key or dash and its value on the next line. */
    const interlude = () => (rnd() < 0.15 ? [['', `${pad}# a comment`, '#x', `${pad}#x`, `${pad}  #x`, ' ', `${pad}   `][Math.floor(rnd() * 7)]!] : []);
    if (t.kind === 'map') {
      for (const [k, v] of t.pairs) {
        if (v.kind === 'block') {
          const ci = blockIndent();
          // now and then the header on a line of its own (left to the full parser)
          if (rnd() < 0.03) lines.push(`${pad}${k}:`, `${' '.repeat(ci)}${v.header}${v.comment}`);
          else lines.push(`${pad}${k}:${rnd() < 0.1 ? '   ' : ' '}${v.header}${v.comment}`);
          lines.push(...blockBody(v, ci, rnd));
          continue;
        }
        const r = render(v, indent + (rnd() < 0.8 ? 2 : 3), rnd);
        if (typeof r === 'string') {
          if (rnd() < 0.05) lines.push(`${pad}${k}:${comment()}`, ...interlude(), `${pad}  ${r}`); // the value on the next line
          else lines.push(`${pad}${k}:${rnd() < 0.1 ? '   ' : ' '}${r}${comment()}`);
        } else {
          lines.push(`${pad}${k}:${comment()}`, ...interlude());
          // a sequence may sit at its key's indentation
          lines.push(...(v.kind === 'seq' && rnd() < 0.3 ? r.map((l) => l.slice(2)) : r));
        }
      }
    } else {
      for (const v of t.items) {
        if (v.kind === 'block') {
          lines.push(`${pad}-${rnd() < 0.1 ? '   ' : ' '}${v.header}${v.comment}`, ...blockBody(v, blockIndent(), rnd));
          continue;
        }
        const r = render(v, indent + 2, rnd);
        if (typeof r === 'string') {
          if (rnd() < 0.05) lines.push(`${pad}-${comment()}`, ...interlude(), `${pad}  ${r}`); // the value on the next line
          else lines.push(`${pad}- ${r}${comment()}`);
        } else if (rnd() < 0.6) lines.push(`${pad}- ${r[0]!.slice(indent + 2)}`, ...r.slice(1));
        else lines.push(`${pad}-${comment()}`, ...interlude(), ...r);
      }
    }
    if (rnd() < 0.05) lines.push(`${pad}# a comment`);
    return lines;
  }

  const docArb = fc
    .tuple(fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 }), fc.integer(), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.constantFrom(' ', ':', '-', '#', '\n', '"', "'", '[', ']', '{', '}', ',', '  ', ': ', '- ', '\n  ', '\r\n', '&', '*', '!', '|', '>', '?', '\t')), { maxLength: 2 }))
    .map(([pairs, seed, crlf, mutations]) => {
      let s = seed;
      const rnd = () => {
        s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) | 0;
        return ((s >>> 0) % 10000) / 10000;
      };
      const rendered = render({ kind: 'map', pairs }, 0, rnd);
      // now and then without a newline at the end
      let text = `${(typeof rendered === 'string' ? [rendered] : rendered).join('\n')}${rnd() < 0.9 ? '\n' : ''}`;
      for (const [at, insert] of mutations) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + insert + text.slice(i);
      }
      return crlf ? text.replace(/\n/g, '\r\n') : text;
    });

  it('agrees with the yaml package on random documents, or declines them', () => {
    let taken = 0;
    let takenWithBlocks = 0;
    let withBlocks = 0;
    const numRuns = Number(process.env.FUZZ_RUNS ?? 3000);
    fc.assert(
      fc.property(docArb, (text) => {
        const blocks = /(?:^|[ -])[|>][-+]?(?: #.*)?\r?$/m.test(text);
        if (blocks) withBlocks++;
        if (agree(text)) {
          taken++;
          if (blocks) takenWithBlocks++;
        }
      }),
      { numRuns },
    );
    if (process.env.FUZZ_STATS) console.log({ numRuns, taken, withBlocks, takenWithBlocks });
    expect(taken).toBeGreaterThan(300);
    // block scalars are in a good share of the documents taken
    expect(takenWithBlocks).toBeGreaterThan(numRuns / 20);
  });

  it('declines random documents with a control character put anywhere', () => {
    const control = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0090', '\ufffe', '\uffff', '\r');
    fc.assert(
      fc.property(docArb, fc.nat(), control, (text, at, ch) => {
        const i = at % (text.length + 1);
        const spoiled = text.slice(0, i) + ch + text.slice(i);
        if (findControlCharacter(spoiled) !== undefined) expect(fastParse(spoiled)).toBeUndefined();
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });
});
