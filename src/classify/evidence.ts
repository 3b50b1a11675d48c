/**
 * The evidence of a text and its tags: the rules that fire on them, scored
 * per discipline (docs/classification.md, "Scoring"), kept in scratch space
 * that every match reuses, and the hits and deciding rules read from it.
 */
import type { Rule, RuleHit } from '../model/classification.js';
import { withRoom } from '../shared/grow.js';
import { MAX_RULE_CODE, NO_RULES, RULES_NOT_PACKED, type KeptTags, type ResultOrigin } from './classification.js';
import type { Matcher } from './matcher.js';

/** Each further distinct match of a rule already fired adds this fraction of its weight. */
export const REPEAT_FACTOR = 0.5;
/** Extra evidence for the discipline of the earliest positive match in the text (the head of the task). */
export const HEAD_BONUS = 0.5;
/** Extra evidence for a tag equal to a discipline id (`tags: [sales]`). */
export const TAG_DISCIPLINE_BONUS = 3;
/** Rule id reported for the tag-equals-discipline bonus. */
export const TAG_RULE_PREFIX = 'tag:';

/** Numbers per recorded hit in the scratch: rule (negative: -1 - the discipline of a tag bonus), where it matched (0 = the text, k = tag k - 1), weight, start, end. */
const HIT_STRIDE = 5;
/** Numbers per later match of a rule already hit: the hit's offset in the scratch, start, end. */
const REPEAT_STRIDE = 3;

/** A rule as the scoring reads it: its discipline by number. */
interface ScoredRule {
  id: string;
  discipline: number;
  weight: number;
}

export class Evidence implements ResultOrigin {
  private readonly rules: ScoredRule[];
  /** Tag to the discipline it names, or -1 (tags repeat: an org uses a handful). */
  private readonly tagCache = new Map<string, number>();

  // The scratch of gather(), reused by every call: it holds the last matched input's scores and hits.
  /** The score per discipline, the head bonus included. */
  readonly scores: Float64Array;
  private readonly stamp: Uint32Array;
  private readonly hitOf: Uint32Array;
  private readonly lastStart: Int32Array;
  private head = -1;
  private call = 0;
  /** The hits, HIT_STRIDE numbers each, hitEnd numbers in all. */
  private hitData = new Float64Array(HIT_STRIDE * 16);
  private hitEnd = 0;
  /** Later matches of rules already hit (their text goes into the hit's `matched`), repeatEnd numbers in all. */
  private repeatData = new Int32Array(REPEAT_STRIDE * 8);
  private repeatEnd = 0;
  /** Where the current run matches: 0 = the text, k = tag k - 1. */
  private source = 0;

  /** Evidence for the disciplines (numbered as in `disciplineIndex`) from the rules, which `matcher` fires by their position. */
  constructor(
    rules: readonly Rule[],
    private readonly disciplines: readonly string[],
    private readonly disciplineIndex: ReadonlyMap<string, number>,
    private readonly matcher: Matcher,
  ) {
    this.rules = rules.map((r) => ({ id: r.id, discipline: disciplineIndex.get(r.discipline)!, weight: r.weight }));
    this.scores = new Float64Array(disciplines.length);
    this.stamp = new Uint32Array(rules.length);
    this.hitOf = new Uint32Array(rules.length);
    this.lastStart = new Int32Array(rules.length);
  }

  private readonly fire = (rule: number, start: number, end: number): void => {
    const c = this.rules[rule]!;
    if (this.stamp[rule] === this.call) {
      if (this.lastStart[rule] === start) return; // two variants of one entry ("mid-market", "midmarket")
      this.lastStart[rule] = start;
      const hit = this.hitOf[rule]!;
      const extra = c.weight * REPEAT_FACTOR;
      this.scores[c.discipline]! += extra;
      this.hitData[hit + 2]! += extra;
      this.pushRepeat(hit, start, end);
      return;
    }
    this.stamp[rule] = this.call;
    this.lastStart[rule] = start;
    this.hitOf[rule] = this.hitEnd;
    this.scores[c.discipline]! += c.weight;
    if (this.head === -1 && c.weight > 0) this.head = c.discipline;
    this.pushHit(rule, c.weight, start, end);
  };

  private pushHit(rule: number, weight: number, start: number, end: number): void {
    const n = this.hitEnd;
    const d = (this.hitData = withRoom(this.hitData, n + HIT_STRIDE));
    d[n] = rule;
    d[n + 1] = this.source;
    d[n + 2] = weight;
    d[n + 3] = start;
    d[n + 4] = end;
    this.hitEnd = n + HIT_STRIDE;
  }

  private pushRepeat(hit: number, start: number, end: number): void {
    const n = this.repeatEnd;
    const r = (this.repeatData = withRoom(this.repeatData, n + REPEAT_STRIDE));
    r[n] = hit;
    r[n + 1] = start;
    r[n + 2] = end;
    this.repeatEnd = n + REPEAT_STRIDE;
  }

  /**
   * Matches a text and its tags into the scratch: the scores per discipline
   * (with the head bonus) and the hits. Runs no code of the caller's (the
   * text is a string and the tags the classifier's own copy), so nothing can
   * re-enter the classifier while the scratch is in use.
   */
  gather(text: string, tags: KeptTags): void {
    this.call = (this.call + 1) >>> 0 || 1;
    if (this.call === 1) this.stamp.fill(0);
    const scores = this.scores;
    for (let d = 0; d < scores.length; d++) scores[d] = 0; // a loop: faster than fill() for a score per discipline
    this.hitEnd = 0;
    this.repeatEnd = 0;

    this.source = 0;
    this.head = -1;
    this.matcher.load(text);
    this.matcher.run(this.fire);
    if (this.head >= 0) this.scores[this.head]! += HEAD_BONUS;
    this.head = -2; // tags have no head

    if (typeof tags === 'string') {
      this.matchTag(tags, 0);
    } else if (tags !== undefined) {
      for (let k = 0; k < tags.length; k++) {
        const tag = tags[k];
        if (typeof tag === 'string') this.matchTag(tag, k);
      }
    }
  }

  /** Matches tag k (0-based) into the scratch, with the bonus of a tag that names a discipline. */
  private matchTag(tag: string, k: number): void {
    this.source = k + 1;
    this.matcher.load(tag);
    this.matcher.run(this.fire);
    let d = this.tagCache.get(tag);
    if (d === undefined) {
      d = this.disciplineIndex.get(tag.toLowerCase().trim().replace(/\s+/g, '-')) ?? -1;
      if (this.tagCache.size >= 1000) this.tagCache.clear();
      this.tagCache.set(tag, d);
    }
    if (d >= 0) {
      this.scores[d]! += TAG_DISCIPLINE_BONUS;
      this.pushHit(-d - 1, TAG_DISCIPLINE_BONUS, 0, tag.length);
    }
  }

  /** Whether hit record k of the scratch voted for discipline d. */
  private votesFor(k: number, d: number): boolean {
    const rule = this.hitData[k]!;
    if (this.hitData[k + 2]! <= 0) return false;
    return rule >= 0 ? this.rules[rule]!.discipline === d : -rule - 1 === d;
  }

  /**
   * The rule a deciding hit names, as a number from 1: rule r is r + 1, the
   * tag bonus for discipline d is rules + 1 + d. The digits of a rule code.
   */
  private ruleDigit(k: number): number {
    const rule = this.hitData[k]!;
    return rule >= 0 ? rule + 1 : this.rules.length - rule;
  }

  private get ruleRadix(): number {
    return this.rules.length + this.disciplines.length + 1;
  }

  /**
   * The deciding rules of the scratch's hits for discipline d as one number:
   * NO_RULES + the sum of their digits (ruleDigit) times ruleRadix^i, in hit
   * order; RULES_NOT_PACKED when that would exceed MAX_RULE_CODE (more than
   * two or three rules with the built-in rules). No array on the hot path.
   */
  packRules(d: number): number {
    const radix = this.ruleRadix;
    let packed = 0;
    let scale = 1;
    for (let k = 0; k < this.hitEnd; k += HIT_STRIDE) {
      if (!this.votesFor(k, d)) continue;
      if (scale > MAX_RULE_CODE) return RULES_NOT_PACKED;
      packed += this.ruleDigit(k) * scale;
      if (NO_RULES + packed > MAX_RULE_CODE) return RULES_NOT_PACKED;
      scale *= radix;
    }
    return NO_RULES + packed;
  }

  unpackRules(code: number): string[] {
    const radix = this.ruleRadix;
    let count = 0;
    for (let rest = code - NO_RULES; rest > 0; rest = Math.floor(rest / radix)) count++;
    const rules = new Array<string>(count); // exact size: push would reserve room for 17
    let rest = code - NO_RULES;
    for (let i = 0; i < count; i++) {
      const digit = rest % radix;
      rest = (rest - digit) / radix;
      rules[i] = digit <= this.rules.length ? this.rules[digit - 1]!.id : TAG_RULE_PREFIX + this.disciplines[digit - this.rules.length - 1]!;
    }
    return rules;
  }

  rulesByMatching(discipline: string, text: string, tags: KeptTags): string[] {
    const d = this.disciplineIndex.get(discipline)!;
    this.gather(text, tags);
    let count = 0;
    for (let k = 0; k < this.hitEnd; k += HIT_STRIDE) if (this.votesFor(k, d)) count++;
    const rules = new Array<string>(count);
    let i = 0;
    for (let k = 0; k < this.hitEnd; k += HIT_STRIDE) {
      if (this.votesFor(k, d)) rules[i++] = this.hitData[k]! >= 0 ? this.rules[this.hitData[k]!]!.id : TAG_RULE_PREFIX + this.disciplines[d]!;
    }
    return rules;
  }

  hitsByMatching(text: string, tags: KeptTags): RuleHit[] {
    this.gather(text, tags);
    const hits = new Array<RuleHit>(this.hitEnd / HIT_STRIDE); // exact size: push would reserve room for 17
    const d = this.hitData;
    const repeats = this.repeatData;
    for (let i = 0; i < this.hitEnd; i += HIT_STRIDE) {
      const rule = d[i]!;
      const k = d[i + 1]!;
      const source = k === 0 ? text : typeof tags === 'string' ? tags : String(tags![k - 1]);
      let matched = source.slice(d[i + 3]!, d[i + 4]!);
      for (let r = 0; r < this.repeatEnd; r += REPEAT_STRIDE) if (repeats[r] === i) matched += `, ${source.slice(repeats[r + 1]!, repeats[r + 2]!)}`;
      const weight = d[i + 2]!;
      if (rule >= 0) {
        const c = this.rules[rule]!;
        hits[i / HIT_STRIDE] = { rule: c.id, discipline: this.disciplines[c.discipline]!, weight, matched };
      } else {
        const discipline = this.disciplines[-rule - 1]!;
        hits[i / HIT_STRIDE] = { rule: TAG_RULE_PREFIX + discipline, discipline, weight, matched };
      }
    }
    return hits;
  }
}
