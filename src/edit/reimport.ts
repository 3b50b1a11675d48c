/**
 * Importing again into org files that exist: the imported rocks (those with a
 * tracker link) are updated where they are, moved when the tracker moved
 * them, added under their member, and removed when the export no longer has
 * them (done, or deleted). Members, capacities, comments, and rocks written by
 * hand stay byte for byte: every change is a splice (yaml-splice.ts).
 */
import type { DraftMember, DraftRock, ImportedOrg } from '../import/assemble.js';
import { rockValue } from '../import/render.js';
import { YamlEditor, type EditPath } from './yaml-splice.js';

export interface OrgText {
  file: string;
  text: string;
}

export interface ReimportCounts {
  updated: number;
  unchanged: number;
  added: number;
  moved: number;
  removed: number;
  /** Rocks with no tracker link, or a link to another project: kept as written. */
  kept: number;
  membersAdded: number;
}

export interface ReimportResult {
  /** The new text of every file that changed. */
  changed: OrgText[];
  counts: ReimportCounts;
}

interface ExistingRock {
  doc: Doc;
  /** Written as a plain string (a title only). */
  plain: boolean;
  list: EditPath;
  index: number;
  owner: string | null;
  value: Record<string, unknown>;
}

interface Doc {
  file: string;
  editor: YamlEditor;
  data: { team?: unknown; org?: unknown; members?: unknown; unassigned?: unknown };
}

interface ExistingMember {
  doc: Doc;
  index: number;
  name: string;
  team?: string;
}

/**
 * What a link's tracker project is (`PAY` for PAY-12, `acme/shop` for a GitHub
 * issue): a rock is removed for being absent only when the export covers its
 * project, so an import of one Jira project never drops another's rocks.
 */
export function linkScope(link: string): string | undefined {
  const gh = /github\.com\/([^/]+\/[^/]+)\/(?:issues|pull)\/\d+$/.exec(link);
  if (gh) return `github:${gh[1]!.toLowerCase()}`;
  if (/app\.asana\.com\/\d+\/\d+\/\d+/.test(link)) return 'asana';
  const key = /(?:^|\/)([A-Z][A-Z0-9_]*)-\d+$/.exec(link);
  return key ? `key:${key[1]}` : undefined;
}

const lower = (s: string): string => s.toLowerCase();

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Re-imports `org` into `files` (one org file, or the files of an org folder). */
export function reimport(files: readonly OrgText[], org: ImportedOrg): ReimportResult {
  const docs: Doc[] = files.map((f) => {
    const editor = new YamlEditor(f.text);
    return { file: f.file, editor, data: (editor.doc.toJS({ maxAliasCount: 1000 }) ?? {}) as Doc['data'] };
  });
  const members = new Map<string, ExistingMember>();
  /** Rocks by link; one link can be several rocks (a GitHub issue with two assignees). */
  const byLink = new Map<string, ExistingRock[]>();
  const counts: ReimportCounts = { updated: 0, unchanged: 0, added: 0, moved: 0, removed: 0, kept: 0, membersAdded: 0 };
  const allRocks: ExistingRock[] = [];
  for (const doc of docs) {
    const list = Array.isArray(doc.data.members) ? (doc.data.members as unknown[]) : [];
    list.forEach((m, i) => {
      if (!m || typeof m !== 'object') return;
      const member = m as { name?: unknown; team?: unknown; tasks?: unknown };
      if (typeof member.name !== 'string') return;
      const team = typeof member.team === 'string' ? member.team : typeof doc.data.team === 'string' ? doc.data.team : undefined;
      if (!members.has(lower(member.name))) members.set(lower(member.name), { doc, index: i, name: member.name, ...(team !== undefined ? { team } : {}) });
      if (Array.isArray(member.tasks)) member.tasks.forEach((t, j) => allRocks.push(existingRock(doc, ['members', i, 'tasks'], j, member.name as string, t)));
    });
    if (Array.isArray(doc.data.unassigned)) doc.data.unassigned.forEach((t, j) => allRocks.push(existingRock(doc, ['unassigned'], j, null, t)));
  }
  /** Rocks with no link by title (a CSV export without a key column): matched by title instead. */
  const byTitle = new Map<string, ExistingRock[]>();
  for (const rock of allRocks) {
    const link = typeof rock.value.link === 'string' ? rock.value.link : undefined;
    if (link !== undefined) byLink.set(link, [...(byLink.get(link) ?? []), rock]);
    else if (typeof rock.value.title === 'string') byTitle.set(titleKey(rock.value.title), [...(byTitle.get(titleKey(rock.value.title)) ?? []), rock]);
  }

  const scopes = new Set<string>();
  const noteLink = (rock: DraftRock): void => {
    if (rock.link === undefined) return;
    const scope = linkScope(rock.link);
    if (scope !== undefined) scopes.add(scope);
  };
  for (const m of org.members) m.rocks.forEach(noteLink);
  org.unassigned.forEach(noteLink);

  /** Rocks to add per list: an existing member's tasks, or the unassigned list of a file. */
  const additions = new Map<string, { doc: Doc; list: EditPath; member?: ExistingMember; rocks: Record<string, unknown>[] }>();
  const newMembers = new Map<string, { member: DraftMember; rocks: Record<string, unknown>[] }>();
  const add = (owner: string | null, value: Record<string, unknown>, draft: DraftMember | undefined): void => {
    if (owner === null) {
      const doc = docs.find((d) => Array.isArray(d.data.unassigned)) ?? docs.find((d) => d.data.org !== undefined) ?? docs[0]!;
      const key = `${doc.file}\0unassigned`;
      const entry = additions.get(key) ?? { doc, list: ['unassigned'], rocks: [] };
      additions.set(key, entry);
      entry.rocks.push(value);
      return;
    }
    const existing = members.get(lower(owner));
    if (existing) {
      const key = `${existing.doc.file}\0${existing.index}`;
      const entry = additions.get(key) ?? { doc: existing.doc, list: ['members', existing.index, 'tasks'], member: existing, rocks: [] };
      additions.set(key, entry);
      entry.rocks.push(value);
    } else {
      const entry = newMembers.get(lower(owner)) ?? { member: draft!, rocks: [] };
      newMembers.set(lower(owner), entry);
      entry.rocks.push(value);
    }
  };

  const matched = new Set<ExistingRock>();
  const place = (rock: DraftRock, owner: string | null, draft: DraftMember | undefined): void => {
    const value = rockValue(rock);
    const found = rock.link !== undefined ? takeMatch(byLink, rock.link, owner) : takeMatch(byTitle, titleKey(rock.title), owner);
    if (!found) {
      counts.added++;
      add(owner, value, draft);
      return;
    }
    // Fields the tracker owns are updated; a hand-set discipline, context or effort without an estimate stay.
    const updates: [string, unknown][] = [['title', rock.title]];
    if (rock.effort !== undefined) updates.push(['effort', rock.effort]);
    if (rock.discipline !== undefined) updates.push(['discipline', rock.discipline]);
    if (rock.tags.length > 0) updates.push(['tags', rock.tags]);
    const sameOwner = (found.owner === null && owner === null) || (found.owner !== null && owner !== null && lower(found.owner) === lower(owner));
    matched.add(found);
    if (sameOwner) {
      const changes = updates.filter(([k, v]) => !sameValue(found.value[k], v));
      if (changes.length === 0) counts.unchanged++;
      else {
        counts.updated++;
        // A rock written as a plain string becomes a mapping to hold what changed.
        if (found.plain) found.doc.editor.replaceItem(found.list, found.index, { ...found.value, ...Object.fromEntries(changes) });
        else for (const [k, v] of changes) found.doc.editor.setEntry([...found.list, found.index], k, v);
      }
      return;
    }
    counts.moved++;
    found.doc.editor.removeItem(found.list, found.index);
    add(owner, { ...found.value, ...Object.fromEntries(updates) }, draft);
  };
  for (const m of org.members) for (const rock of m.rocks) place(rock, m.name, m);
  for (const rock of org.unassigned) place(rock, null, undefined);
  // Members the import names with no rock yet (an identity map's people) join too.
  for (const m of org.members) if (m.rocks.length === 0 && !members.has(lower(m.name)) && !newMembers.has(lower(m.name))) newMembers.set(lower(m.name), { member: m, rocks: [] });

  const removed = new Set<ExistingRock>();
  for (const rock of [...byLink.values()].flat()) {
    const scope = linkScope(rock.value.link as string);
    if (scope !== undefined && scopes.has(scope)) {
      counts.removed++;
      removed.add(rock);
      rock.doc.editor.removeItem(rock.list, rock.index);
    }
  }
  counts.kept = allRocks.filter((r) => !matched.has(r) && !removed.has(r)).length;

  const joining = new Map<Doc, Record<string, unknown>[]>();
  for (const { member, rocks } of newMembers.values()) {
    counts.membersAdded++;
    const doc = fileFor(docs, members, member);
    const value: Record<string, unknown> = { name: member.name };
    if (member.role !== undefined) value.role = member.role;
    if (member.team !== undefined && member.team !== doc.data.team) value.team = member.team;
    if (member.capacity !== undefined) value.capacity = member.capacity;
    value.tasks = rocks;
    joining.set(doc, [...(joining.get(doc) ?? []), value]);
  }
  for (const [doc, values] of joining) {
    const blankLine = doc.editor.spacedItems(['members']);
    if (doc.editor.node(['members'])) for (const value of values) doc.editor.insertItem(['members'], value, undefined, { blankLine });
    else doc.editor.setEntry([], 'members', values);
  }
  // After the members: a file that had neither section gets `members:` first, as rocks writes them.
  for (const entry of additions.values()) {
    const listNode = entry.doc.editor.node(entry.list);
    if (listNode) for (const value of entry.rocks) entry.doc.editor.insertItem(entry.list, value);
    else entry.doc.editor.setEntry(entry.list.slice(0, -1), String(entry.list[entry.list.length - 1]), entry.rocks);
  }
  const changed = docs.filter((d) => d.editor.changed).map((d) => ({ file: d.file, text: d.editor.toString() }));
  return { changed, counts };
}

/** A title as rocks without a link are matched by: trimmed, case folded. */
function titleKey(title: string): string {
  return title.trim().toLowerCase();
}

/** The existing rock under this key (link or title), the same owner's first: taken, so that no rock matches twice. */
function takeMatch(index: Map<string, ExistingRock[]>, key: string, owner: string | null): ExistingRock | undefined {
  const list = index.get(key);
  if (!list || list.length === 0) return undefined;
  const same = list.findIndex((r) => (r.owner === null ? owner === null : owner !== null && lower(r.owner) === lower(owner)));
  const [found] = list.splice(same === -1 ? 0 : same, 1);
  return found;
}

function existingRock(doc: Doc, list: EditPath, index: number, owner: string | null, value: unknown): ExistingRock {
  const plain = !(value && typeof value === 'object' && !Array.isArray(value));
  return { doc, list, index, owner, plain, value: plain ? { title: value } : (value as Record<string, unknown>) };
}

/** The file a new member goes to: beside a member of the same team, else the file of that team, else the org's file. */
function fileFor(docs: readonly Doc[], members: ReadonlyMap<string, ExistingMember>, member: DraftMember): Doc {
  if (member.team !== undefined) {
    const team = lower(member.team);
    for (const m of members.values()) if (m.team !== undefined && lower(m.team) === team) return m.doc;
    const teamFile = docs.find((d) => typeof d.data.team === 'string' && lower(d.data.team) === team);
    if (teamFile) return teamFile;
  }
  return docs.find((d) => d.data.org !== undefined && d.data.team === undefined) ?? docs[0]!;
}
