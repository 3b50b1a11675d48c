/**
 * `rocks audit --format html` from the built binary, and what it costs the
 * other formats: nothing, as the report and its chart libraries are a
 * bundle of their own (dist/rocks-html.cjs) required only for html.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, rocks } from '../helpers.js';

describe('rocks audit --format html', () => {
  it('writes the page to standard output or, atomically, to --output', () => {
    const out = rocks(['audit', 'examples/startup.yaml', '--format', 'html']);
    expect([out.code, out.stderr]).toEqual([0, '']);
    expect(out.stdout.startsWith('<!doctype html>\n')).toBe(true);
    expect(out.stdout).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    expect(out.stdout).toContain('<h1>Stud &amp; Beam</h1>');
    const dir = mkdtempSync(join(tmpdir(), 'rocks-html-cli-'));
    try {
      const file = join(dir, 'report.html');
      const written = rocks(['audit', 'examples/startup.yaml', '--format', 'html', '-o', file]);
      expect([written.code, written.stdout, written.stderr]).toEqual([0, '', '']);
      expect(readFileSync(file, 'utf8')).toBe(out.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the chart libraries out of the bundle every other command starts', () => {
    const cli = readFileSync(join(ROOT, 'dist', 'rocks.cjs'), 'latin1');
    const html = readFileSync(join(ROOT, 'dist', 'rocks-html.cjs'), 'utf8');
    // d3-sankey's layout and d3-scale's ticks, by names their code spells out.
    for (const name of ['nodePadding', 'tickIncrement']) {
      expect(html).toContain(name);
      expect(cli).not.toContain(name);
    }
    expect(cli).toContain('require("./rocks-html.cjs")');
  });
});
