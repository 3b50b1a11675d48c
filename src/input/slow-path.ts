/**
 * The parts of loading that only some inputs need — the yaml package (files
 * outside fast-parse's subset) and the zod schema (anything fast-validate does
 * not accept, and explaining a problem) — looked up here instead of imported,
 * so the command-line start-up does not pay for them on the happy path.
 *
 * Each part registers itself when its module is evaluated. The library and the
 * tests import every part eagerly (slow-path-eager.ts); the CLI bundle leaves
 * that import out (scripts/bundle.mjs), and `loadOrgLazily` loads a missing
 * part with `import()` and runs the load again.
 */
import type { ParsedSource, ParseLimits } from './parse.js';
import type * as Schema from './schema.js';

export interface SlowParts {
  parseYaml: (file: string, source: string, limits: ParseLimits) => ParsedSource;
  schema: Pick<typeof Schema, 'orgFileSchema' | 'memberSchema' | 'taskObjectSchema'>;
}

const parts: Partial<SlowParts> = {};

/** Thrown when a part is needed before its module was loaded; never escapes `loadOrgLazily`. */
export class SlowPartMissing extends Error {
  constructor(readonly part: keyof SlowParts) {
    super(`rocks: internal: ${part} was needed before it was loaded`);
  }
}

export function provide<K extends keyof SlowParts>(part: K, value: SlowParts[K]): void {
  parts[part] = value;
}

export function need<K extends keyof SlowParts>(part: K): SlowParts[K] {
  const value = parts[part];
  if (value === undefined) throw new SlowPartMissing(part);
  return value;
}

/** Loads a missing part's module (which registers it). */
export async function loadPart(part: keyof SlowParts): Promise<void> {
  if (part === 'parseYaml') await import('./parse-yaml.js');
  else await import('./schema.js');
}

/** `run()`, loading missing parts and running it again until none is missing. */
export async function withSlowParts<T>(run: () => T): Promise<T> {
  for (;;) {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof SlowPartMissing)) throw error;
      await loadPart(error.part);
    }
  }
}
