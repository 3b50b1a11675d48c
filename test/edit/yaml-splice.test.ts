/**
 * The splice editor: each edit changes the data as asked, leaves every byte
 * outside the spliced ranges as it was (comments, blank lines, folded text,
 * anchors, CRLF, a byte-order mark), and doing the same edit again changes
 * nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applySplices, EditError, YamlEditor, type EditPath } from '../../src/edit/yaml-splice.js';

const FIXTURES: Record<string, string> = {
  comments: [
    '# The payments team.',
    'version: 1',
    'members:',
    '  - name: Priya Shah   # head of product',
    '    capacity: 32',
    '    tasks:',
    '      # the PRD first',
    '      - Write the PRD',
    '      - title: "Launch: retail"',
    '        effort: 6',
    '',
    '  - name: Tomás Ortega',
    '    tasks: []   # nothing yet',
    'unassigned:',
    '  - Competitive analysis refresh',
    '',
  ].join('\n'),
  flow: ['version: 1', 'members:', '  - {name: Ann, tasks: [a, {title: b, effort: 2}]}', '  - name: Bob', '    tasks: [x]', 'unassigned: []', ''].join('\n'),
  blockScalars: [
    'version: 1',
    'members:',
    '  - name: Ann',
    '    tasks:',
    '      - title: >',
    '          A folded title that a',
    '          re-serialiser would re-flow',
    '        context: |',
    '          line one',
    '          line two',
    '      - plain',
    '',
  ].join('\n'),
  anchors: ['version: 1', 'defaults: &d', '  effort: 3', 'members:', '  - name: Ann', '    tasks:', '      - &t-1 title: anchored', '      - title: second', '        tags: [x, y]', '      - &s plain', ''].join('\n'),
  crlfBom: '\ufeffversion: 1\r\nmembers:\r\n  - name: Ann\r\n    tasks:\r\n    - one\r\n    - two\r\nunassigned:\r\n- loose\r\n',
  noFinalNewline: 'version: 1\nmembers:\n  - name: Ann\n    tasks:\n      - one',
};

/** Every list and mapping path in a value, with the value there. */
function collections(value: unknown, path: (string | number)[] = []): { path: EditPath; value: unknown }[] {
  const out: { path: EditPath; value: unknown }[] = [];
  if (Array.isArray(value)) {
    out.push({ path, value });
    value.forEach((v, i) => out.push(...collections(v, [...path, i])));
  } else if (value && typeof value === 'object') {
    out.push({ path, value });
    for (const [k, v] of Object.entries(value)) out.push(...collections(v, [...path, k]));
  }
  return out;
}

function setIn(data: unknown, path: EditPath, update: (node: unknown) => unknown): unknown {
  if (path.length === 0) return update(data);
  const [head, ...rest] = path;
  const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
  copy[head!] = setIn(copy[head!], rest, update);
  return copy;
}

const scalar = fc.oneof(
  fc.constantFrom('plain', 'a: b', 'x #y', '- dash', 'yes', '123', '', ' lead', 'multi\nline', 'quote"s', "it's", '[flow]', '{a}', 'tab\there', '\u0001ctrl', 'null', '~', 'ünï', '@at', '*star', '&amp'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.integer({ min: -5, max: 200 }),
  fc.double({ min: 0, max: 168, noNaN: true }),
);
const value = fc.oneof(scalar, fc.record({ title: scalar, effort: fc.integer({ min: 0, max: 168 }), tags: fc.array(scalar, { maxLength: 3 }) }, { requiredKeys: ['title'] }));

const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

describe('YamlEditor on the fixtures', () => {
  it('appends to a block list under its items, with their indentation, and keeps comments', () => {
    const out = new YamlEditor(FIXTURES.comments!).insertItem(['members', 0, 'tasks'], { title: 'New: one', effort: 3, tags: ['a', 'b'] }).toString();
    expect(out).toBe(FIXTURES.comments!.replace('        effort: 6\n', '        effort: 6\n      - title: "New: one"\n        effort: 3\n        tags: [a, b]\n'));
  });

  it('turns `tasks: []` into a block list under its key, keeping the comment after it', () => {
    const out = new YamlEditor(FIXTURES.comments!).insertItem(['members', 1, 'tasks'], 'First').insertItem(['members', 1, 'tasks'], 'Second').toString();
    expect(out).toContain('    tasks:\n      - First\n      - Second   # nothing yet\n');
    expect(parse(out).members[1].tasks).toEqual(['First', 'Second']);
  });

  it('writes every item removed as `key: []`', () => {
    const out = new YamlEditor(FIXTURES.comments!).removeItem(['members', 0, 'tasks'], 0).removeItem(['members', 0, 'tasks'], 1).toString();
    expect(out).toContain('    capacity: 32\n    tasks: []\n\n  - name: Tomás');
  });

  it('parts a new item with a blank line where the list parts its items so', () => {
    const editor = new YamlEditor(FIXTURES.comments!);
    expect(editor.spacedItems(['members'])).toBe(true);
    expect(editor.spacedItems(['members', 0, 'tasks'])).toBe(false);
    const out = editor.insertItem(['members'], { name: 'Zoe', tasks: [] }, undefined, { blankLine: true }).toString();
    expect(out).toContain('    tasks: []   # nothing yet\n\n  - name: Zoe\n    tasks: []\nunassigned:');
  });

  it('removes an item with the comment lines glued above it', () => {
    const out = new YamlEditor(FIXTURES.comments!).removeItem(['members', 0, 'tasks'], 0).toString();
    expect(out).not.toContain('the PRD first');
    expect(out).toContain('    tasks:\n      - title: "Launch: retail"');
  });

  it('edits flow collections in flow style', () => {
    const editor = new YamlEditor(FIXTURES.flow!);
    editor.insertItem(['members', 0, 'tasks'], 'c, d').setEntry(['members', 0, 'tasks', 1], 'effort', 5).insertItem(['unassigned'], { title: 'loose' });
    const out = editor.toString();
    expect(out).toContain('  - {name: Ann, tasks: [a, {title: b, effort: 5}, "c, d"]}\n');
    expect(out).toContain('unassigned:\n  - title: loose\n');
  });

  it('replaces a folded or literal block scalar and leaves the others as written', () => {
    const out = new YamlEditor(FIXTURES.blockScalars!).setEntry(['members', 0, 'tasks', 0], 'title', 'Short').toString();
    expect(out).toContain('      - title: Short\n        context: |\n          line one\n          line two\n');
  });

  it('keeps anchors and the rest of their node', () => {
    const out = new YamlEditor(FIXTURES.anchors!).setEntry(['members', 0, 'tasks', 1], 'tags', ['z']).toString();
    expect(out).toBe(FIXTURES.anchors!.replace('tags: [x, y]', 'tags: [z]'));
  });

  it('writes CRLF into a CRLF file and keeps its byte-order mark', () => {
    const out = new YamlEditor(FIXTURES.crlfBom!).insertItem(['members', 0, 'tasks'], 'three').insertItem(['members'], { name: 'Bob', tasks: ['x'] }).toString();
    expect(out.startsWith('\ufeff')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(out).toContain('    - two\r\n    - three\r\n  - name: Bob\r\n    tasks: [x]\r\nunassigned:');
  });

  it('adds a line end before what it appends to a file that ends without one', () => {
    const out = new YamlEditor(FIXTURES.noFinalNewline!).insertItem(['members', 0, 'tasks'], 'two').setEntry([], 'org', 'Acme').toString();
    expect(parse(out)).toEqual({ version: 1, members: [{ name: 'Ann', tasks: ['one', 'two'] }], org: 'Acme' });
  });

  it('refuses edits that overlap, and paths that lead nowhere', () => {
    const editor = new YamlEditor(FIXTURES.comments!).removeItem(['members'], 0).setEntry(['members', 0], 'capacity', 10);
    expect(() => editor.toString()).toThrow(EditError);
    expect(() => new YamlEditor(FIXTURES.comments!).insertItem(['members', 0, 'name'], 'x')).toThrow(/not a list/);
    expect(() => new YamlEditor('a: [\n')).toThrow(EditError);
  });
});

describe('YamlEditor properties', () => {
  const fixture = fc.constantFrom(...Object.keys(FIXTURES));

  it('an edit gives the data asked for, and every byte outside its splices stays', () => {
    fc.assert(
      fc.property(fixture, fc.nat(), fc.nat(), value, fc.constantFrom('insert', 'remove', 'set', 'replace'), (name, pick, index, v, op) => {
        const text = FIXTURES[name]!;
        const data = parse(text) as unknown;
        const targets = collections(data).filter((c) => (op === 'set' ? !Array.isArray(c.value) : Array.isArray(c.value) && (op === 'insert' || (c.value as unknown[]).length > 0)));
        fc.pre(targets.length > 0);
        const target = targets[pick % targets.length]!;
        const editor = new YamlEditor(text);
        let expected: unknown;
        if (op === 'set') {
          const key = ['title', 'effort', 'newkey', 'tags'][index % 4]!;
          editor.setEntry(target.path, key, v);
          expected = setIn(data, target.path, (m) => ({ ...(m as object), [key]: v }));
        } else {
          const list = target.value as unknown[];
          const at = index % (list.length + (op === 'insert' ? 1 : 0));
          if (op === 'insert') editor.insertItem(target.path, v, at);
          else if (op === 'remove') editor.removeItem(target.path, at);
          else editor.replaceItem(target.path, at, v);
          expected = setIn(data, target.path, (l) => {
            const copy = [...(l as unknown[])];
            if (op === 'insert') copy.splice(at, 0, v);
            else if (op === 'remove') copy.splice(at, 1);
            else copy[at] = v;
            return copy;
          });
        }
        const splices = editor.splices();
        const out = applySplices(text, splices);
        expect(parse(out)).toEqual(expected);
        // Outside the splices the text is the original, byte for byte.
        expect(out.slice(0, splices[0]!.start)).toBe(text.slice(0, splices[0]!.start));
        const tail = text.length - splices[splices.length - 1]!.end;
        expect(out.slice(out.length - tail)).toBe(text.slice(text.length - tail));
        for (let i = 1; i < splices.length; i++) {
          const between = text.slice(splices[i - 1]!.end, splices[i]!.start);
          expect(out).toContain(between);
        }
        // Inserted text uses the file's line ends.
        const eol = eolOf(text);
        for (const s of splices) if (eol === '\r\n') expect(s.text.replace(/\r\n/g, '')).not.toContain('\n');
      }),
      { numRuns: 400 },
    );
  });

  it('setting an entry again to the value it now has changes nothing', () => {
    fc.assert(
      fc.property(fixture, fc.nat(), value, fc.constantFrom('title', 'effort', 'tags', 'fresh'), (name, pick, v, key) => {
        const text = FIXTURES[name]!;
        const maps = collections(parse(text)).filter((c) => !Array.isArray(c.value));
        const target = maps[pick % maps.length]!;
        const once = new YamlEditor(text).setEntry(target.path, key, v).toString();
        const twice = new YamlEditor(once).setEntry(target.path, key, v).toString();
        expect(twice).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('inserting an item and removing it again gives back the file', () => {
    fc.assert(
      fc.property(fixture, fc.nat(), value, (name, pick, v) => {
        const text = FIXTURES[name]!;
        const lists = collections(parse(text)).filter((c) => Array.isArray(c.value) && (c.value as unknown[]).length > 0);
        const target = lists[pick % lists.length]!;
        const length = (target.value as unknown[]).length;
        const added = new YamlEditor(text).insertItem(target.path, v).toString();
        const back = new YamlEditor(added).removeItem(target.path, length).toString();
        // A flow list is written again whole; a block list must come back byte for byte.
        const flow = name === 'flow';
        if (!flow) expect(back).toBe(text);
        else expect(parse(back)).toEqual(parse(text));
      }),
      { numRuns: 300 },
    );
  });
});
