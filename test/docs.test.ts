import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/check/registry.js';
import { ROOT } from './helpers.js';

describe('docs and templates', () => {
  it('name only waiver rules that exist', () => {
    const files = [
      ...readdirSync(join(ROOT, 'docs')).map((f) => join('docs', f)),
      ...readdirSync(join(ROOT, 'templates')).map((f) => join('templates', f)),
    ];
    const named = files.flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^[#\s]*- rule: ([a-z-]+)/gm)].map((m) => ({ file, rule: m[1]! })),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const { file, rule } of named) expect(RULE_IDS, `${file}: ${rule}`).toContain(rule);
  });
});
