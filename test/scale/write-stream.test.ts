/**
 * `--output FILE` with a document in pieces (`--format json` of a big org):
 * written in blocks, still atomically. A document longer than a JavaScript
 * string is too slow for a test, so a small one and a forced block size
 * exercise the same path.
 */
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Streams } from '../../src/cli/io.js';
import { writeFileAtomic, writeOutput } from '../../src/cli/write.js';
import { analyse } from '../../src/analyse/analyse.js';
import { auditJsonChunks, formatAuditJson } from '../../src/format/audit-json.js';
import { orgFrom } from '../helpers.js';
import { runIn, tempDir } from '../hostile/harness.js';

const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('streamed --output', () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => ({ dir, remove } = tempDir('rocks-stream-')));
  afterAll(() => remove());

  it('writes a sync or async iterable in small blocks, byte for byte, keeping permissions', async () => {
    const pieces = Array.from({ length: 500 }, (_, i) => `${i}:é✓😀\n`);
    const file = join(dir, 'pieces.txt');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, pieces, { blockSize: 7 });
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    async function* slowly() {
      for (const p of pieces) {
        await new Promise((r) => setImmediate(r));
        yield p;
      }
    }
    await writeFileAtomic(join(dir, 'async.txt'), slowly(), { blockSize: 64 });
    expect(readFileSync(join(dir, 'async.txt'), 'utf8')).toBe(pieces.join(''));
    await writeFileAtomic(join(dir, 'empty.txt'), []);
    expect(readFileSync(join(dir, 'empty.txt'), 'utf8')).toBe('');
    expect(temps(dir)).toEqual([]);
  });

  it('writes the streamed JSON document to a file as the formatter writes it', async () => {
    const text = readFileSync('examples/scale-up.yaml', 'utf8');
    const org = await orgFrom(text, 'examples/scale-up.yaml');
    const report = { org, audit: analyse(org) };
    const streams = { cwd: dir, stdout: { write: () => true } } as unknown as Streams;
    await writeOutput(auditJsonChunks(report), 'report.json', streams, [], { blockSize: 100 });
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(formatAuditJson(report));
    expect(temps(dir)).toEqual([]);
  });

  it('keeps the old file and no temporary file when the producer fails mid-way, passing its error on', async () => {
    const file = join(dir, 'keep.json');
    writeFileSync(file, 'old\n');
    function* failing() {
      yield 'x'.repeat(50);
      yield 'y'.repeat(50);
      throw new RangeError('boom');
    }
    await expect(writeFileAtomic(file, failing(), { blockSize: 10 })).rejects.toThrow(RangeError);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(temps(dir)).toEqual([]);
  });

  it('rocks audit --format json --output FILE writes the same bytes as stdout', async () => {
    const out = await runIn(['audit', 'examples/enterprise.yaml', '--format', 'json'], { cwd: process.cwd() });
    expect(out.code).toBe(0);
    const target = join(dir, 'audit.json');
    const r = await runIn(['audit', 'examples/enterprise.yaml', '--format', 'json', '--output', target], { cwd: process.cwd() });
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(out.stdout);
    expect(temps(dir)).toEqual([]);
  });
});
