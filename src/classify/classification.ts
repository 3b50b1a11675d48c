/**
 * A classification result as the classifier makes it: small, because a large
 * org keeps over half a million of them alive, so every field costs
 * megabytes. It keeps only what most callers read (the audit reads the
 * discipline; JSON output the confidence, source and rules; only `--explain`
 * and `rocks classify` the hits) plus the input, and works out the rest when
 * read by asking its classifier to match the input again (the classifier is
 * deterministic).
 */
import type { Classification, RuleHit } from '../model/classification.js';

/** The tags as a result keeps them: none, the only tag (the usual case), or the classifier's own copy of the list. */
export type KeptTags = string | readonly unknown[] | undefined;

/**
 * The tags of an input as a result keeps them (see KeptTags). Copied, not
 * referenced: the result matches them again later, when the caller may have
 * changed the array.
 */
export function keptTags(tags: readonly unknown[] | undefined): KeptTags {
  if (tags === undefined || tags.length === 0) return undefined;
  if (tags.length === 1) {
    const only = tags[0];
    if (typeof only === 'string') return only;
  }
  return Array.prototype.slice.call(tags) as unknown[];
}

/**
 * A result's confidence and deciding rules share one small integer ("facts"):
 * the confidence in thousandths (a result reports it rounded to those) plus
 * CONFIDENCE_STEPS times the rule code (see Evidence.packRules). V8 stores an
 * integer below 2^30 in the object itself, where a fraction would take a heap
 * number of its own.
 */
const CONFIDENCE_STEPS = 1001;
/** The largest facts value that is stored as a small integer on every V8 build (31-bit Smis). */
const MAX_FACTS = 2 ** 30 - 1;
/** The largest rule code that fits next to any confidence. */
export const MAX_RULE_CODE = Math.floor((MAX_FACTS - (CONFIDENCE_STEPS - 1)) / CONFIDENCE_STEPS);
/** Rule code of a result whose deciding rules did not fit: they are found by matching again. */
export const RULES_NOT_PACKED = 0;
/** Rule code of a result without deciding rules. */
export const NO_RULES = 1;

/** A result's facts: the confidence (0..1) in thousandths, and a rule code. */
export function factsOf(confidence: number, ruleCode: number): number {
  return Math.round(confidence * 1000) + CONFIDENCE_STEPS * ruleCode;
}

/** What a result asks its classifier for when read. */
export interface ResultOrigin {
  /** The rule ids of a rule code (not RULES_NOT_PACKED). */
  unpackRules(code: number): string[];
  /** The deciding rules of a text and tags decided for `discipline`, found by matching them again. */
  rulesByMatching(discipline: string, text: string, tags: KeptTags): string[];
  /** Every rule that fires on a text and tags, found by matching them again. */
  hitsByMatching(text: string, tags: KeptTags): RuleHit[];
}

/**
 * The deciding rules are kept packed in the facts when they fit, as nearly
 * all do; `hits`, and rules that did not fit, are found on first read.
 *
 * The origin, the facts and the cached arrays are ES private fields, not
 * own enumerable properties: vitest's `toEqual` compares two results by
 * discipline, source and input (which decide the rest for one classifier),
 * never walks the classifier, and does not care whether `rules` was read.
 * `toJSON` gives the plain document: compare those across classifiers.
 */
export class LazyClassification implements Classification {
  readonly #origin: ResultOrigin;
  readonly #facts: number;
  #rules: string[] | undefined = undefined;
  #hits: RuleHit[] | undefined = undefined;

  constructor(
    readonly discipline: string | null,
    readonly source: Classification['source'],
    /** The classified text and tags, to match again. */
    private readonly text: string,
    private readonly tags: KeptTags,
    facts: number,
    origin: ResultOrigin,
  ) {
    this.#facts = facts;
    this.#origin = origin;
  }

  get confidence(): number {
    // Math.round(c * 1000) / 1000, as results always reported it; a NaN confidence (from
    // infinite custom weights) makes NaN facts, and stays NaN.
    return (this.#facts % CONFIDENCE_STEPS) / 1000;
  }

  get rules(): string[] {
    if (this.#rules === undefined) {
      const decided = this.source === 'rules' || this.source === 'role';
      const code = Math.floor(this.#facts / CONFIDENCE_STEPS);
      this.#rules = !decided ? [] : code > RULES_NOT_PACKED ? this.#origin.unpackRules(code) : this.#origin.rulesByMatching(this.discipline!, this.text, this.tags);
    }
    return this.#rules;
  }

  get hits(): RuleHit[] {
    return (this.#hits ??= this.#origin.hitsByMatching(this.text, this.tags));
  }

  toJSON(): Classification {
    return { discipline: this.discipline, confidence: this.confidence, source: this.source, rules: this.rules, hits: this.hits };
  }
}
