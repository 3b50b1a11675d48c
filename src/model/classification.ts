/**
 * The classification contract. The classifier (classify/classifier.ts) turns rules (data) into
 * one compiled matcher; everything else in rocks sees only these types.
 */

/** A classification rule: data, never code. */
export interface Rule {
  /** Stable id, kebab-case, unique across built-in and custom rules (e.g. `pm-prd`). */
  id: string;
  /** The discipline id the rule votes for (or, with a negative weight, against). */
  discipline: string;
  /**
   * Words and phrases, matched case-insensitively on word boundaries and
   * tolerant of inflection. A phrase is several words ("go to market"). A
   * trailing `*` on a word is a prefix wildcard (`onboard*`).
   */
  match: string[];
  /** Vote strength; negative weights are evidence against the discipline. */
  weight: number;
  /** What the rule recognises, for `rocks rules` and `--explain`. */
  description?: string;
  /** Where the rule comes from. */
  source: 'builtin' | 'custom';
}

/** What the org file may say about classification (`classification:` section). */
export interface RuleConfig {
  /** Extra rules, validated like the rest of the file; weight defaults to DEFAULT_RULE_WEIGHT. */
  rules?: (Omit<Rule, 'source' | 'weight'> & { weight?: number })[];
  /** Built-in rule ids to switch off. */
  disable?: string[];
  /** New weights for existing rules, by id. */
  weights?: Record<string, number>;
  /** Minimum confidence (0..1) below which a task stays unclassified. */
  threshold?: number;
}

/** A task as the classifier sees it. */
export interface ClassifyInput {
  text: string;
  tags?: readonly string[];
  /** The owner's role ("Product Designer"): breaks ties, never overrides clear evidence. */
  role?: string;
  /** An explicit `discipline:` on the task always wins. */
  explicit?: string;
}

/** One rule that fired on a task. */
export interface RuleHit {
  rule: string;
  discipline: string;
  weight: number;
  /** The words of the task the rule matched. */
  matched: string;
}

export interface Classification {
  /** The discipline id, or null when the task is unclassified. */
  discipline: string | null;
  /** 0..1: how sure the engine is. 1 for an explicit discipline. */
  confidence: number;
  /** How the discipline was decided. */
  source: 'explicit' | 'rules' | 'role' | 'none';
  /** Ids of the rules that voted for the chosen discipline (the deciding rules). */
  rules: string[];
  /** Every rule that fired, for `--explain`. */
  hits: RuleHit[];
}

export interface Classifier {
  classify(input: ClassifyInput): Classification;
  /** Every active rule, built-in and custom, after disabling and re-weighting. */
  readonly rules: readonly Rule[];
}
