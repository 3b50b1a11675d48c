import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, rocks } from '../helpers.js';

const BUNDLE = join(ROOT, 'dist', 'rocks.cjs');
/** Where V8's payload starts in the cache file: after a 16-byte header and a copy of the bundle padded to four bytes. */
const payloadOffset = (): number => 16 + ((readFileSync(BUNDLE).length + 3) & ~3);

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the installed binary (bin/ and dist/), sharing node_modules, for breaking its files. */
function installCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rocks-bin-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist'));
  for (const f of ['bin/rocks.js', 'bin/package.json', 'dist/rocks.cjs', 'dist/rocks.cjs.cache', 'package.json']) copyFileSync(join(ROOT, f), join(dir, f));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function run(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'rocks.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('the built binary', () => {
  it('comes with a V8 code cache this Node accepts for its bundle', () => {
    // bin/rocks.js compiles dist/rocks.cjs the same way; a refused cache would only make start-up slower, silently.
    const payload = readFileSync(`${BUNDLE}.cache`).subarray(payloadOffset());
    const script = new Script(wrap(readFileSync(BUNDLE, 'latin1')), { filename: BUNDLE, cachedData: payload });
    expect(script.cachedDataRejected).toBe(false);
    // bin/rocks.js reads the bundle as Latin-1, which is exact only for ASCII; and the bundle runs in strict mode.
    expect(readFileSync(BUNDLE, 'latin1')).not.toMatch(/[^\x00-\x7f]/);
    expect(readFileSync(BUNDLE, 'latin1').startsWith("'use strict';")).toBe(true);
  });

  it('ignores a corrupt cache instead of crashing (V8 alone would trap on it)', () => {
    const dir = installCopy();
    const cache = readFileSync(join(dir, 'dist', 'rocks.cjs.cache'));
    for (let i = payloadOffset() + 1000; i < payloadOffset() + 1060; i++) cache[i] ^= 0xff;
    writeFileSync(join(dir, 'dist', 'rocks.cjs.cache'), cache);
    const broken = run(dir, ['audit', 'examples/startup.yaml']);
    expect([broken.code, broken.signal, broken.stderr]).toEqual([0, null, '']);
    expect(broken.stdout).toBe(rocks(['audit', 'examples/startup.yaml']).stdout);
  });

  it('ignores the cache of another bundle of the same length (it would run the old code)', () => {
    const dir = installCopy();
    const bundle = join(dir, 'dist', 'rocks.cjs');
    const code = readFileSync(bundle, 'latin1');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    const other = version.replace(/\d/g, '9');
    expect(other.length).toBe(version.length);
    writeFileSync(bundle, code.replace(JSON.stringify(version), JSON.stringify(other)), 'latin1');
    expect(run(dir, ['--version']).stdout.trim()).toBe(other);
  });
});
