import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { writeChunks } from '../../src/cli/write.js';
import type { Streams } from '../../src/cli/io.js';
import { analyse } from '../../src/analyse/analyse.js';
import { auditJsonChunks, formatAuditJson } from '../../src/format/audit-json.js';
import { formatAuditTable } from '../../src/format/audit-table.js';
import { renderTable } from '../../src/format/table.js';
import { DEFAULT_CONTEXT } from '../../src/format/wording.js';
import { orgFrom } from '../helpers.js';
// @ts-expect-error -- a plain ES module without types
import { generateOrg, orgYaml } from '../../bench/gen-org.mjs';

const reportOf = async (text: string, file = 'org.yaml') => {
  const org = await orgFrom(text, file);
  return { org, audit: analyse(org) };
};

describe('large outputs', () => {
  it('streams the JSON document byte for byte as the formatter writes it', async () => {
    for (const file of ['examples/startup.yaml', 'examples/scale-up.yaml', 'examples/enterprise.yaml']) {
      const report = await reportOf(readFileSync(file, 'utf8'), file);
      expect([...auditJsonChunks(report)].join('')).toBe(formatAuditJson(report));
    }
    const report = await reportOf(orgYaml(generateOrg(300)));
    expect([...auditJsonChunks(report)].join('')).toBe(formatAuditJson(report));
    const empty = await reportOf('version: 1\n');
    expect([...auditJsonChunks(empty)].join('')).toBe(formatAuditJson(empty));
  });

  it('writes chunks in blocks and waits for a full pipe to drain', async () => {
    const written: string[] = [];
    let drains = 0;
    const stdout = {
      write(chunk: string) {
        written.push(chunk);
        return false;
      },
      once(_: 'drain', listener: () => void) {
        drains++;
        setImmediate(listener);
      },
    };
    const chunks = Array.from({ length: 3000 }, (_, i) => `${i}`.padEnd(1000, '.'));
    await writeChunks(chunks, stdout);
    expect(written.join('')).toBe(chunks.join(''));
    // Grouped into blocks of about 32,768 characters (one write per block), none much larger.
    expect(written.length).toBeLessThan(chunks.length / 20);
    for (const block of written) expect(block.length).toBeLessThan(32768 + 1000);
    expect(drains).toBe(written.length);
  });

  it('shows progress only on a terminal, and only after a second', () => {
    const out: string[] = [];
    const streams = (isTTY: boolean) => ({ stderr: { isTTY, write: (s: string) => out.push(s) } }) as unknown as Streams;
    const quiet = progressLine(streams(false));
    quiet('step');
    quiet(undefined);
    const fast = progressLine(streams(true));
    fast('step');
    fast(undefined);
    expect(out).toEqual([]);
  });

  it('shows the worst 15 rows and a count of the rest by default, every row with --all, in linear time', async () => {
    const report = await reportOf(orgYaml(generateOrg(3000)));
    const table = formatAuditTable(report, DEFAULT_CONTEXT);
    expect(table).toMatch(/… and 2985 more members \(--all shows everything\)/);
    const started = performance.now();
    const all = formatAuditTable(report, { ...DEFAULT_CONTEXT, all: true });
    expect(performance.now() - started).toBeLessThan(5000);
    for (const m of report.org.members.slice(0, 50)) expect(all).toContain(m.name.slice(0, 10));
  });

  it('lays out a large table plainly: one line per row, line breaks inside cells flattened', () => {
    // Speed is measured by `npm run bench` (--all at 300,000 members), not timed here: the machine is shared.
    const rows = Array.from({ length: 20000 }, (_, i) => [`member ${i}`, `${i % 300}%`, 'a\nb']);
    const lines = renderTable({ head: ['Member', 'Load', 'Disciplines'], widths: [17, 5, 24], right: [1], rows }).split('\n');
    expect(lines).toHaveLength(2 + rows.length);
    expect(lines[2 + 19999]).toBe('member 19999        199%  a b');
    const few = renderTable({ head: ['Member', 'Load', 'Disciplines'], widths: [17, 5, 24], right: [1], rows: rows.slice(0, 3) }).split('\n');
    expect(few).toHaveLength(2 + 2 * 3);
  });
});
