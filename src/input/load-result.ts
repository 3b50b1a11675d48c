import type { Classifier } from '../model/classification.js';
import type { Diagnostic } from '../model/diagnostics.js';
import type { Org } from '../model/org.js';

/** An org ready to analyse, or every problem that stops it. */
export type LoadResult =
  | { ok: true; org: Org; classifier: Classifier; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };
