/**
 * Crash-class inputs, through the built binary in a child process: nesting
 * deep enough to exhaust the stack (which, before the guard, aborted Node
 * itself with a fatal V8 error no try/catch stops), alias bombs, binary and
 * badly encoded files, files over the size limit.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers.js';
import { FIXTURES, RAW_CONTROL, STACK_TRACE, tempDir } from './harness.js';

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function spawnRocks(args: readonly string[], cwd: string, input?: Buffer | string): Spawned {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    timeout: 20_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - start };
}

/** Exit 2, each expected located message, nothing else alarming. */
function expectRefused(r: Spawned, messages: readonly string[]): void {
  expect({ code: r.code, signal: r.signal }).toEqual({ code: 2, signal: null });
  for (const m of messages) expect(r.stderr).toContain(m);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr).not.toMatch(/FATAL|Maximum call stack|RangeError|internal error/);
  expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
  // Process start-up is part of this; the work itself is a few milliseconds.
  expect(r.ms).toBeLessThan(2000);
}

const flow = (n: number, open = '[', close = ']') => `version: 1\norg: ${open.repeat(n)}${close.repeat(n)}\n`;
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

describe('crash-class inputs in a child process', () => {
  let dir: string;
  let remove: () => void;
  const file = (name: string, content: string | Buffer): string => {
    writeFileSync(join(dir, name), content);
    return name;
  };

  beforeAll(() => {
    ({ dir, remove } = tempDir());
  });
  afterAll(() => remove());

  it('refuses flow collections nested 1,000 and 10,000 deep, read in the same process', () => {
    file('deep-1k.yaml', flow(1000));
    file('deep-10k.yaml', flow(10_000));
    file('deep-10k-maps.yaml', `version: 1\norg: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`);
    const r = spawnRocks(['audit', 'deep-1k.yaml', 'deep-10k.yaml', 'deep-10k-maps.yaml'], dir);
    expectRefused(r, [
      'deep-1k.yaml:2:70: error: nesting deeper than 64 levels',
      'deep-10k.yaml:2:70: error: nesting deeper than 64 levels',
      'deep-10k-maps.yaml:2:262: error: nesting deeper than 64 levels',
      'rocks: 3 problems in the input',
    ]);
  });

  it('refuses block nesting by indentation, compact "- - -" and "? ? ?" before parsing', () => {
    file('deep-indent.yaml', `version: 1\n${lines(10_000, (i) => `${' '.repeat(i)}k${i}:`)}\n`);
    file('deep-compact-seq.yaml', `version: 1\norg:\n${'- '.repeat(10_000)}x\n`);
    file('deep-explicit-keys.yaml', `version: 1\n${'? '.repeat(10_000)}x\n`);
    file('deep-seq-lines.yaml', `version: 1\norg:\n${lines(10_000, (i) => `${' '.repeat(i)}-`)}\n`);
    const r = spawnRocks(['audit', 'deep-indent.yaml', 'deep-compact-seq.yaml', 'deep-explicit-keys.yaml', 'deep-seq-lines.yaml'], dir);
    expectRefused(r, [
      'deep-indent.yaml:131:130: error: indented more than 128 columns',
      'deep-compact-seq.yaml:3:131: error: indented more than 128 columns',
      'deep-explicit-keys.yaml:2:131: error: indented more than 128 columns',
      'deep-seq-lines.yaml:132:130: error: indented more than 128 columns',
    ]);
  });

  it('is not fooled into skipping nesting by a quote, a plain scalar or a block scalar', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    // An apostrophe inside a plain scalar does not open a quote...
    file('apostrophe.yaml', `version: 1\norg: [it's, ${deep}, ']\n`);
    // ...nor does one that starts a continuation line of a plain scalar.
    file('continuation.yaml', `version: 1\norg: plain\n  'text\nteam: ${deep}\nparent: '\n`);
    // A block scalar ends where its indentation does; what follows is structure again.
    file('after-block-scalar.yaml', `version: 1\norg: |\n  text\n${lines(10_000, (i) => `${' '.repeat(i)}k${i}:`)}\n`);
    const r = spawnRocks(['audit', 'apostrophe.yaml', 'continuation.yaml', 'after-block-scalar.yaml'], dir);
    expectRefused(r, [
      'apostrophe.yaml:2:76: error: nesting deeper than 64 levels',
      'continuation.yaml:4:71: error: nesting deeper than 64 levels',
      'after-block-scalar.yaml:133:130: error: indented more than 128 columns',
    ]);
  });

  it('survives the deepest nesting the guard lets through, twice in one process', () => {
    // 64 flow lists of single-pair mappings inside 60 levels of block mappings and lists.
    const block = lines(60, (i) => `${' '.repeat(2 * i + 2)}${i % 2 ? '- ' : ''}k${i}:`);
    const deepest = `version: 1\nteam:\n${block}\n${' '.repeat(124)}${'[k: '.repeat(64)}x${']'.repeat(64)}\n`;
    file('deepest-a.yaml', deepest);
    file('deepest-b.yaml', deepest);
    const r = spawnRocks(['audit', 'deepest-a.yaml', 'deepest-b.yaml'], dir);
    expectRefused(r, ['deepest-a.yaml:3:3: error: team must be text, not a mapping', 'deepest-b.yaml:3:3: error: team must be text', 'rocks: 2 problems']);
  });

  it('refuses alias bombs quickly, with the position of the first alias', () => {
    const r = spawnRocks(['audit', 'alias-billion-laughs.yaml', 'alias-used-too-often.yaml'], FIXTURES);
    expectRefused(r, [
      'alias-billion-laughs.yaml:3:10: error: aliases (*name) expand to too much data',
      'alias-used-too-often.yaml:4:5: error: aliases (*name) expand to too much data',
    ]);
  });

  it('says a binary file is binary, and locates the first invalid UTF-8 byte', () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    file('logo.yaml', binary);
    file('latin1.yaml', Buffer.concat([Buffer.from('version: 1\norg: Acme\nteam: Caf'), Buffer.from([0xe9]), Buffer.from(' Ops\n')]));
    file('truncated.yaml', Buffer.concat([Buffer.from('version: 1\norg: "Acme \u00e9'), Buffer.from([0xe2, 0x82])]));
    for (const [name, message] of [
      ['logo.yaml', 'rocks: logo.yaml: this is a binary file, not a YAML org file'],
      ['latin1.yaml', 'rocks: latin1.yaml:3:10: invalid UTF-8 byte sequence; save the file as UTF-8'],
      ['truncated.yaml', 'rocks: truncated.yaml:2:13: invalid UTF-8 byte sequence'],
    ] as const) {
      expectRefused(spawnRocks(['audit', name], dir), [message]);
    }
    expectRefused(spawnRocks(['audit', '-'], dir, binary), ['rocks: <stdin>: this is a binary file']);
  });

  it('refuses a file over the size limit with the flag that raises it, and reads it when raised', () => {
    const member = '  - name: M{i}\n    tasks: [Write the PRD, Plan the roadmap]\n';
    const big = `version: 1\norg: Big\nmembers:\n${Array.from({ length: 30_000 }, (_, i) => member.replace('{i}', String(i))).join('')}`;
    file('big.yaml', big);
    const size = Buffer.byteLength(big) / 1048576;
    expect(size).toBeGreaterThan(1.5);
    expectRefused(spawnRocks(['audit', 'big.yaml', '--max-file-size', '1'], dir), [
      `rocks: big.yaml: ${size.toFixed(1)} MB is over the 1 MB limit; raise it with --max-file-size <MB>`,
    ]);
    expectRefused(spawnRocks(['audit', '-', '--max-file-size', '1'], dir, big), ['rocks: <stdin>: input is over the 1 MB limit; raise it with --max-file-size <MB>']);
    const raised = spawnRocks(['audit', 'big.yaml', '--max-file-size', '3', '--format', 'json'], dir);
    expect(raised.code).toBe(0);
    expect(JSON.parse(raised.stdout)).toBeTruthy();
  });
});
