// Regenerates src/classify/builtin-table.ts, the built-in rules' and role titles' precompiled
// phrase tables, from the built code (run `npm run build` first; `npm run generate:tables` does
// both, and the next build ships the new table). test/classify/builtin-table.test.ts fails while
// the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinTableSource } from '../dist/classify/precompiled.js';

const target = new URL('../src/classify/builtin-table.ts', import.meta.url);
const text = builtinTableSource();
if (readFileSync(target, 'utf8') === text) {
  process.stdout.write(`${target.pathname} is up to date\n`);
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target.pathname}; run npm run build to use it\n`);
}
