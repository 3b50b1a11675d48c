/**
 * An owner's role title ("Senior UX Designer") read as a discipline: the
 * built-in role rules, each built-in discipline's role title, the org file's
 * role titles and every discipline id, matched like task text. The
 * classifier uses the role as a prior: it breaks ties and decides a task
 * without evidence, never against clear evidence (see classifier.ts).
 */
import { BUILTIN_DISCIPLINES } from '../model/taxonomy.js';
import { BUILTIN_ROLE_RULES } from './builtin-rules.js';
import { Matcher } from './matcher.js';
import { compilePhrase, isMatchable } from './phrase.js';
import { builtinRoleTable, disciplineIdRow, roleTitleRow } from './precompiled.js';

/** Weight of a role title, and of a discipline id read as one. */
const TITLE_WEIGHT = 6;
const DISCIPLINE_ID_WEIGHT = 3;

/** A role rule: its discipline, match list, weight, and its row in the built-in role table, or -1. */
interface TitleRule {
  discipline: string;
  match: readonly string[];
  weight: number;
  row: number;
}

/**
 * The role rules in order: BUILTIN_ROLE_RULES, the built-in disciplines'
 * role titles, the org file's titles, every discipline id.
 */
function titleRules(disciplines: readonly string[], roles: Readonly<Record<string, string | readonly string[]>>): TitleRule[] {
  const out: TitleRule[] = BUILTIN_ROLE_RULES.map((r, i) => ({ discipline: r.discipline, match: r.match, weight: r.weight, row: i }));
  BUILTIN_DISCIPLINES.forEach((d, i) => out.push({ discipline: d.id, match: [d.role], weight: TITLE_WEIGHT, row: roleTitleRow(i) }));
  for (const [discipline, titles] of Object.entries(roles)) {
    for (const title of typeof titles === 'string' ? [titles] : titles) out.push({ discipline, match: [title], weight: TITLE_WEIGHT, row: -1 });
  }
  for (const id of disciplines) {
    const i = BUILTIN_DISCIPLINES.findIndex((d) => d.id === id);
    out.push({ discipline: id, match: [id], weight: DISCIPLINE_ID_WEIGHT, row: i < 0 ? -1 : disciplineIdRow(i) });
  }
  return out;
}

export class RoleTitles {
  private readonly matcher: Matcher;
  /** Per role rule: the discipline (its number) and weight. */
  private readonly rules: { discipline: number; weight: number }[] = [];
  private readonly scores: Float64Array;
  private readonly cache = new Map<string, number>();
  /** The last role looked up and its discipline: a member's tasks come one after another. */
  private lastRole: string | undefined = undefined;
  private lastDiscipline = -1;

  /**
   * Role titles for the discipline ids as the options list them (a repeated
   * id is a title twice) and the org file's `roles` (titles per discipline
   * id), voting for the disciplines numbered as in `disciplineIndex`.
   */
  constructor(
    disciplines: readonly string[],
    disciplineIndex: ReadonlyMap<string, number>,
    roles: Readonly<Record<string, string | readonly string[]>>,
    precompiled: boolean,
    wordPrecheck: boolean,
  ) {
    const table = precompiled ? builtinRoleTable() : null;
    this.matcher = new Matcher(table, wordPrecheck);
    for (const rule of titleRules(disciplines, roles)) {
      const d = disciplineIndex.get(rule.discipline);
      if (d === undefined) continue;
      const index = this.rules.length;
      this.rules.push({ discipline: d, weight: rule.weight });
      if (table !== null && rule.row >= 0 && table.fits(rule.row, rule.match)) {
        this.matcher.addTableRule(rule.row, index);
        continue;
      }
      for (const entry of rule.match) {
        if (!isMatchable(entry)) continue;
        for (const words of compilePhrase(entry)) this.matcher.add(words, index);
      }
    }
    this.matcher.seal();
    this.scores = new Float64Array(disciplineIndex.size);
  }

  /** The discipline (its number) a role title points to, or -1. */
  disciplineOf(role: string): number {
    if (role === this.lastRole) return this.lastDiscipline;
    let cached = this.cache.get(role);
    if (cached === undefined) {
      cached = this.match(role);
      if (this.cache.size >= 1000) this.cache.clear();
      this.cache.set(role, cached);
    }
    this.lastRole = role;
    this.lastDiscipline = cached;
    return cached;
  }

  /** The discipline whose role titles best match `role` (each rule counted once), or -1. */
  private match(role: string): number {
    const scores = this.scores.fill(0);
    const seen = new Set<number>();
    this.matcher.load(role);
    this.matcher.run((rule) => {
      if (seen.has(rule)) return;
      seen.add(rule);
      const rr = this.rules[rule]!;
      scores[rr.discipline]! += rr.weight;
    });
    let best = -1;
    let bestScore = 0;
    for (let d = 0; d < scores.length; d++) {
      if (scores[d]! > bestScore) {
        bestScore = scores[d]!;
        best = d;
      }
    }
    return best;
  }
}
