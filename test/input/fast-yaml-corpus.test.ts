/**
 * Both readers on every YAML file of the repository (the examples, the
 * templates, the test fixtures and the hostile inputs) and on generated orgs
 * (one file, and a folder of team files, as the golden runs use): wherever
 * the fast reader takes a file, parseSource gives what parse-yaml.ts gives.
 * The differential fuzz (test/scale/fast-parse.test.ts) covers what no file
 * holds.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without types
import { generateOrg, orgYaml, writeOrgFolder } from '../../bench/gen-org.mjs';
import { ROOT } from '../helpers.js';
import { readersAgree } from './both-readers.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'rocks-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the fast reader and the yaml package on every file of the suite', () => {
  it('agree on the examples, templates, fixtures and hostile inputs that the fast reader takes', async () => {
    const files = ['examples', 'templates', 'test/fixtures', 'test/hostile/fixtures'].flatMap((dir) => yamlFiles(join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    const taken: string[] = [];
    for (const file of files) if (await readersAgree(relative(ROOT, file), readFileSync(file, 'utf8'))) taken.push(relative(ROOT, file));
    // The fast path is the usual one: every example and template, and most fixtures.
    for (const file of [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'templates'))]) expect(taken).toContain(relative(ROOT, file));
    expect(taken.length).toBeGreaterThan(files.length / 2);
  });

  it('agree on generated orgs, as one file and as a folder of team files', { timeout: 600_000 }, async () => {
    // CORPUS_SIZES=300,3000,30000 for the golden runs' biggest org too (some 20 s more).
    const sizes = (process.env.CORPUS_SIZES ?? '300,3000').split(',').map(Number);
    for (const size of sizes) expect(await readersAgree(`org-${size}.yaml`, orgYaml(generateOrg(size)))).toBe(true);
    writeOrgFolder(generateOrg(3000), join(scratch, 'folder-3000'));
    const files = yamlFiles(join(scratch, 'folder-3000'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(await readersAgree(relative(scratch, file), readFileSync(file, 'utf8'))).toBe(true);
  });
});
