/**
 * Every string from an org file is untrusted. A member named
 * "Dana\n::warning file=x::pwned", a task titled with ESC sequences, OSC 8
 * links, carriage returns, bidi overrides, `|`, `<script>` and backticks:
 * through every command and format, nothing reaches the terminal or the CI
 * log as a control sequence, a workflow command, a broken table or HTML.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { terminalSafe, terminalSafeLines, markdownCell, githubData, githubProperty } from '../../src/format/escape.js';
import { FIXTURES, RAW_CONTROL, STACK_TRACE, runIn } from './harness.js';

const ORG = 'hostile-org-valid.yaml';
const source = parseYaml(readFileSync(`${FIXTURES}${ORG}`, 'utf8')) as {
  org: string;
  members: { name: string; tasks: (string | { title: string })[] }[];
  unassigned: (string | { title: string })[];
};
const titles = [...source.members.flatMap((m) => m.tasks), ...source.unassigned].map((t) => (typeof t === 'string' ? t : t.title));

/** No control byte, and no line that a GitHub runner would read as a workflow command. */
function expectInert(text: string, { githubCommands = false } = {}): void {
  expect(text).not.toMatch(RAW_CONTROL);
  expect(text).not.toMatch(STACK_TRACE);
  const commands = text.split('\n').filter((line) => /^\s*::/.test(line));
  if (!githubCommands) expect(commands).toEqual([]);
  // A command of rocks' own names its finding; one smuggled in by a title would not.
  else for (const line of commands) expect(line).toMatch(/^::(error|warning|notice) file=[^,\n]+,line=\d+,col=\d+,title=rocks [a-z-]+::/);
}

/** Each Markdown table keeps its column count on every row: no cell broke out. */
function expectTablesIntact(markdown: string): void {
  const cells = (line: string) => line.replace(/\\\\/g, '').match(/(?<!\\)\|/g)?.length ?? 0;
  let columns: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined;
      continue;
    }
    columns ??= cells(line);
    expect(cells(line), line).toBe(columns);
  }
  expect(markdown).not.toMatch(/<(script|img|b)\b/i);
}

describe('hostile strings in the output', () => {
  it('audit, as a table: every control sequence shown as an escape', async () => {
    const r = await runIn(['audit', ORG, '--all', '--explain']);
    expect(r.code).toBe(0);
    expectInert(r.stdout + r.stderr);
    expect(r.stdout).toContain('Acme\\e[31m red\\r\\n::warning::org');
    expect(r.stdout).toContain('Write the PRD\\e[2J\\e[H');
    expect(r.stdout).toContain('\\u{202e}');
  });

  it('audit, in colour: only rocks\' own colour codes, never the org file\'s', async () => {
    const r = await runIn(['audit', ORG, '--all', '--explain'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(r.code).toBe(0);
    // SGR colour codes of the formatter are the only escapes left.
    const stripped = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expectInert(stripped);
    expect(r.stdout).not.toMatch(/\u001b\[(2J|H|1A|2K|5m)|\u001b\]8/);
  });

  it('audit, as Markdown: cells stay in their table, no HTML', async () => {
    const r = await runIn(['audit', ORG, '--all', '--explain', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expectInert(r.stdout);
    expectTablesIntact(r.stdout);
    expect(r.stdout).toContain('&lt;script&gt;');
  });

  it('audit, as JSON: a valid document that keeps every string exactly', async () => {
    const r = await runIn(['audit', ORG, '--all', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { org: string; members: { name: string; tasks: { title: string }[] }[]; unassigned: { title: string }[] };
    expect(doc.org).toBe(source.org);
    expect(doc.members.map((m) => m.name).sort()).toEqual(source.members.map((m) => m.name).sort());
    const parsedTitles = [...doc.members.flatMap((m) => m.tasks), ...doc.unassigned].map((t) => t.title);
    for (const title of titles) expect(parsedTitles).toContain(title.trim());
    // Controls and bidi overrides are \u escapes: the document is safe to print as well as to parse.
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  it('classify and rules --org: texts and custom names escaped', async () => {
    const classify = await runIn(['classify', '--org', ORG, 'evil ops\u001b[2J\n::error::x', '\u202eabc']);
    expect(classify.code).toBe(0);
    expectInert(classify.stdout + classify.stderr);
    const lines = await runIn(['classify', '-'], { stdin: 'a\u001b[31m\r\nb\u0085\n\u001b]8;;http://x\u0007c\n' });
    expect(lines.code).toBe(0);
    expectInert(lines.stdout);
    const rules = await runIn(['rules', '--org', ORG]);
    expect(rules.code).toBe(0);
    expectInert(rules.stdout + rules.stderr);
    // Lines are wrapped at 80 columns: join them back before looking for the escaped name.
    expect(rules.stdout.replace(/\n +/g, ' ')).toContain('Evil <img src=x onerror=alert(1)> | ops\\e]8;;http://evil.example\\x07click');
    for (const args of [['rules', '--org', ORG], ['classify', '--org', ORG, '\u202eabc\u009b']]) {
      const r = await runIn([...args, '--format', 'json']);
      expect(JSON.parse(r.stdout)).toBeTruthy();
      expect(r.stdout).not.toMatch(RAW_CONTROL);
    }
  });

  it('check, in every format: inert, valid JSON and SARIF, no smuggled workflow command', async () => {
    for (const format of ['table', 'markdown', 'github', 'json', 'sarif']) {
      const r = await runIn(['check', ORG, '--format', format]);
      expect(r.code, format).toBe(1);
      if (format === 'json' || format === 'sarif') {
        // Documents for machines: valid whatever the content, strings kept exactly.
        expect(JSON.parse(r.stdout)).toBeTruthy();
        expect(r.stdout).not.toMatch(RAW_CONTROL);
        expectInert(r.stderr);
        continue;
      }
      expectInert(r.stdout + r.stderr, { githubCommands: format === 'github' });
      if (format === 'markdown') expectTablesIntact(r.stdout);
    }
  });

  it('diagnostics quote the file, escaped: an unknown key, a path, a file name', async () => {
    const r = await runIn(['audit', '-'], { stdin: 'version: 1\n"\\e[2J\\e]8;;http://x\\aboom": 1\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin>:2:1: error: unknown key "\\u001b[2J\\u001b]8;;http://x\\u0007boom"');
    expectInert(r.stderr);
  });
});

describe('the escapers', () => {
  const nasty = 'a\u001b[31mb\r\nc\u0007d\u009be\u202ef\u2066g\u2028h\ti';

  it('terminalSafe leaves nothing a terminal interprets, and is idempotent', () => {
    const safe = terminalSafe(nasty);
    expect(safe).toBe('a\\e[31mb\\r\\nc\\x07d\\x9be\\u{202e}f\\u{2066}g\\u{2028}h\\ti');
    expect(terminalSafe(safe)).toBe(safe);
    expect(terminalSafeLines(nasty)).toBe('a\\e[31mb\\r\nc\\x07d\\x9be\\u{202e}f\\u{2066}g\\u{2028}h\\ti');
  });

  it('markdownCell cannot close a cell, open HTML or format text', () => {
    expect(markdownCell('a | b <script>x</script> **c** `d` [e](f)\nnext')).toBe(
      'a \\| b &lt;script&gt;x&lt;/script&gt; \\*\\*c\\*\\* \\`d\\` \\[e\\]\\(f\\)\\\\nnext',
    );
  });

  it('githubData and githubProperty leave no line break and no separator', () => {
    expect(githubData('50% done\r\n::error::x')).toBe('50%25 done%0D%0A::error::x');
    expect(githubProperty('a,b:c\n::d')).toBe('a%2Cb%3Ac%0A%3A%3Ad');
  });
});
