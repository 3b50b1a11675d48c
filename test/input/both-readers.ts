/**
 * The two ways parseSource reads an org file, side by side: the fast reader
 * (src/input/fast-yaml/) when it takes the text, and parse-yaml.ts, the full
 * path through the `yaml` package, which reads everything else.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { fastParse } from '../../src/input/fast-yaml/read.js';
import { parseSource } from '../../src/input/parse.js';
import { parseYaml } from '../../src/input/parse-yaml.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/input/source.js';

/** Every path into `data`, with the keys of each mapping, plus a few that do not exist (an index past the end, a missing key, a path below a scalar). */
export function* nodePaths(data: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; keys: string[] }> {
  if (Array.isArray(data)) {
    yield { path, keys: [] };
    for (let i = 0; i < data.length; i++) yield* nodePaths(data[i], [...path, i]);
    yield { path: [...path, data.length], keys: [] };
    if (data.length) yield { path: [...path, String(data.length - 1)], keys: [] };
  } else if (data !== null && typeof data === 'object') {
    const keys = Object.keys(data);
    yield { path, keys: [...keys, 'missing'] };
    for (const k of keys) yield* nodePaths((data as Record<string, unknown>)[k], [...path, k]);
    yield { path: [...path, 'missing', 0], keys: [] };
  } else {
    yield { path, keys: [] };
    yield { path: [...path, 'below', 1], keys: [] };
  }
}

/**
 * When the fast reader takes `text`, checks that parseSource (which then uses
 * it) gives what parse-yaml.ts gives for the same file: the same data, the
 * same diagnostics (duplicate keys, with their positions and messages) and,
 * for every node path and every key, the same line and column from locate().
 * Returns whether the fast reader took the text.
 */
export async function readersAgree(file: string, text: string): Promise<boolean> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fast = fastParse(source, DEFAULT_PARSE_LIMITS.maxDepth);
  if (!fast) return false;
  const viaFast = await parseSource(file, text);
  const full = parseYaml(file, source, DEFAULT_PARSE_LIMITS);
  expect(viaFast.diagnostics, file).toStrictEqual(full.diagnostics);
  expect(viaFast.data, file).toEqual(full.data);
  // Strictly too (-0, prototypes, property attributes); not toStrictEqual, which compares `constructor`
  // properties as classes, and a task may well have a key "constructor" (test/hostile/fixtures/constructor-task.yaml).
  expect(isDeepStrictEqual(viaFast.data, full.data), file).toBe(true);
  // With duplicate keys there is no data to hand on, but positions are still asked for.
  for (const { path, keys } of nodePaths(fast.data)) {
    for (const key of [undefined, ...keys]) {
      const got = viaFast.locator.locate(path, key);
      const want = full.locator.locate(path, key);
      // One expect per mismatch only: a big org asks for some 100,000 positions.
      if (got.line !== want.line || got.col !== want.col) expect({ file, path, key, at: got }).toStrictEqual({ file, path, key, at: want });
    }
  }
  return true;
}
