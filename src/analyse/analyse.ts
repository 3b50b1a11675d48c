/**
 * The four reports (load, gaps, unicorn risk, handoffs) as data. Pure: an Org
 * in, an Audit out; no I/O, no colour, no wording beyond short statuses.
 */
import type { Member, Org, Task } from '../model/org.js';
import { loadPercent } from '../model/org.js';
import { compareText, PRIMARY_WEIGHT, PRIMARY_WEIGHTS, SORT_NATIVELY_FROM, sortable } from '../shared/collate.js';
import { withRoom } from '../shared/grow.js';
import { taskRef, type Audit, type CoverageStatus, type DisciplineCoverage, type DisciplineEffort, type Handoff, type LoadStatus, type MemberLoad, type MissingDeliverable, type RiskLevel, type RoleToOpen, type TaskRef, type TruckFactor, type UnicornRisk } from '../model/audit.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function analyse(org: Org): Audit {
  const scan = scanTasks(org);
  const names = nameOrder(scan.names);
  const n = org.members.length;
  const members = sortedByKeyDesc(scan.loads, scan.loadKeys, names);
  const soleOwned = soleOwnedIds(scan);
  const risks = new Array<UnicornRisk>(n);
  const riskKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const risk = unicornRisk(scan, soleOwned, org.policy.maxUnicornScore, i);
    risks[i] = risk;
    riskKeys[i] = risk.score;
  }
  const unicorns = sortedByKeyDesc(risks, riskKeys, names);

  const capacity = scan.totalCapacity;
  const { handoffs, rolesToOpen } = planWithOrder(org, names, scan);
  const unclassified: TaskRef[] = scan.unclassified;
  for (const t of org.unassigned) if (t.discipline === null) unclassified.push(taskRef(t));
  const effort = scan.totalEffort;
  return {
    org: org.name,
    stage: org.stage,
    stageInferred: org.stageInferred,
    headcount: org.members.length,
    totals: { effort: round1(effort), capacity: round1(capacity), load: Math.round(loadPercent(effort, capacity)), tasks: scan.tasks },
    members,
    disciplines: coverage(org, scan, names),
    missingDeliverables: missingDeliverables(org),
    unassigned: org.unassigned.map(taskRef),
    unclassified,
    unicorns,
    truckFactor: truckFactor(org, scan, names),
    handoffs,
    rolesToOpen,
  };
}

/**
 * What the reports need from every member's tasks, gathered in one pass over
 * them. Disciplines are numbered in order of first appearance (`ids`), so that
 * per-member and per-discipline figures live in flat arrays instead of a Map
 * per member: at 300,000 members those Maps were most of the scan's time and
 * a good part of the garbage collector's.
 */
interface TaskScan {
  /** Discipline ids by number (those of tasks, then skills), and their numbers. */
  ids: string[];
  idIndex: Map<string, number>;
  /** Per member: name and capacity, read once here (each pass over 300,000 members costs a cache miss per member). */
  names: string[];
  capacity: Float64Array;
  totalCapacity: number;
  /** Per member: the load report, and its load (the key it is sorted by). */
  loads: MemberLoad[];
  loadKeys: Float64Array;
  /** Per member: the disciplines (by number) they list as skills, once each: member i's from skillStart[i] up to skillStart[i + 1]. */
  skillStart: Int32Array;
  skillIds: Int32Array;
  /**
   * Per member over min(100, maxLoad): the rocks they would hand off, in the
   * order the planner tries them (side rocks first: the disciplines they spend
   * least on, then the biggest task in them). Sorted here, while their tasks
   * are at hand: the planner reached them again at random, a cache miss each.
   */
  sideRocks: Map<number, Task[]>;
  /** Per member: hours in all tasks. */
  effort: Float64Array;
  /** Per member: hours in unclassified tasks. */
  unclassifiedEffort: Float64Array;
  /** Per member: disciplines carried, most effort first. */
  carried: DisciplineEffort[][];
  /**
   * Per member: discipline numbers and hours in the order the disciplines
   * first appear in their tasks (the planner's starting state). Member i's
   * are at holdingStart[i] up to holdingStart[i + 1].
   */
  holdingStart: Int32Array;
  holdingIds: Int32Array;
  holdingHours: Float64Array;
  /** Per discipline number: the members with a task in it, in member order. */
  owners: number[][];
  /** Per discipline number: hours, summed task by task in member order. */
  effortById: number[];
  /** Hours in classified tasks, and in all tasks, summed task by task in member order. */
  classifiedEffort: number;
  totalEffort: number;
  tasks: number;
  /** Members' unclassified tasks, in member and task order. */
  unclassified: TaskRef[];
}

function scanTasks(org: Org): TaskScan {
  const members = org.members;
  const n = members.length;
  const maxLoad = org.policy.maxLoad;
  const handOffAbove = Math.min(100, maxLoad);
  const scan: TaskScan = {
    ids: [],
    idIndex: new Map(),
    names: new Array<string>(n),
    capacity: new Float64Array(n),
    totalCapacity: 0,
    loads: new Array<MemberLoad>(n),
    loadKeys: new Float64Array(n),
    skillStart: new Int32Array(n + 1),
    skillIds: new Int32Array(n),
    sideRocks: new Map(),
    effort: new Float64Array(n),
    unclassifiedEffort: new Float64Array(n),
    carried: new Array<DisciplineEffort[]>(n),
    holdingStart: new Int32Array(n + 1),
    holdingIds: new Int32Array(4 * n),
    holdingHours: new Float64Array(4 * n),
    owners: [],
    effortById: [],
    classifiedEffort: 0,
    totalEffort: 0,
    tasks: 0,
    unclassified: [],
  };
  const { ids, idIndex, owners, effortById } = scan;
  // Per discipline number: the last member who had a task in it, and where that member's hours in it are.
  const lastMember: number[] = [];
  const slot: number[] = [];
  const idOf = (id: string): number => {
    let k = idIndex.get(id);
    if (k === undefined) {
      k = ids.push(id) - 1;
      idIndex.set(id, k);
      owners.push([]);
      effortById.push(0);
      lastMember.push(-1);
      slot.push(0);
    }
    return k;
  };
  let h = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const tasks = m.tasks;
    // Grown together: the two have one length.
    scan.holdingIds = withRoom(scan.holdingIds, h + tasks.length);
    scan.holdingHours = withRoom(scan.holdingHours, h + tasks.length);
    const { holdingIds, holdingHours } = scan;
    const start = h;
    let effort = 0;
    let unclassified = 0;
    for (const t of tasks) {
      effort += t.effort;
      scan.totalEffort += t.effort;
      const d = t.discipline;
      if (!d) {
        unclassified += t.effort;
        if (d === null) scan.unclassified.push(taskRef(t));
        continue;
      }
      const k = idOf(d);
      if (lastMember[k] !== i) {
        lastMember[k] = i;
        slot[k] = h;
        holdingIds[h] = k;
        holdingHours[h] = t.effort;
        h++;
        owners[k]!.push(i);
      } else holdingHours[slot[k]!]! += t.effort;
      effortById[k]! += t.effort;
      scan.classifiedEffort += t.effort;
    }
    scan.tasks += tasks.length;
    scan.effort[i] = effort;
    scan.unclassifiedEffort[i] = unclassified;
    scan.holdingStart[i + 1] = h;
    const carried = new Array<DisciplineEffort>(h - start);
    for (let k = start; k < h; k++) carried[k - start] = { id: ids[holdingIds[k]!]!, effort: holdingHours[k]! };
    // Most effort first, then by id: an insertion sort, as a member carries a
    // handful of disciplines and Array.prototype.sort costs more to call than
    // to run on them. Hours are finite (the schema checks it) and a member's
    // ids distinct, so the order is total and any sort gives this one.
    for (let k = 1; k < carried.length; k++) {
      const entry = carried[k]!;
      let j = k - 1;
      while (j >= 0 && (carried[j]!.effort < entry.effort || (carried[j]!.effort === entry.effort && carried[j]!.id > entry.id))) {
        carried[j + 1] = carried[j]!;
        j--;
      }
      carried[j + 1] = entry;
    }
    scan.carried[i] = carried;
    if (loadPercent(effort, m.capacity) > handOffAbove) {
      const rocks = tasks.filter((t) => t.discipline !== null && t.effort > 0);
      // A giver's hours per discipline when its turn comes are these: nobody over the limit receives, and tries are undone.
      const hoursIn = rocks.map((t) => holdingHours[slot[idIndex.get(t.discipline!)!]!]!);
      scan.sideRocks.set(
        i,
        rocks
          .map((_, k) => k)
          .sort((a, b) => hoursIn[a]! - hoursIn[b]! || rocks[b]!.effort - rocks[a]!.effort || compareText(rocks[a]!.title, rocks[b]!.title))
          .map((k) => rocks[k]!),
      );
    }
    scan.names[i] = m.name;
    scan.capacity[i] = m.capacity;
    scan.totalCapacity += m.capacity;
    const load = memberLoad(m, maxLoad, carried, effort);
    scan.loads[i] = load;
    scan.loadKeys[i] = load.load;
    if (m.skills.length > 0) {
      scan.skillIds = withRoom(scan.skillIds, s + m.skills.length);
      const skillStart = s;
      for (const skill of m.skills) {
        const d = idOf(skill);
        let listed = false;
        for (let k = skillStart; k < s; k++) if (scan.skillIds[k] === d) listed = true;
        if (!listed) scan.skillIds[s++] = d;
      }
    }
    scan.skillStart[i + 1] = s;
  }
  return scan;
}


/** Members in the order of their names, and each member's place in that order. */
interface NameOrder {
  /** Member indexes by name (compareText), equal names by index. */
  order: Int32Array;
  /** Per member: their place in `order`. */
  position: Int32Array;
}

/**
 * The members in order of names (compareText; equal names by index), so hot
 * sorts compare two integers instead of two strings: sorting by (key,
 * position) gives exactly the order a stable sort by (key, compareText) gives.
 */
function nameOrder(memberNames: readonly string[]): NameOrder {
  const n = memberNames.length;
  let order: Int32Array;
  if (n < SORT_NATIVELY_FROM) {
    order = Int32Array.from(memberNames.map((_, i) => i).sort((a, b) => compareText(memberNames[a]!, memberNames[b]!) || a - b));
  } else {
    const names = memberNames.map(sortable);
    const byName = (a: number, b: number): number => names[a]!.localeCompare(names[b]!, 'en') || a - b;
    // Names of spaces, hyphens, digits and ASCII letters (most of them) by a
    // radix sort on their primary weights; the others by localeCompare; then
    // the two merged. A comparator sort of 300,000 names took half a second.
    const plain: number[] = [];
    const other: number[] = [];
    for (let i = 0; i < n; i++) (PLAIN_NAME.test(names[i]!) ? plain : other).push(i);
    const plainOrder = orderPlainNames(plain, names, byName);
    other.sort(byName);
    order = new Int32Array(n);
    let a = 0;
    let b = 0;
    let k = 0;
    while (a < plainOrder.length && b < other.length) order[k++] = byName(plainOrder[a]!, other[b]!) < 0 ? plainOrder[a++]! : other[b++]!;
    while (a < plainOrder.length) order[k++] = plainOrder[a++]!;
    while (b < other.length) order[k++] = other[b++]!;
  }
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p]!] = p;
  return { order, position };
}

/** A name made only of characters whose primary weight compareText knows. */
const PLAIN_NAME = /^[A-Za-z0-9 -]*$/;

/** Digits of the packed sort keys: the primary weights of plain names' characters (collate.ts), and 0 past a name's end, which comes first. */
const PLAIN_RADIX = PRIMARY_WEIGHTS;

/**
 * Plain names (member indexes into `names`) in the order of `byName`: by their
 * primary weights, a few characters at a time packed with the name's place
 * into one double and sorted natively, recursing into runs that agree so far;
 * names equal at the primary level (they differ in case, if at all) by
 * `byName` itself. The first position where two plain names' primary weights
 * differ decides their order (compareText), and a name that ends first comes
 * first.
 */
function orderPlainNames(group: number[], names: readonly string[], byName: (a: number, b: number) => number): number[] {
  const out: number[] = [];
  const sortFrom = (members: number[], from: number): void => {
    if (members.length === 1) {
      out.push(members[0]!);
      return;
    }
    let longest = 0;
    for (const i of members) longest = Math.max(longest, names[i]!.length);
    if (longest <= from) {
      for (const i of members.sort(byName)) out.push(i);
      return;
    }
    // As many characters as fit in a double beside the place in `members`.
    const placeScale = 2 ** Math.ceil(Math.log2(members.length + 1));
    let chars = 0;
    while (PLAIN_RADIX ** (chars + 1) * placeScale <= 2 ** 53) chars++;
    const keys = new Float64Array(members.length);
    for (let j = 0; j < members.length; j++) {
      const name = names[members[j]!]!;
      let weight = 0;
      for (let c = from; c < from + chars; c++) weight = weight * PLAIN_RADIX + (c < name.length ? PRIMARY_WEIGHT[name.charCodeAt(c)]! : 0);
      keys[j] = weight * placeScale + j;
    }
    keys.sort();
    for (let k = 0; k < keys.length; ) {
      const weight = Math.floor(keys[k]! / placeScale);
      let end = k + 1;
      while (end < keys.length && Math.floor(keys[end]! / placeScale) === weight) end++;
      if (end === k + 1) out.push(members[keys[k]! % placeScale]!);
      else {
        const run: number[] = [];
        for (let r = k; r < end; r++) run.push(members[keys[r]! % placeScale]!);
        sortFrom(run, from + chars);
      }
      k = end;
    }
  };
  if (group.length > 0) sortFrom(group, 0);
  return out;
}

/**
 * Discipline ids in name order. Ids are kebab-case ASCII (the schema checks
 * it), where code-unit order is the root collation's ("-" < digits < letters):
 * compareText's answer, without its loop.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `items` ordered by `keys` (one per item), highest first, then by name: what
 * a sort by the comparator `keys[b] - keys[a] || position[a] - position[b]`
 * gives, by a counting sort over the distinct keys (a few hundred loads, a few
 * thousand scores) instead of 5 million comparator calls at 300,000 members.
 * A NaN key (a score of 0 × Infinity) makes that comparator inconsistent, and
 * its result whatever the sort algorithm makes of it: then it is that sort.
 */
function sortedByKeyDesc<T>(items: readonly T[], keys: Float64Array, names: NameOrder): T[] {
  const n = items.length;
  const { order, position } = names;
  const bucketOf = new Map<number, number>(); // from key to provisional bucket (+0 and -0 share one, as they compare equal)
  const distinct: number[] = [];
  const bucket = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (Number.isNaN(key)) {
      return items
        .map((_, k) => k)
        .sort((a, b) => keys[b]! - keys[a]! || position[a]! - position[b]!)
        .map((k) => items[k]!);
    }
    let b = bucketOf.get(key);
    if (b === undefined) {
      b = distinct.push(key) - 1;
      bucketOf.set(key, b);
    }
    bucket[i] = b;
  }
  // Where each bucket starts in the output: buckets by key, highest first.
  const byKey = distinct.map((_, b) => b).sort((a, b) => distinct[b]! - distinct[a]!);
  const count = new Int32Array(distinct.length);
  for (let i = 0; i < n; i++) count[bucket[i]!]!++;
  const next = new Int32Array(distinct.length);
  for (let k = 0, at = 0; k < byKey.length; k++) {
    next[byKey[k]!] = at;
    at += count[byKey[k]!]!;
  }
  const sorted = new Array<T>(n);
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    sorted[next[bucket[i]!]!++] = items[i]!;
  }
  return sorted;
}

export function loadStatus(load: number, maxLoad: number): LoadStatus {
  if (load > maxLoad) return 'overloaded';
  if (load > 100) return 'stretched';
  return 'ok';
}

function memberLoad(m: Member, maxLoad: number, carried: DisciplineEffort[], effort: number): MemberLoad {
  const load = Math.round(loadPercent(effort, m.capacity));
  const { name, role, team, capacity } = m;
  const rounded = round1(effort);
  const tasks = m.tasks.length;
  const status = loadStatus(load, maxLoad);
  // One literal per shape, keys in report order: spreading optional keys in allocated two more objects per member.
  if (role !== undefined) {
    if (team !== undefined) return { name, role, team, capacity, effort: rounded, load, tasks, disciplines: carried, status };
    return { name, role, capacity, effort: rounded, load, tasks, disciplines: carried, status };
  }
  if (team !== undefined) return { name, team, capacity, effort: rounded, load, tasks, disciplines: carried, status };
  return { name, capacity, effort: rounded, load, tasks, disciplines: carried, status };
}

function coverage(org: Org, scan: TaskScan, names: NameOrder): DisciplineCoverage[] {
  // Owners in name order: the members once in name order, not one sort per discipline.
  const { holdingStart, holdingIds } = scan;
  const { order } = names;
  const ownerNames: string[][] = scan.ids.map(() => []);
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    // Every member with a task in a discipline owns it; a member's holdings list each discipline once.
    const name = scan.names[i]!;
    for (let k = holdingStart[i]!; k < holdingStart[i + 1]!; k++) ownerNames[holdingIds[k]!]!.push(name);
  }
  const total = scan.classifiedEffort;
  const required = new Set(org.policy.required);
  const statusOrder: Record<CoverageStatus, number> = { gap: 0, thin: 1, unowned: 2, covered: 3 };
  return org.disciplines
    .map((d): DisciplineCoverage => {
      const k = scan.idIndex.get(d.id);
      const owners = k === undefined ? [] : ownerNames[k]!;
      const isRequired = required.has(d.id);
      const status: CoverageStatus =
        owners.length === 0 ? (isRequired ? 'gap' : 'unowned') : owners.length < Math.max(2, isRequired ? org.policy.minOwners : 2) ? 'thin' : 'covered';
      const effort = k === undefined ? 0 : scan.effortById[k]!;
      return {
        id: d.id,
        name: d.name,
        required: isRequired,
        owners,
        effort: round1(effort),
        share: total > 0 ? round1((effort / total) * 100) : 0,
        status,
        role: d.role,
      };
    })
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || Number(b.required) - Number(a.required) || b.effort - a.effort);
}
/** Lower-case words joined by single spaces, padded, so phrases match on word boundaries. */
function wordString(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function missingDeliverables(org: Org): MissingDeliverable[] {
  const required = new Set(org.policy.required);
  // A deliverable is mentioned when the words of one of its phrases, or those
  // words with an "s" on the last, appear in a row in a task's words. Phrases
  // are looked up by their first word while walking each task's words once,
  // until every deliverable is met.
  const deliverables: { discipline: string; name: string; met: boolean }[] = [];
  const byFirst = new Map<string, { words: string[]; of: number[] }[]>();
  const metByNoWords: number[] = []; // deliverables with a phrase of no words: met by a task of no words
  const addPhrase = (words: string[], of: number): void => {
    let list = byFirst.get(words[0]!);
    if (!list) byFirst.set(words[0]!, (list = []));
    const key = words.join(' ');
    const same = list.find((p) => p.words.join(' ') === key);
    if (same) same.of.push(of);
    else list.push({ words, of: [of] });
  };
  for (const d of org.disciplines) {
    if (!required.has(d.id)) continue;
    for (const deliverable of d.deliverables) {
      const index = deliverables.push({ discipline: d.id, name: deliverable.name, met: false }) - 1;
      for (const p of deliverable.mentions) {
        const words = phraseWords(p);
        if (words.length === 0) {
          metByNoWords.push(index);
          addPhrase(['s'], index);
        } else {
          addPhrase(words, index);
          addPhrase([...words.slice(0, -1), `${words.at(-1)}s`], index);
        }
      }
    }
  }
  let unmet = deliverables.length;
  const meet = (of: readonly number[]): void => {
    for (const i of of) {
      if (deliverables[i]!.met) continue;
      deliverables[i]!.met = true;
      unmet--;
    }
  };
  const scanned = new Set<string>();
  // Most tasks mention no phrase of the unmet deliverables (in the bench org,
  // some are never met, so every task is looked at): a filter rules them out
  // cheaply, and only the rest have their words walked. Rebuilt as
  // deliverables are met, so that it only looks for what is still missing.
  let filter: PhraseFilter = NO_PHRASES;
  let unmetAtBuild = -1;
  const mayMention = (t: Task): boolean => {
    if (unmet !== unmetAtBuild) {
      const pending: string[][] = [];
      for (const candidates of byFirst.values()) for (const p of candidates) if (p.of.some((i) => !deliverables[i]!.met)) pending.push(p.words);
      filter = phraseFilter(pending);
      unmetAtBuild = unmet;
    }
    return filter.mayMention(t);
  };
  const noWordsPending = (): boolean => metByNoWords.some((i) => !deliverables[i]!.met);
  const scan = (t: Task): void => {
    if (!mayMention(t) && !(metByNoWords.length > 0 && noWordsPending())) return;
    const text = taskText(t);
    if (scanned.has(text)) return; // a recurring rock says nothing new
    scanned.add(text);
    const words = phraseWords(text);
    if (words.length === 0) meet(metByNoWords);
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (i + phrase.words.length > words.length) continue;
        let k = 1;
        while (k < phrase.words.length && words[i + k] === phrase.words[k]) k++;
        if (k === phrase.words.length) meet(phrase.of);
      }
    }
  };
  for (const m of org.members) {
    if (unmet === 0) break;
    for (const t of m.tasks) scan(t);
  }
  for (const t of org.unassigned) {
    if (unmet === 0) break;
    scan(t);
  }
  return deliverables.filter((d) => !d.met).map((d) => ({ discipline: d.discipline, deliverable: d.name }));
}

/** What the deliverable search reads of a task: its title and tags. */
function taskText(t: Task): string {
  return t.tags.length ? `${t.title} ${t.tags.join(' ')}` : t.title;
}

/** Lets through every task that mentions one of some phrases, and few others. */
interface PhraseFilter {
  mayMention(t: Task): boolean;
}

const NO_PHRASES: PhraseFilter = { mayMention: () => false };

/** A filter for `phrases` (each as its words). */
function phraseFilter(phrases: readonly (readonly string[])[]): PhraseFilter {
  if (phrases.length === 0) return NO_PHRASES;
  if (phrases.every((words) => words.every((w) => /^[a-z0-9]+$/.test(w)))) return new AsciiPhraseFilter(phrases);
  // The words of a phrase a task mentions are in its lower-cased text, one
  // after another with something other than a letter or digit between them.
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(phrases.map((words) => words.map(escape).join('[^\\p{L}\\p{N}]+')).join('|'), 'u');
  return { mayMention: (t) => pattern.test(taskText(t).toLowerCase()) };
}

/** The characters beyond ASCII whose lower case holds an ASCII character: "\u0130" (to "i" and a dot) and the Kelvin sign (to "k"). */
const DOTTED_CAPITAL_I = 0x130;
const KELVIN_SIGN = 0x212a;
export const LOWER_CASED_TO_ASCII = String.fromCharCode(DOTTED_CAPITAL_I, KELVIN_SIGN);

/** A hash of a word of ASCII letters (lower case) and digits, as AsciiPhraseFilter reads it from a text. */
function hashWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

/**
 * Rules out tasks that cannot mention any of some phrases of ASCII words,
 * without building, lower-casing or splitting their text (a regex over the
 * text took half a second at 300,000 members): the words of the title and
 * tags are hashed as they are read, ASCII letters lower-cased and anything
 * else ending a word, and looked up by first word. The ASCII words of the
 * lower-cased text are read here whole and in the same sequence (what lies
 * between two of them is no ASCII letter or digit, and ends a word here too),
 * except where a character beyond ASCII lower-cases to ASCII: a task holding
 * one passes (test/scale/deliverables-equivalence.test.ts checks there are no
 * others). So a task mentioning a phrase always passes; hashes that collide
 * only let a task through to the exact search.
 */
class AsciiPhraseFilter implements PhraseFilter {
  /** Phrases as the hashes of their words, by the hash of the first; and the low bits of those first hashes, for a quick no. */
  private readonly byFirst = new Map<number, number[][]>();
  private readonly firstBits = new Uint8Array(1 << 12);
  /** The hashes of the words of the task being read. */
  private words = new Int32Array(64);
  private count = 0;

  constructor(phrases: readonly (readonly string[])[]) {
    for (const words of phrases) {
      const hashes = words.map((word) => hashWord(word));
      const first = hashes[0]!;
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push(hashes);
      this.firstBits[first & 0xfff] = 1;
    }
  }

  mayMention(t: Task): boolean {
    this.count = 0;
    if (!this.read(t.title)) return true;
    for (const tag of t.tags) if (!this.read(tag)) return true;
    const { words, count, firstBits } = this;
    for (let w = 0; w < count; w++) {
      const first = words[w]!;
      if (firstBits[first & 0xfff] === 0) continue;
      const phrases = this.byFirst.get(first);
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (w + phrase.length > count) continue;
        let k = 1;
        while (k < phrase.length && words[w + k] === phrase[k]) k++;
        if (k === phrase.length) return true;
      }
    }
    return false;
  }

  /** Adds the hashes of the words of `text`; false when it holds a character beyond ASCII that lower-cases to ASCII. */
  private read(text: string): boolean {
    let hash = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        hash = (Math.imul(hash, 31) + c) | 0;
        inWord = true;
        continue;
      }
      if (c === DOTTED_CAPITAL_I || c === KELVIN_SIGN) return false;
      if (inWord) {
        this.add(hash);
        hash = 0;
        inWord = false;
      }
    }
    if (inWord) this.add(hash);
    return true;
  }

  private add(hash: number): void {
    this.words = withRoom(this.words, this.count + 1);
    this.words[this.count++] = hash;
  }
}

/**
 * The lower-case words of a text, as `wordString` delimits them. ASCII text
 * (after lower-casing) is split by a loop over its characters, where \p{L} and
 * \p{N} are [a-z] and [0-9]; so is text whose only other characters are the
 * dashes, quotes and ellipsis of U+2010–U+2027 (separators: none is a letter
 * or a digit), common in titles ("Roadmap — Q3"). Anything else goes through
 * `wordString`, whose Unicode regex costs about 1.5 ms to compile on first use.
 */
function phraseWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 && (c < 0x2010 || c > 0x2027)) return slowPhraseWords(text);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

function slowPhraseWords(text: string): string[] {
  const words = wordString(text).trim();
  return words === '' ? [] : words.split(' ');
}

// ---------------------------------------------------------------- unicorn risk

/** Effective number of disciplines (Hill number of order 1): a token task adds little. */
export function effectiveSpan(efforts: readonly number[]): number {
  const total = efforts.reduce((s, e) => s + e, 0);
  if (total <= 0) return efforts.length > 0 ? 1 : 0;
  let entropy = 0;
  for (const e of efforts) {
    if (e <= 0) continue;
    const p = e / total;
    entropy -= p * Math.log(p);
  }
  return Math.exp(entropy);
}

export function unicornScore(span: number, load: number, soleOwned: number): number {
  return round1(span * Math.max(1, load / 100) + 0.5 * soleOwned);
}

export function riskLevel(score: number, maxUnicornScore: number): RiskLevel {
  if (score > maxUnicornScore) return 'high';
  if (score > maxUnicornScore * 0.7) return 'medium';
  return 'low';
}


/** The disciplines exactly one member has a task in. */
function soleOwnedIds(scan: TaskScan): Set<string> {
  const sole = new Set<string>();
  scan.owners.forEach((owners, k) => {
    if (owners.length === 1) sole.add(scan.ids[k]!);
  });
  return sole;
}

/** effectiveSpan of the members' hours per discipline, whose sum (in the same order) is `total`. */
function spanOf(carried: readonly DisciplineEffort[], total: number): number {
  if (total <= 0) return carried.length > 0 ? 1 : 0;
  let entropy = 0;
  for (const { effort: e } of carried) {
    if (e <= 0) continue;
    const p = e / total;
    entropy -= p * Math.log(p);
  }
  return Math.exp(entropy);
}

function unicornRisk(scan: TaskScan, soleOwned: Set<string>, maxUnicornScore: number, i: number): UnicornRisk {
  const carried = scan.carried[i]!;
  const disciplines = new Array<string>(carried.length);
  const soleOwnerOf: string[] = [];
  let total = 0;
  for (let k = 0; k < carried.length; k++) {
    const { id, effort } = carried[k]!;
    disciplines[k] = id;
    total += effort;
    if (soleOwned.has(id)) soleOwnerOf.push(id);
  }
  const span = spanOf(carried, total);
  const load = Math.round(loadPercent(total + scan.unclassifiedEffort[i]!, scan.capacity[i]!));
  const score = unicornScore(span, load, soleOwnerOf.length);
  return {
    name: scan.names[i]!,
    span: round1(span),
    disciplines,
    soleOwnerOf,
    load,
    score,
    level: riskLevel(score, maxUnicornScore),
  };
}

/**
 * The smallest set of people whose departure leaves more than half of the
 * required disciplines without an owner; among equals, the set that leaves the
 * most disciplines ownerless. Exact for up to 16 owned required disciplines
 * (it enumerates subsets of disciplines, which are few, not of people).
 */
function truckFactor(org: Org, scan: TaskScan, names: NameOrder): TruckFactor {
  const ownersOf = (id: string): number[] | undefined => {
    const k = scan.idIndex.get(id);
    return k === undefined ? undefined : scan.owners[k];
  };
  const required = org.policy.required.filter((id) => (ownersOf(id)?.length ?? 0) > 0);
  const alreadyGap = org.policy.required.length - required.length;
  const need = Math.floor(org.policy.required.length / 2) + 1 - alreadyGap;
  if (org.policy.required.length === 0 || required.length === 0) return { people: null, members: [], disciplines: [] };
  if (need <= 0) return { people: 0, members: [], disciplines: [] };
  if (required.length > 16 || need > required.length) return { people: null, members: [], disciplines: [] };
  // Each owner as the bit set of the required disciplines they carry; the
  // people a set S of disciplines loses are those whose bits meet S, counted
  // for every S at once by a sum over subsets (n · 2^n, not people · 2^n).
  const n = required.length;
  const full = (1 << n) - 1;
  const bitsOf = new Int32Array(org.members.length); // member → required disciplines they carry
  required.forEach((id, i) => {
    for (const p of ownersOf(id)!) bitsOf[p]! |= 1 << i;
  });
  const within = new Float64Array(1 << n); // within[X]: owners whose bits are a subset of X
  for (const bits of bitsOf) if (bits !== 0) within[bits]!++;
  for (let i = 0; i < n; i++) for (let x = 0; x <= full; x++) if (x & (1 << i)) within[x]! += within[x ^ (1 << i)]!;
  let best: { mask: number; size: number; count: number } | undefined;
  for (let mask = 1; mask <= full; mask++) {
    let bits = 0;
    for (let x = mask; x; x &= x - 1) bits++;
    if (bits < need) continue;
    const size = within[full]! - within[full & ~mask]!;
    if (!best || size < best.size || (size === best.size && bits > best.count)) best = { mask, size, count: bits };
  }
  if (!best) return { people: null, members: [], disciplines: [] };
  const chosen = best.mask;
  // In name order: the members walked in that order, not a sort of the (often many) names.
  const members: string[] = [];
  for (const p of names.order) if (bitsOf[p]! & chosen) members.push(scan.names[p]!);
  return {
    people: best.size,
    members,
    disciplines: required.filter((_, i) => chosen & (1 << i)),
  };
}

// ---------------------------------------------------------------- handoffs

/**
 * Each member's hours per discipline (by number) as the plan changes them, in
 * the order the disciplines were first carried (riskOf sums them in that
 * order), and whether the member owns each. The plan touches few members:
 * the rest read the scan's flat arrays (where a member owns what they have
 * hours in), and a member's first change copies theirs into lists of their
 * own. A Map per member cost 300,000 Maps.
 */
class Holdings {
  private readonly own = new Map<number, { ids: number[]; hours: number[]; owner: boolean[] }>();
  constructor(private readonly scan: TaskScan) {}

  /** Where member i's entries are: in their own lists, or in the scan's arrays from `start` to `end`. */
  entries(i: number): { ids: ArrayLike<number>; hours: ArrayLike<number>; start: number; end: number } {
    const own = this.own.get(i);
    if (own) return { ids: own.ids, hours: own.hours, start: 0, end: own.ids.length };
    return { ids: this.scan.holdingIds, hours: this.scan.holdingHours, start: this.scan.holdingStart[i]!, end: this.scan.holdingStart[i + 1]! };
  }

  /** Hours member i carries in discipline d; 0 when none. */
  hours(i: number, d: number): number {
    const own = this.own.get(i);
    if (own) {
      const k = own.ids.indexOf(d);
      return k < 0 ? 0 : own.hours[k]!;
    }
    const { holdingIds, holdingHours, holdingStart } = this.scan;
    for (let k = holdingStart[i]!, end = holdingStart[i + 1]!; k < end; k++) if (holdingIds[k] === d) return holdingHours[k]!;
    return 0;
  }

  isOwner(i: number, d: number): boolean {
    const own = this.own.get(i);
    if (own) {
      const k = own.ids.indexOf(d);
      return k >= 0 && own.owner[k]!;
    }
    return this.hours(i, d) > 0; // hours are never negative: some task in d has hours
  }

  /** Sets member i's hours and ownership in d, adding d after the disciplines they carry when new to them. */
  set(i: number, d: number, hours: number, owner: boolean): void {
    let own = this.own.get(i);
    if (!own) {
      const { holdingIds, holdingHours, holdingStart } = this.scan;
      own = { ids: [], hours: [], owner: [] };
      for (let k = holdingStart[i]!, end = holdingStart[i + 1]!; k < end; k++) {
        own.ids.push(holdingIds[k]!);
        own.hours.push(holdingHours[k]!);
        own.owner.push(holdingHours[k]! > 0);
      }
      this.own.set(i, own);
    }
    const k = own.ids.indexOf(d);
    if (k >= 0) {
      own.hours[k] = hours;
      own.owner[k] = owner;
    } else {
      own.ids.push(d);
      own.hours.push(hours);
      own.owner.push(owner);
    }
  }
}

interface PlanState {
  /** Per member (by index into org.members): hours carried. */
  effort: Float64Array;
  capacity: Float64Array;
  holdings: Holdings;
  /** Per member: the disciplines (by number) they list as skills, once each: member i's from skillStart[i] up to skillStart[i + 1]. */
  skillStart: Int32Array;
  skillIds: Int32Array;
  /** Per discipline number: how many members own it. */
  ownerCount: number[];
  /** Per discipline number: the members with a task in it at the start, and those who became owners since; its owners are among them. */
  firstOwners: number[][];
  gainedOwners: Set<number>[];
}

function hasSkill(state: PlanState, i: number, d: number): boolean {
  for (let k = state.skillStart[i]!, end = state.skillStart[i + 1]!; k < end; k++) if (state.skillIds[k] === d) return true;
  return false;
}

/** The members who own discipline d (asked only when they are two or fewer). */
function ownersOf(state: PlanState, d: number): Set<number> {
  const owners = new Set<number>();
  for (const i of state.firstOwners[d] ?? []) if (state.holdings.isOwner(i, d)) owners.add(i);
  for (const i of state.gainedOwners[d]!) if (state.holdings.isOwner(i, d)) owners.add(i);
  return owners;
}

/** Sets member i's hours and ownership in d, keeping the owner counts. */
function putHolding(state: PlanState, i: number, d: number, hours: number, owner: boolean): void {
  const was = state.holdings.isOwner(i, d);
  state.holdings.set(i, d, hours, owner);
  if (owner && !was) {
    state.ownerCount[d]!++;
    state.gainedOwners[d]!.add(i);
  } else if (!owner && was) state.ownerCount[d]!--;
}

function loadOf(state: PlanState, i: number): number {
  return loadPercent(state.effort[i]!, state.capacity[i]!);
}

function riskOf(state: PlanState, i: number, maxUnicornScore: number): RiskLevel {
  const { ids, hours, start, end } = state.holdings.entries(i);
  const efforts: number[] = [];
  let sole = 0;
  for (let k = start; k < end; k++) {
    const e = hours[k]!;
    if (e <= EPSILON) continue;
    efforts.push(e);
    if (state.ownerCount[ids[k]!] === 1) sole++;
  }
  return riskLevel(unicornScore(effectiveSpan(efforts), Math.round(loadOf(state, i)), sole), maxUnicornScore);
}

const EPSILON = 1e-9;

/**
 * Moves `effort` of discipline `d` between members (-1 = outside the org) and
 * returns an undo that restores every value exactly (subtracting again could
 * leave hours a float apart: 7.5 + 7 − 7 ≠ 7.5).
 */
function move(state: PlanState, d: number, effort: number, from: number, to: number): () => void {
  const { holdings } = state;
  const saved = [from, to].map((i) => (i < 0 ? undefined : { i, effort: state.effort[i]!, carried: holdings.hours(i, d), owner: holdings.isOwner(i, d) }));
  const shift = (i: number, delta: number): void => {
    if (i < 0) return;
    state.effort[i] = state.effort[i]! + delta;
    const carried = holdings.hours(i, d) + delta;
    putHolding(state, i, d, carried, carried > EPSILON);
  };
  shift(from, -effort);
  shift(to, effort);
  return () => {
    for (const s of saved.reverse()) {
      if (!s) continue;
      state.effort[s.i] = s.effort;
      putHolding(state, s.i, d, s.carried, s.owner);
    }
  };
}

/** A binary min-heap of numbers. */
class MinHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): number | undefined {
    return this.items[0];
  }
  push(item: number): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!(item < items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && items[child + 1]! < items[child]!) child++;
      if (!(items[child]! < last)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * The members of one capacity who may receive one discipline, bucketed by the
 * hours they carry: per bucket a heap of their places in name order; across
 * buckets a heap of the distinct hours. Entries go stale when a member's hours
 * change (they then sit in another bucket too) and are dropped when met.
 */
class CapacityGroup {
  readonly buckets = new Map<number, MinHeap>();
  readonly efforts = new MinHeap();
  /** Hours present in `efforts`, so each is there once. */
  readonly listed = new Set<number>();

  insert(place: number, effort: number): void {
    let bucket = this.buckets.get(effort);
    if (!bucket) this.buckets.set(effort, (bucket = new MinHeap()));
    bucket.push(place);
    this.list(effort);
  }

  list(effort: number): void {
    if (this.listed.has(effort)) return;
    this.listed.add(effort);
    this.efforts.push(effort);
  }
}

/**
 * Who can take a task of a discipline, best first, without scanning the org.
 * For one capacity, load after a move grows with hours carried, so the hours
 * buckets of a capacity group, smallest first, yield candidates in load order
 * (two neighbouring buckets may round to the same load: they are merged by
 * name) and stop at the first bucket over the ceiling; a merge across the
 * capacities gives exactly the order of a full sort by (load after the move,
 * name, org order).
 */
class ReceiverIndex {
  /** Per discipline number: capacity to group. */
  private readonly groups: (Map<number, CapacityGroup> | undefined)[] = [];
  /** Per member whose candidacies changed: the disciplines whose groups hold them (the others: what they carried or listed as skills at the start). */
  private readonly indexed = new Map<number, Set<number>>();
  private readonly seen: Int32Array;
  private query = 0;

  constructor(
    private readonly state: PlanState,
    private readonly scan: TaskScan,
    private readonly names: NameOrder,
  ) {
    const n = names.order.length;
    this.seen = new Int32Array(n);
    // Filed in name order, each bucket's heap only ever grows at its end.
    const { holdingIds, holdingStart } = scan;
    const { skillIds, skillStart } = state;
    for (let place = 0; place < n; place++) {
      const i = names.order[place]!;
      const capacity = state.capacity[i]!;
      const effort = state.effort[i]!;
      const carriedFrom = holdingStart[i]!;
      const carriedTo = holdingStart[i + 1]!;
      for (let k = carriedFrom; k < carriedTo; k++) this.groupFor(holdingIds[k]!, capacity).insert(place, effort);
      for (let k = skillStart[i]!; k < skillStart[i + 1]!; k++) {
        const d = skillIds[k]!;
        let carried = false;
        for (let c = carriedFrom; c < carriedTo; c++) if (holdingIds[c] === d) carried = true;
        if (!carried) this.groupFor(d, capacity).insert(place, effort);
      }
    }
  }

  /** What member i was a candidate for at the start: the disciplines they carried, then their other skills. */
  private initiallyIndexed(i: number): number[] {
    const { holdingIds, holdingStart } = this.scan;
    const ds: number[] = [];
    for (let k = holdingStart[i]!; k < holdingStart[i + 1]!; k++) ds.push(holdingIds[k]!);
    const carriedCount = ds.length;
    for (let k = this.state.skillStart[i]!; k < this.state.skillStart[i + 1]!; k++) {
      const d = this.state.skillIds[k]!;
      let known = false;
      for (let j = 0; j < carriedCount; j++) if (ds[j] === d) known = true;
      if (!known) ds.push(d);
    }
    return ds;
  }

  private indexedOf(member: number): Set<number> {
    let set = this.indexed.get(member);
    if (!set) this.indexed.set(member, (set = new Set(this.initiallyIndexed(member))));
    return set;
  }

  /** Makes `member` a candidate for discipline `d` (idempotent). */
  add(member: number, d: number): void {
    const set = this.indexedOf(member);
    if (set.has(d)) return;
    set.add(d);
    this.groupFor(d, this.state.capacity[member]!).insert(this.names.position[member]!, this.state.effort[member]!);
  }

  /** Re-files `member` after their hours changed. */
  update(member: number): void {
    const effort = this.state.effort[member]!;
    const place = this.names.position[member]!;
    for (const d of this.indexedOf(member)) this.groupFor(d, this.state.capacity[member]!).insert(place, effort);
  }

  private groupFor(d: number, capacity: number): CapacityGroup {
    let byCapacity = this.groups[d];
    if (!byCapacity) this.groups[d] = byCapacity = new Map();
    let group = byCapacity.get(capacity);
    if (!group) byCapacity.set(capacity, (group = new CapacityGroup()));
    return group;
  }

  /**
   * The first member, in order of load after taking `effort` hours and then
   * name, who can receive discipline `d`, is not `from`, stays at or under
   * `ceiling` and passes `accept`; -1 when there is none.
   */
  find(d: number, effort: number, from: number, ceiling: number, canReceive: (member: number) => boolean, accept: (member: number) => boolean): number {
    const byCapacity = this.groups[d];
    if (!byCapacity) return -1;
    const query = ++this.query;
    const { state, seen } = this;
    const { order, position } = this.names;

    interface Cursor {
      group: CapacityGroup;
      capacity: number;
      /** The buckets of the current run (same load), and the hours taken out of `efforts`. */
      run: { effort: number; bucket: MinHeap }[];
      poppedEfforts: number[];
      taken: { bucket: MinHeap; effort: number; place: number }[];
      head: number;
      load: number;
      done: boolean;
    }
    const loadAt = (c: Cursor, hours: number): number => loadPercent(hours + effort, c.capacity);

    /** The next candidate of the current run, by name; -1 when the run is spent. */
    const nextInRun = (c: Cursor): number => {
      for (;;) {
        let best: { effort: number; bucket: MinHeap } | undefined;
        let bestPlace = 0;
        for (const r of c.run) {
          const top = r.bucket.peek();
          if (top === undefined) continue;
          if (!best || top < bestPlace) {
            best = r;
            bestPlace = top;
          }
        }
        if (!best) return -1;
        const place = best.bucket.pop()!;
        const member = order[place]!;
        if (state.effort[member] !== best.effort) continue; // stale: filed under other hours now
        if (seen[member] === query) {
          c.taken.push({ bucket: best.bucket, effort: best.effort, place });
          continue;
        }
        if (!canReceive(member)) {
          this.indexedOf(member).delete(d); // can never receive it again: that only comes with a move to them
          continue;
        }
        seen[member] = query;
        c.taken.push({ bucket: best.bucket, effort: best.effort, place });
        if (member === from) continue;
        return member;
      }
    };

    /** Starts the next run: the smallest hours under the ceiling, with any next hours of equal load. */
    const nextRun = (c: Cursor): void => {
      c.run = [];
      const { group } = c;
      const take = (): number | undefined => {
        for (;;) {
          const hours = group.efforts.peek();
          if (hours === undefined) return undefined;
          const bucket = group.buckets.get(hours);
          if (bucket && bucket.size > 0) return hours;
          group.efforts.pop();
          group.listed.delete(hours);
          group.buckets.delete(hours);
        }
      };
      const first = take();
      if (first === undefined || !(loadAt(c, first) <= ceiling + 1e-9)) {
        c.done = true;
        return;
      }
      c.load = loadAt(c, first);
      for (let hours: number | undefined = first; hours !== undefined && loadAt(c, hours) === c.load; hours = take()) {
        group.efforts.pop();
        group.listed.delete(hours);
        c.poppedEfforts.push(hours);
        c.run.push({ effort: hours, bucket: group.buckets.get(hours)! });
      }
    };

    const cursors: Cursor[] = [];
    for (const [capacity, group] of byCapacity) {
      const c: Cursor = { group, capacity, run: [], poppedEfforts: [], taken: [], head: -1, load: 0, done: false };
      cursors.push(c);
    }
    const advance = (c: Cursor): void => {
      for (;;) {
        if (c.run.length === 0) nextRun(c);
        if (c.done) return;
        c.head = nextInRun(c);
        if (c.head >= 0) return;
        c.run = [];
      }
    };
    for (const c of cursors) advance(c);

    let found = -1;
    for (;;) {
      let best: Cursor | undefined;
      for (const c of cursors) {
        if (c.done) continue;
        if (!best || c.load < best.load || (c.load === best.load && position[c.head]! < position[best.head]!)) best = c;
      }
      if (!best) break;
      if (accept(best.head)) {
        found = best.head;
        break;
      }
      advance(best);
    }

    // Put back what was taken out: each member once, if still filed under those hours; then the hours.
    const restored = ++this.query;
    for (const c of cursors) {
      for (const t of c.taken) {
        const member = order[t.place]!;
        if (state.effort[member] !== t.effort || seen[member] === restored) continue;
        seen[member] = restored;
        t.bucket.push(t.place);
      }
      for (const hours of c.poppedEfforts) {
        const bucket = c.group.buckets.get(hours);
        if (bucket && bucket.size > 0) c.group.list(hours);
        else c.group.buckets.delete(hours);
      }
    }
    return found;
  }
}

/**
 * Greedy plan: the most loaded member over 100 % first hands side rocks
 * (disciplines they spend least on) to members who already work in the
 * discipline or list it as a skill and stay at or under 100 % and under the
 * giver's load. A move that would turn anyone into a high-risk unicorn is
 * skipped. What cannot move goes to a role to open.
 */
export function planHandoffs(org: Org): { handoffs: Handoff[]; rolesToOpen: RoleToOpen[] } {
  const scan = scanTasks(org);
  return planWithOrder(org, nameOrder(scan.names), scan);
}

/** The plan, from the scan of the members' tasks (which it reads, never changes). */
function planWithOrder(org: Org, names: NameOrder, scan: TaskScan): { handoffs: Handoff[]; rolesToOpen: RoleToOpen[] } {
  const { maxUnicornScore, maxLoad } = org.policy;
  const limit = Math.min(100, maxLoad);
  const n = org.members.length;
  // Discipline numbers: the scan's (tasks and skills), then unassigned rocks' in disciplines no member has.
  const idIndex = new Map(scan.idIndex);
  const idOf = (id: string): number => {
    let k = idIndex.get(id);
    if (k === undefined) idIndex.set(id, (k = idIndex.size));
    return k;
  };
  for (const t of org.unassigned) if (t.discipline) idOf(t.discipline);
  const disciplineCount = idIndex.size;
  const state: PlanState = {
    effort: scan.effort.slice(),
    capacity: scan.capacity,
    holdings: new Holdings(scan),
    skillStart: scan.skillStart,
    skillIds: scan.skillIds,
    ownerCount: new Array<number>(disciplineCount).fill(0),
    firstOwners: scan.owners,
    gainedOwners: Array.from({ length: disciplineCount }, () => new Set<number>()),
  };
  for (let k = 0; k < scan.holdingStart[n]!; k++) if (scan.holdingHours[k]! > 0) state.ownerCount[scan.holdingIds[k]!]!++;
  const memberNames = scan.names;
  const { position } = names;
  const roleOf = new Map(org.disciplines.map((d) => [d.id, d.role]));
  const handoffs: Handoff[] = [];
  const index = new ReceiverIndex(state, scan, names);

  const canReceive = (d: number) => (i: number): boolean => state.holdings.hours(i, d) > EPSILON || hasSkill(state, i, d);

  const keepsRiskDown = (d: number, effort: number, from: number) => (to: number): boolean => {
    // Only these can change level: the two parties, and an owner who may become the last one.
    const affected = new Set<number>([to]);
    if (from >= 0) affected.add(from);
    if (state.ownerCount[d]! <= 2) for (const o of ownersOf(state, d)) affected.add(o);
    const before = new Map([...affected].map((m) => [m, riskOf(state, m, maxUnicornScore)]));
    const undo = move(state, d, effort, from, to);
    const after = new Map([...affected].map((m) => [m, riskOf(state, m, maxUnicornScore)]));
    undo();
    for (const m of affected) if (after.get(m) === 'high' && before.get(m) !== 'high') return false;
    return true;
  };

  /**
   * True when handing this rock away would make the giver a high-risk unicorn
   * whoever takes it: with three or more owners of the discipline, nobody's
   * sole ownership changes, so the giver's risk after the move does not depend
   * on the receiver, and every receiver would be refused. Saves trying them all.
   */
  const giverTurnsHigh = (d: number, effort: number, from: number): boolean => {
    if (state.ownerCount[d]! < 3) return false;
    const before = riskOf(state, from, maxUnicornScore);
    if (before === 'high') return false;
    const undo = move(state, d, effort, from, -1);
    const after = riskOf(state, from, maxUnicornScore);
    undo();
    return after === 'high';
  };

  const commit = (d: number, effort: number, from: number, to: number): void => {
    move(state, d, effort, from, to);
    if (from >= 0) index.update(from);
    if (to >= 0) {
      index.add(to, d);
      index.update(to);
    }
  };

  const overloaded: number[] = [];
  for (let i = 0; i < n; i++) if (loadOf(state, i) > limit) overloaded.push(i);
  overloaded.sort((a, b) => loadOf(state, b) - loadOf(state, a) || position[a]! - position[b]!);
  const pendingRoles: { task: Task; from: number }[] = [];
  for (const g of overloaded) {
    for (const task of scan.sideRocks.get(g)!) {
      const before = loadOf(state, g);
      if (before <= limit) break;
      const ceiling = Math.min(limit, before);
      const d = idOf(task.discipline!);
      const to = giverTurnsHigh(d, task.effort, g) ? -1 : index.find(d, task.effort, g, ceiling, canReceive(d), keepsRiskDown(d, task.effort, g));
      if (to < 0) {
        pendingRoles.push({ task, from: g });
        continue;
      }
      const toBefore = loadOf(state, to);
      commit(d, task.effort, g, to);
      handoffs.push({
        task: task.title,
        discipline: task.discipline!,
        effort: task.effort,
        from: memberNames[g]!,
        to: memberNames[to]!,
        fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, g)) },
        toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) },
      });
    }
  }
  // Whoever is still over the limit sheds side rocks to new roles until back under it.
  for (const { task, from } of pendingRoles) {
    const before = loadOf(state, from);
    if (before <= limit) continue;
    commit(idOf(task.discipline!), task.effort, from, -1);
    handoffs.push({
      task: task.title,
      discipline: task.discipline!,
      effort: task.effort,
      from: memberNames[from]!,
      to: null,
      role: roleOf.get(task.discipline!)!,
      fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, from)) },
    });
  }
  // Rocks on the ground: someone with the discipline and room (at most 100% after), the least loaded first.
  for (const task of org.unassigned) {
    const id = task.discipline;
    if (!id) continue;
    const d = idOf(id);
    const to = index.find(d, task.effort, -1, limit, canReceive(d), keepsRiskDown(d, task.effort, -1));
    if (to >= 0) {
      const toBefore = loadOf(state, to);
      commit(d, task.effort, -1, to);
      handoffs.push({ task: task.title, discipline: id, effort: task.effort, from: null, to: memberNames[to]!, toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) } });
    } else {
      handoffs.push({ task: task.title, discipline: id, effort: task.effort, from: null, to: null, role: roleOf.get(id)! });
    }
  }

  const roles = new Map<string, RoleToOpen>();
  for (const h of handoffs) {
    if (h.to !== null) continue;
    const r = roles.get(h.discipline) ?? { discipline: h.discipline, role: h.role!, hours: 0, tasks: 0 };
    r.hours = round1(r.hours + h.effort);
    r.tasks++;
    roles.set(h.discipline, r);
  }
  return { handoffs, rolesToOpen: [...roles.values()].sort((a, b) => b.hours - a.hours || compareIds(a.discipline, b.discipline)) };
}

