/**
 * The layers import one way and nothing imports in a circle
 * (.dependency-cruiser.cjs; `npm run layers` prints the same report).
 */
import { createRequire } from 'node:module';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs');

describe('the source tree', () => {
  it('has no import circle, no upward import and no I/O in the core', async () => {
    const result: IReporterOutput = await cruise(['src'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden }, outputType: 'err' });
    const output = typeof result.output === 'string' ? result.output : JSON.stringify(result.output);
    expect(result.exitCode, output).toBe(0);
  }, 60_000);
});
