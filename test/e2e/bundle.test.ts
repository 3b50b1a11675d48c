import { readFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

describe('the built binary', () => {
  it('comes with a V8 code cache this Node accepts for its bundle', () => {
    // bin/rocks.js compiles dist/rocks.cjs the same way; a refused cache would only make start-up slower, silently.
    const bundle = join(ROOT, 'dist', 'rocks.cjs');
    const script = new Script(wrap(readFileSync(bundle, 'latin1')), { filename: bundle, cachedData: readFileSync(`${bundle}.cache`) });
    expect(script.cachedDataRejected).toBe(false);
    // bin/rocks.js reads the bundle as Latin-1, which is exact only for ASCII.
    expect(readFileSync(bundle, 'latin1')).not.toMatch(/[^\x00-\x7f]/);
    // And a cache for other code is refused, so the check above can fail.
    const other = new Script(wrap(`${readFileSync(bundle, 'utf8')}\n;0`), { filename: bundle, cachedData: readFileSync(`${bundle}.cache`) });
    expect(other.cachedDataRejected).toBe(true);
  });
});
