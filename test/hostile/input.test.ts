/**
 * Every fixture in ./fixtures, through the same run() as the binary: the exit
 * code and the located message of the table, no stack trace, well under 2 s.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from './cases.js';
import { FIXTURES, RAW_CONTROL, STACK_TRACE, runIn } from './harness.js';

describe('hostile org files', () => {
  beforeAll(async () => {
    // The first run pays for loading the command modules; time the others only.
    await runIn(['audit', 'json-valid.yaml']);
  });

  it('has a row in the table for every fixture, and a fixture for every row', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -'.yaml'.length))
      .sort();
    expect(HOSTILE_CASES.map((c) => c.fixture).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  it.each(HOSTILE_CASES)('$fixture: exit $exit', async ({ fixture, exit, expect: fragment }) => {
    const result = await runIn(['audit', `${fixture}.yaml`]);
    expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: exit });
    if (exit === 2) {
      expect(result.stderr).toContain(fragment);
      expect(result.stderr).toMatch(/^rocks: \d+ problems? in the input/m);
      expect(result.stdout).toBe('');
    } else {
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(fragment);
    }
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL);
    expect(result.ms).toBeLessThan(2000);
  });

  it('reads the same fixtures from standard input, named <stdin>', async () => {
    const { readFileSync } = await import('node:fs');
    for (const { fixture, exit, expect: fragment } of HOSTILE_CASES) {
      const result = await runIn(['audit', '-'], { stdin: readFileSync(`${FIXTURES}${fixture}.yaml`) });
      expect(result.code, fixture).toBe(exit);
      if (exit === 2 && fragment.startsWith(`${fixture}.yaml:`)) {
        expect(result.stderr, fixture).toContain(fragment.replaceAll(`${fixture}.yaml:`, '<stdin>:'));
      }
    }
  });
});
