/**
 * "Give me back my rocks": what changed between two versions of an org.
 * Which rocks moved from whom to whom, which were added or dropped, each
 * member's load before and after, and the risks that appeared or went away.
 * Pure: two Orgs in, an OrgDiff out.
 *
 * Tasks are matched one-to-one across versions in three passes, each over the
 * tasks the earlier passes left unmatched (docs/diff.md):
 *   1. the exact title;
 *   2. the normalised title (case, punctuation, spacing and quotes ignored);
 *   3. similar titles: the Dice coefficient over the titles' word sets (words
 *      lower-cased, a plural "s" dropped) at least SIMILARITY_THRESHOLD; best
 *      pairs first, the same discipline, then the same owner, breaking ties.
 * Within a pass, a candidate with the same owner is preferred, so two rocks
 * with one title are matched to their own owners before anyone else's.
 */
import { analyse } from '../analyse/analyse.js';
import { taskRef, type Audit } from '../model/audit.js';
import type { LoadDelta, MatchKind, OrgDiff, RiskChange, RockEdit, RockMove } from '../model/diff.js';
import type { Org, Task } from '../model/org.js';
import { whereWritten } from '../model/org.js';
import { compareText } from '../shared/collate.js';

/** Pass 3 accepts a pair of titles when this share of their words agree. */
export const SIMILARITY_THRESHOLD = 0.6;

// ---------------------------------------------------------------- matching

/** Lower case, quotes and punctuation dropped, runs of spaces collapsed. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2019\u2018`"\u201c\u201d]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function words(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of normaliseTitle(title).split(' ')) {
    if (!w) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Dice coefficient of two word sets: 2·|A∩B| / (|A|+|B|). */
export function titleSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

export interface TaskMatch {
  before: Task;
  after: Task;
  kind: MatchKind;
  similarity: number;
}

/** One-to-one matching of tasks across versions (see the module comment). */
export function matchTasks(before: readonly Task[], after: readonly Task[]): { pairs: TaskMatch[]; dropped: Task[]; added: Task[] } {
  const freeBefore = new Set(before.map((_, i) => i));
  const freeAfter = new Set(after.map((_, i) => i));
  const pairs: TaskMatch[] = [];

  const byKey = (key: (t: Task) => string, kind: MatchKind): void => {
    const index = new Map<string, number[]>();
    for (const i of freeBefore) {
      const k = key(before[i]!);
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push(i);
    }
    // Same owner first, then the rest in file order.
    for (const sameOwnerOnly of [true, false]) {
      for (const j of [...freeAfter]) {
        const candidates = index.get(key(after[j]!));
        if (!candidates) continue;
        const pos = candidates.findIndex((i) => freeBefore.has(i) && (!sameOwnerOnly || ownerKey(before[i]!) === ownerKey(after[j]!)));
        if (pos < 0) continue;
        const i = candidates[pos]!;
        candidates.splice(pos, 1);
        freeBefore.delete(i);
        freeAfter.delete(j);
        pairs.push({ before: before[i]!, after: after[j]!, kind, similarity: 1 });
      }
    }
  };
  byKey((t) => t.title, 'exact');
  byKey((t) => normaliseTitle(t.title), 'normalised');

  // Similar titles: only pairs sharing a word are compared (an inverted index keeps this near linear).
  const wordIndex = new Map<string, number[]>();
  for (const i of freeBefore) {
    for (const w of words(before[i]!.title)) {
      let list = wordIndex.get(w);
      if (!list) wordIndex.set(w, (list = []));
      list.push(i);
    }
  }
  const candidates: { i: number; j: number; score: number; sameDiscipline: boolean; sameOwner: boolean }[] = [];
  for (const j of freeAfter) {
    const seen = new Set<number>();
    for (const w of words(after[j]!.title)) {
      const list = wordIndex.get(w);
      if (!list || list.length > 200) continue; // a word on hundreds of tasks says nothing
      for (const i of list) {
        if (seen.has(i)) continue;
        seen.add(i);
        const score = titleSimilarity(before[i]!.title, after[j]!.title);
        if (score < SIMILARITY_THRESHOLD) continue;
        candidates.push({
          i,
          j,
          score,
          sameDiscipline: before[i]!.discipline !== null && before[i]!.discipline === after[j]!.discipline,
          sameOwner: ownerKey(before[i]!) === ownerKey(after[j]!),
        });
      }
    }
  }
  candidates.sort((a, b) => b.score - a.score || Number(b.sameDiscipline) - Number(a.sameDiscipline) || Number(b.sameOwner) - Number(a.sameOwner) || a.j - b.j || a.i - b.i);
  for (const c of candidates) {
    if (!freeBefore.has(c.i) || !freeAfter.has(c.j)) continue;
    freeBefore.delete(c.i);
    freeAfter.delete(c.j);
    pairs.push({ before: before[c.i]!, after: after[c.j]!, kind: 'similar', similarity: Math.round(c.score * 100) / 100 });
  }
  return {
    pairs,
    dropped: [...freeBefore].sort((a, b) => a - b).map((i) => before[i]!),
    added: [...freeAfter].sort((a, b) => a - b).map((j) => after[j]!),
  };
}

/** Member names compare case-insensitively, as duplicate detection does. */
function ownerKey(t: Task): string | null {
  return t.owner === null ? null : t.owner.toLowerCase();
}

function allTasks(org: Org): Task[] {
  return [...org.members.flatMap((m) => m.tasks), ...org.unassigned];
}

// ---------------------------------------------------------------- the diff

export function diffOrgs(before: Org, after: Org, audits?: { before: Audit; after: Audit }): OrgDiff {
  const { pairs, dropped, added } = matchTasks(allTasks(before), allTasks(after));
  const moved: RockMove[] = [];
  const edited: RockEdit[] = [];
  for (const p of pairs) {
    const t = p.after;
    const titleChanged = p.before.title !== t.title;
    if (ownerKey(p.before) !== ownerKey(t)) {
      moved.push({
        title: t.title,
        ...(titleChanged ? { previousTitle: p.before.title } : {}),
        discipline: t.discipline,
        effort: t.effort,
        from: p.before.owner,
        to: t.owner,
        hasContext: t.context !== undefined,
        match: p.kind,
        similarity: p.similarity,
        ...whereWritten(t),
      });
    } else if (titleChanged) {
      edited.push({ title: t.title, previousTitle: p.before.title, owner: t.owner, similarity: p.similarity, ...whereWritten(t) });
    }
  }
  const byLocation = (a: { file: string; line: number; col: number }, b: { file: string; line: number; col: number }): number =>
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col;
  moved.sort(byLocation);
  edited.sort(byLocation);

  const a = audits ?? { before: analyse(before), after: analyse(after) };
  return {
    moved,
    added: added.map(taskRef),
    dropped: dropped.map(taskRef),
    edited,
    loads: loadDeltas(before, after, a.before, a.after),
    risks: riskChanges(after, a.before, a.after),
  };
}

function loadDeltas(before: Org, after: Org, ab: Audit, aa: Audit): LoadDelta[] {
  const key = (name: string): string => name.toLowerCase();
  const loadsBefore = new Map(ab.members.map((m) => [key(m.name), m]));
  const loadsAfter = new Map(aa.members.map((m) => [key(m.name), m]));
  const names = new Map<string, string>();
  for (const m of before.members) names.set(key(m.name), m.name);
  for (const m of after.members) names.set(key(m.name), m.name);
  return [...names]
    .map(([k, name]) => ({
      name,
      before: loadsBefore.get(k)?.load ?? null,
      after: loadsAfter.get(k)?.load ?? null,
      rocksBefore: loadsBefore.get(k)?.tasks ?? 0,
      rocksAfter: loadsAfter.get(k)?.tasks ?? 0,
    }))
    .sort((x, y) => Math.abs((y.after ?? 0) - (y.before ?? 0)) - Math.abs((x.after ?? 0) - (x.before ?? 0)) || compareText(x.name, y.name));
}

function riskChanges(after: Org, ab: Audit, aa: Audit): RiskChange[] {
  const risks: RiskChange[] = [];
  const ownersBefore = new Map(ab.disciplines.map((d) => [d.id, d.owners]));
  const required = new Set(after.policy.required);
  for (const d of aa.disciplines) {
    const was = ownersBefore.get(d.id) ?? [];
    if (was.length > 0 && d.owners.length === 0) {
      risks.push({ kind: 'last-owner-lost', worse: true, discipline: d.id, required: required.has(d.id), members: was });
    } else if (was.length === 0 && d.owners.length > 0) {
      risks.push({ kind: 'first-owner-gained', worse: false, discipline: d.id, required: required.has(d.id), members: d.owners });
    }
  }
  const key = (name: string): string => name.toLowerCase();
  const unicornBefore = new Map(ab.unicorns.map((u) => [key(u.name), u]));
  for (const u of aa.unicorns) {
    const was = unicornBefore.get(key(u.name));
    if (u.level === 'high' && was?.level !== 'high') {
      risks.push({
        kind: 'becomes-unicorn',
        worse: true,
        members: [u.name],
        scoreBefore: was ? was.score : null,
        scoreAfter: u.score,
        maxUnicornScore: after.policy.maxUnicornScore,
        disciplines: u.disciplines.length,
      });
    } else if (u.level !== 'high' && was?.level === 'high') {
      risks.push({ kind: 'no-longer-unicorn', worse: false, members: [u.name], scoreBefore: was.score, scoreAfter: u.score });
    }
  }
  const loadBefore = new Map(ab.members.map((m) => [key(m.name), m]));
  for (const m of aa.members) {
    const was = loadBefore.get(key(m.name));
    if (m.status === 'overloaded' && was?.status !== 'overloaded') {
      risks.push({ kind: 'becomes-overloaded', worse: true, members: [m.name], loadBefore: was ? was.load : null, loadAfter: m.load, maxLoad: after.policy.maxLoad });
    } else if (m.status !== 'overloaded' && was?.status === 'overloaded') {
      risks.push({ kind: 'no-longer-overloaded', worse: false, members: [m.name], loadBefore: was.load, loadAfter: m.load });
    }
  }
  return risks.sort((x, y) => Number(y.worse) - Number(x.worse));
}
