/**
 * The classifier: compiles rules (data) into one matcher and decides each
 * task's discipline from the evidence, the owner's role and the confidence.
 * See docs/classification.md for the matching and scoring model.
 *
 * Matching is on words, never raw substrings (text/tokenize.ts,
 * text/stem.ts, phrase.ts); classifying a task is one pass over its words
 * (matcher.ts), whose hits are scored in evidence.ts. No regular expression
 * is ever built from user input.
 */
import type { Classification, ClassifyInput, Classifier, Rule, RuleConfig } from '../model/classification.js';
import { factsOf, keptTags, LazyClassification, NO_RULES } from './classification.js';
import { confidenceOf, roleConfidence } from './confidence.js';
import { Evidence } from './evidence.js';
import { RoleTitles } from './role-titles.js';
import { assembleRules, ruleMatcher } from './rules.js';

/** Minimum confidence below which a task stays unclassified (overridable with `classification.threshold`). */
export const DEFAULT_THRESHOLD = 0.3;
/** The role decides when the role's discipline trails the best by at most this much evidence. */
export const ROLE_MARGIN = 1;

export interface ClassifierOptions {
  /** Every known discipline id: the built-ins plus the org file's custom ones. */
  disciplines: readonly string[];
  /** The org file's `classification:` section. */
  config?: RuleConfig;
  /**
   * Role titles per discipline id (e.g. `{ legal: 'Legal Counsel' }`), used to
   * recognise an owner's role. The built-in disciplines' roles are known already.
   */
  roles?: Readonly<Record<string, string | readonly string[]>>;
  /**
   * Whether the built-in phrases come from the precompiled tables
   * (builtin-table.ts; the default) or compile when the classifier is
   * created. The results are the same; a test compares them.
   */
  precompiled?: boolean;
  /**
   * Whether the matcher rules out words that no rule has before looking them
   * up (the default) or looks up every word. The results are the same; a
   * test compares them.
   */
  wordPrecheck?: boolean;
}

class RuleClassifier implements Classifier {
  readonly rules: readonly Rule[];
  readonly disciplines: readonly string[];
  private readonly evidence: Evidence;
  private readonly roles: RoleTitles;
  private readonly threshold: number;

  constructor(options: ClassifierOptions) {
    this.disciplines = [...new Set(options.disciplines)];
    const disciplineIndex = new Map<string, number>();
    this.disciplines.forEach((d, i) => disciplineIndex.set(d, i));
    const t = options.config?.threshold;
    this.threshold = typeof t === 'number' && t >= 0 && t <= 1 ? t : DEFAULT_THRESHOLD;
    const precompiled = options.precompiled ?? true;
    const wordPrecheck = options.wordPrecheck ?? true;

    this.rules = Object.freeze(assembleRules(new Set(this.disciplines), options.config));
    this.evidence = new Evidence(this.rules, this.disciplines, disciplineIndex, ruleMatcher(this.rules, precompiled, wordPrecheck));
    this.roles = new RoleTitles(options.disciplines, disciplineIndex, options.roles ?? {}, precompiled, wordPrecheck);
  }

  /** The discipline a role title points to, or undefined. */
  disciplineForRole(role: string): string | undefined {
    const d = this.roles.disciplineOf(role);
    return d < 0 ? undefined : this.disciplines[d];
  }

  classify(input: ClassifyInput): Classification {
    // Read the input once, before the scratch is touched: a getter on it could read another
    // result's rules, which matches again. The tags are copied because the result matches them
    // again later, when the caller may have changed the array.
    const text = input.text;
    const tags = keptTags(input.tags);
    const explicit = input.explicit;
    const role = input.role;
    const evidence = this.evidence;

    // An explicit discipline decides alone; its hits (for --explain) are found when read.
    if (explicit !== undefined && explicit !== '') return new LazyClassification(explicit, 'explicit', text, tags, factsOf(1, NO_RULES), evidence);

    // The role's discipline before matching (it is cached per role title), so that nothing runs between gather() and reading the scores.
    const r = role !== undefined && role !== '' ? this.roles.disciplineOf(role) : -1;
    evidence.gather(text, tags);
    const scores = evidence.scores;
    // best and runner-up
    let best = -1;
    let s1 = 0;
    let s2 = 0;
    for (let d = 0; d < scores.length; d++) {
      const s = scores[d]!;
      if (s > s1) {
        s2 = s1;
        s1 = s;
        best = d;
      } else if (s > s2) {
        s2 = s;
      }
    }
    const confidence = confidenceOf(s1, s2);

    if (r >= 0 && r !== best) {
      const sr = scores[r]!;
      if (sr >= 0 && (best < 0 || s1 - sr <= ROLE_MARGIN || confidence < this.threshold)) {
        return new LazyClassification(this.disciplines[r]!, 'role', text, tags, factsOf(roleConfidence(sr), evidence.packRules(r)), evidence);
      }
    }
    if (best < 0 || confidence < this.threshold) return new LazyClassification(null, 'none', text, tags, factsOf(confidence, NO_RULES), evidence);
    return new LazyClassification(this.disciplines[best]!, 'rules', text, tags, factsOf(confidence, evidence.packRules(best)), evidence);
  }
}

/** Compiles the built-in rules plus the org file's `classification:` config into one classifier. */
export function createClassifier(options: ClassifierOptions): Classifier & {
  /** The discipline an owner's role title points to, if any. */
  disciplineForRole(role: string): string | undefined;
} {
  return new RuleClassifier(options);
}
