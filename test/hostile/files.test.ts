/**
 * Paths that are not org files: missing, folders, devices, symbolic link
 * loops, unreadable files, a terminal on standard input.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers.js';
import { FIXTURES, STACK_TRACE, runIn, tempDir } from './harness.js';

describe('paths that are not org files', () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => {
    ({ dir, remove } = tempDir());
    copyFileSync(join(FIXTURES, 'json-valid.yaml'), join(dir, 'team.yaml'));
    mkdirSync(join(dir, 'empty-folder'));
    // A folder whose links point at each other and back at the folder itself.
    mkdirSync(join(dir, 'loops'));
    copyFileSync(join(FIXTURES, 'json-valid.yaml'), join(dir, 'loops', 'team.yaml'));
    symlinkSync('b.yaml', join(dir, 'loops', 'a.yaml'));
    symlinkSync('a.yaml', join(dir, 'loops', 'b.yaml'));
    symlinkSync('.', join(dir, 'loops', 'self'));
    symlinkSync('..', join(dir, 'loops', 'parent'));
  });
  afterAll(() => remove());

  const refused = async (args: string[], message: string, options: Parameters<typeof runIn>[1] = {}) => {
    const r = await runIn(args, { cwd: dir, ...options });
    expect(r.stderr).toBe(`${message}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  };

  it('names a missing file', async () => {
    await refused(['audit', 'nope.yaml'], 'rocks: nope.yaml: no such file or folder');
    await refused(['classify', '--org', 'nope.yaml', 'Write the PRD'], 'rocks: nope.yaml: no such file or folder');
    await refused(['audit', 'team.yaml/inner.yaml'], 'rocks: team.yaml/inner.yaml: a part of this path is not a folder');
  });

  it('says a folder without org files has none', async () => {
    await refused(['audit', 'empty-folder'], 'rocks: empty-folder: no *.yaml or *.yml files in this folder');
  });

  it('refuses a device instead of reading it forever', async () => {
    await refused(['audit', '/dev/zero'], 'rocks: /dev/zero: not a regular file');
  });

  it('does not follow symbolic links inside a folder, so loops end', async () => {
    const r = await runIn(['audit', 'loops', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files).toEqual(['loops/team.yaml']);
  });

  it('names a symbolic link loop given as the file', async () => {
    await refused(['audit', 'loops/a.yaml'], 'rocks: loops/a.yaml: too many levels of symbolic links');
  });

  it('says an unreadable file is unreadable', () => {
    writeFileSync(join(dir, 'secret.yaml'), 'version: 1\n');
    chmodSync(join(dir, 'secret.yaml'), 0o000);
    chmodSync(dir, 0o755);
    // root reads a mode-000 file anyway: run the binary as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [BIN, 'audit', 'secret.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      timeout: 20_000,
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 2, stderr: 'rocks: secret.yaml: permission denied\n' });
  });

  it('refuses a terminal on standard input for -', async () => {
    await refused(['audit', '-'], 'rocks: standard input is a terminal; pipe an org file into rocks or name a file instead of "-"', { stdinIsTTY: true });
    await refused(['classify', '-'], 'rocks: standard input is a terminal; pipe task lines into rocks classify - or pass the texts as arguments', {
      stdinIsTTY: true,
    });
  });

  it('reads empty standard input as an empty file, located', async () => {
    const r = await runIn(['audit', '-'], { cwd: dir, stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin>:1:1: error: the file is empty');
  });

  it('escapes a hostile file name in the message', async () => {
    const r = await runIn(['audit', 'evil\u001b[2J\u001b]8;;http://x\u0007.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rocks: evil\\e[2J\\e]8;;http://x\\x07.yaml: no such file or folder\n');
  });

  it('escapes an unknown option echoed by the argument parser', async () => {
    const r = await runIn(['audit', '--\u001b[2Jx', 'team.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--\\e[2Jx'");
    expect(r.stderr).not.toContain('\u001b');
  });
});
