/**
 * Nothing a user wrote is ever lost: writes are atomic, inputs are never
 * overwritten, and an interrupted write leaves the old file and no temporary
 * file behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/write.js';
import { BIN } from '../helpers.js';
import { FIXTURES, runIn, tempDir } from './harness.js';

const temps = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('atomic writes', () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => {
    ({ dir, remove } = tempDir());
    writeFileSync(join(dir, 'team.yaml'), readFileSync(join(FIXTURES, 'json-valid.yaml')));
  });
  afterAll(() => remove());

  it('writes a new file, and replaces one keeping its permissions and its symbolic link', async () => {
    await writeFileAtomic(join(dir, 'new.md'), 'new\n');
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe('new\n');

    writeFileSync(join(dir, 'private.md'), 'old\n');
    chmodSync(join(dir, 'private.md'), 0o600);
    await writeFileAtomic(join(dir, 'private.md'), 'fresh\n');
    expect(readFileSync(join(dir, 'private.md'), 'utf8')).toBe('fresh\n');
    expect(statSync(join(dir, 'private.md')).mode & 0o777).toBe(0o600);

    writeFileSync(join(dir, 'real.md'), 'old\n');
    symlinkSync('real.md', join(dir, 'link.md'));
    await writeFileAtomic(join(dir, 'link.md'), 'through the link\n');
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('through the link\n');
    expect(temps(dir)).toEqual([]);
  });

  it('never replaces a file without consent (overwrite: false), and leaves nothing behind', async () => {
    writeFileSync(join(dir, 'mine.yaml'), 'mine\n');
    await expect(writeFileAtomic(join(dir, 'mine.yaml'), 'theirs\n', { overwrite: false })).rejects.toThrow('mine.yaml: already exists; nothing written');
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('mine\n');
    await writeFileAtomic(join(dir, 'fresh.yaml'), 'fresh\n', { overwrite: false });
    expect(readFileSync(join(dir, 'fresh.yaml'), 'utf8')).toBe('fresh\n');
    expect(temps(dir)).toEqual([]);
  });

  it('refuses a folder as the target, and a folder that does not exist, with a message', async () => {
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'keep.txt'), 'keep\n');
    await expect(writeFileAtomic(join(dir, 'folder'), 'x')).rejects.toThrow(/folder: is a folder, expected a file/);
    await expect(writeFileAtomic(join(dir, 'missing', 'out.md'), 'x')).rejects.toThrow(/out\.md: no such file or folder/);
    expect(readFileSync(join(dir, 'folder', 'keep.txt'), 'utf8')).toBe('keep\n');
    expect(temps(dir)).toEqual([]);
  });

  it('never writes a report over an input: any spelling, a link, or a file of an input folder', async () => {
    mkdirSync(join(dir, 'org'));
    writeFileSync(join(dir, 'org', 'product.yaml'), readFileSync(join(FIXTURES, 'json-valid.yaml')));
    symlinkSync('team.yaml', join(dir, 'team-link.yaml'));
    linkSync(join(dir, 'team.yaml'), join(dir, 'team-hard.yaml'));
    const before = readFileSync(join(dir, 'team.yaml'), 'utf8');
    for (const [inputs, output] of [
      [['team.yaml'], './org/../team.yaml'],
      [['team.yaml'], 'team-link.yaml'],
      [['team.yaml'], 'team-hard.yaml'],
      [['org'], 'org/product.yaml'],
    ] as const) {
      const r = await runIn(['audit', ...inputs, '--output', output], { cwd: dir });
      expect(r.stderr).toBe(`rocks: ${output}: refusing to write the report over an input file\n`);
      expect(r.code).toBe(2);
    }
    expect(readFileSync(join(dir, 'team.yaml'), 'utf8')).toBe(before);
    const ok = await runIn(['audit', 'org', '--output', 'org/report.md', '--format', 'markdown'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'org', 'report.md'), 'utf8')).toContain('rocks audit');
  });

  it('leaves the old file intact when it cannot write (a folder it may not write in)', () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'report.md'), 'old report\n');
    chmodSync(locked, 0o555);
    chmodSync(dir, 0o755);
    // root writes anywhere: run as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [BIN, 'audit', join(dir, 'team.yaml'), '--output', join(locked, 'report.md')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      timeout: 20_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 2, stderr: `rocks: ${join(locked, 'report.md')}: permission denied\n` });
    expect(readFileSync(join(locked, 'report.md'), 'utf8')).toBe('old report\n');
    expect(temps(locked)).toEqual([]);
  });

  it('on Ctrl-C while writing, exits 130 by the signal with the old file intact and no temporary file', async () => {
    const member = '  - name: M{i}\n    tasks: [Write the PRD, Plan the roadmap, Fix the login bug]\n';
    writeFileSync(join(dir, 'big.yaml'), `version: 1\norg: Big\nmembers:\n${Array.from({ length: 20_000 }, (_, i) => member.replace('{i}', String(i))).join('')}`);
    writeFileSync(join(dir, 'report.json'), 'old report\n');
    // The signal must land while the temporary file exists; retry if the write was too quick to catch.
    let caught = false;
    for (let attempt = 0; attempt < 5 && !caught; attempt++) {
      const child = spawn(process.execPath, [BIN, 'audit', 'big.yaml', '--format', 'json', '--all', '--explain', '--output', 'report.json'], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: 'ignore',
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
      let running = true;
      void exited.then(() => (running = false));
      while (running && !caught) {
        if (temps(dir).length > 0) {
          child.kill('SIGINT');
          caught = true;
        } else await new Promise((r) => setImmediate(r));
      }
      const end = await exited;
      if (caught) {
        // Killed by SIGINT, which a shell reports as exit 130.
        expect(end.signal === 'SIGINT' || end.code === 130).toBe(true);
        expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('old report\n');
      } else {
        expect(end.code).toBe(0);
        writeFileSync(join(dir, 'report.json'), 'old report\n');
      }
      expect(temps(dir)).toEqual([]);
    }
    expect(caught).toBe(true);
  }, 60_000);
});
