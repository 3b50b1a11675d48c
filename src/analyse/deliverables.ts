/**
 * The deliverables of required disciplines that no task mentions. A
 * deliverable is mentioned when the words of one of its phrases, or those
 * words with an "s" on the last, appear in a row in a task's words (title and
 * tags).
 */
import type { Org, Task } from '../model/org.js';
import type { MissingDeliverable } from '../model/audit.js';
import { NO_PHRASES, phraseFilter, type PhraseFilter } from './phrase-filter.js';
import { phraseWords, taskText } from './phrase-words.js';

export function missingDeliverables(org: Org): MissingDeliverable[] {
  const search = new DeliverableSearch(org);
  for (const m of org.members) {
    if (search.allMet) break;
    for (const t of m.tasks) search.read(t);
  }
  for (const t of org.unassigned) {
    if (search.allMet) break;
    search.read(t);
  }
  return search.missing();
}

/** A phrase as its words, and the deliverables (by index) it mentions. */
interface Phrase {
  words: string[];
  of: number[];
}

/**
 * The required disciplines' deliverables, met as tasks mentioning them are
 * read. Phrases are looked up by their first word while walking each task's
 * words once.
 */
class DeliverableSearch {
  private readonly deliverables: { discipline: string; name: string; met: boolean }[] = [];
  private readonly byFirst = new Map<string, Phrase[]>();
  /** Deliverables with a phrase of no words: met by a task of no words. */
  private readonly metByNoWords: number[] = [];
  private unmet: number;
  /** Texts already read: a recurring rock says nothing new. */
  private readonly scanned = new Set<string>();
  /**
   * Most tasks mention no phrase of the unmet deliverables (in the bench org,
   * some are never met, so every task is looked at): a filter rules them out
   * cheaply, and only the rest have their words walked. Rebuilt as
   * deliverables are met, so that it only looks for what is still missing.
   */
  private filter: PhraseFilter = NO_PHRASES;
  private unmetAtFilter = -1;

  constructor(org: Org) {
    const required = new Set(org.policy.required);
    for (const d of org.disciplines) {
      if (!required.has(d.id)) continue;
      for (const deliverable of d.deliverables) {
        const index = this.deliverables.push({ discipline: d.id, name: deliverable.name, met: false }) - 1;
        for (const p of deliverable.mentions) {
          const words = phraseWords(p);
          if (words.length === 0) {
            this.metByNoWords.push(index);
            this.addPhrase(['s'], index);
          } else {
            this.addPhrase(words, index);
            this.addPhrase([...words.slice(0, -1), `${words.at(-1)}s`], index);
          }
        }
      }
    }
    this.unmet = this.deliverables.length;
  }

  get allMet(): boolean {
    return this.unmet === 0;
  }

  /** Meets the deliverables task t mentions. */
  read(t: Task): void {
    if (!this.mayMention(t) && !(this.metByNoWords.length > 0 && this.noWordsPending())) return;
    const text = taskText(t);
    if (this.scanned.has(text)) return;
    this.scanned.add(text);
    const words = phraseWords(text);
    if (words.length === 0) this.meet(this.metByNoWords);
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (i + phrase.words.length > words.length) continue;
        let k = 1;
        while (k < phrase.words.length && words[i + k] === phrase.words[k]) k++;
        if (k === phrase.words.length) this.meet(phrase.of);
      }
    }
  }

  missing(): MissingDeliverable[] {
    return this.deliverables.filter((d) => !d.met).map((d) => ({ discipline: d.discipline, deliverable: d.name }));
  }

  private addPhrase(words: string[], of: number): void {
    let list = this.byFirst.get(words[0]!);
    if (!list) this.byFirst.set(words[0]!, (list = []));
    const key = words.join(' ');
    const same = list.find((p) => p.words.join(' ') === key);
    if (same) same.of.push(of);
    else list.push({ words, of: [of] });
  }

  private meet(of: readonly number[]): void {
    for (const i of of) {
      if (this.deliverables[i]!.met) continue;
      this.deliverables[i]!.met = true;
      this.unmet--;
    }
  }

  private mayMention(t: Task): boolean {
    if (this.unmet !== this.unmetAtFilter) {
      const pending: string[][] = [];
      for (const candidates of this.byFirst.values()) for (const p of candidates) if (p.of.some((i) => !this.deliverables[i]!.met)) pending.push(p.words);
      this.filter = phraseFilter(pending);
      this.unmetAtFilter = this.unmet;
    }
    return this.filter.mayMention(t);
  }

  private noWordsPending(): boolean {
    return this.metByNoWords.some((i) => !this.deliverables[i]!.met);
  }
}
