import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { rocks, ROOT } from '../helpers.js';

const BROKEN = 'test/fixtures/check/broken.yaml';
const env = { ROCKS_TODAY: '2025-06-01' };
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(`${ROOT}test/fixtures/sarif-schema-2.1.0.json`, 'utf8')));

describe('rocks check on an org file that is not valid', () => {
  test('github: annotations on the offending lines, then a summary; exit 2', () => {
    const r = rocks(['check', BROKEN, '--format', 'github'], { env });
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n')).toEqual([
      `::error file=${BROKEN},line=1,col=10,title=rocks invalid-value::version must be 1 (the only org file format version), not 2`,
      `::error file=${BROKEN},line=5,col=5,title=rocks unknown-key::unknown key "capcity" in members[0]; did you mean "capacity"?`,
      '::error title=rocks check::2 problems in the input; nothing was checked',
      '',
    ]);
    expect(r.stderr).toContain(`${BROKEN}:1:10: error: version must be 1`);
  });

  test('sarif: a valid log whose results are the problems, marked as a failed run', () => {
    const r = rocks(['check', BROKEN, '--format', 'sarif'], { env });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['invalid-value', 'unknown-key']);
    expect(log.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
  });

  test('json: the problems as data; markdown: a list for the job summary', () => {
    const json = rocks(['check', BROKEN, '--format', 'json'], { env });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: false, exitCode: 2, inputErrors: [{ line: 1, col: 10, code: 'invalid-value' }, { line: 5, col: 5, code: 'unknown-key' }] });
    const md = rocks(['check', BROKEN, '--format', 'markdown'], { env });
    expect(md.code).toBe(2);
    expect(md.stdout).toContain('## rocks check: the org file is not valid');
    expect(md.stdout).toContain('unknown key "capcity" in members\\[0\\]; did you mean "capacity"?');
  });

  test('table: nothing on stdout, the problems on stderr, as before', () => {
    const r = rocks(['check', BROKEN], { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
