/**
 * The identity map (`--people people.yaml`): one entry per person with the
 * names trackers know them by, so that Jira's display name, Asana's e-mail and
 * a GitHub login land on one member with the team and capacity written there.
 *
 *   people:
 *     - name: Priya Shah            # the member's name in the org file
 *       email: priya@acme.example
 *       github: priyas
 *       aliases: [Priya S., "priya.shah"]
 *       team: Product
 *       role: Head of Product
 *       capacity: 32
 *
 * A Backstage catalog (User entities) serves as well (src/import/backstage.ts).
 */
import { parseDocument } from 'yaml';
import type { ImportedPerson, ImportProblem } from './model.js';
import { cleanName } from './row-source.js';

const PERSON_KEYS = new Set(['name', 'email', 'github', 'aliases', 'team', 'role', 'capacity']);

/** Reads an identity map; every problem is located by line, and the people that are usable are kept. */
export function parsePeopleMap(file: string, text: string): { people: ImportedPerson[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const doc = parseDocument(text.replace(/^\ufeff/, ''), { uniqueKeys: true, logLevel: 'error' });
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 0 : text.slice(0, offset).split('\n').length);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { people: [], problems: [{ file, line: e.linePos?.[0]?.line ?? 0, message: `not valid YAML: ${e.message.split('\n')[0]}` }] };
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as { people?: unknown } | null;
  const list = data && typeof data === 'object' && Array.isArray(data.people) ? (data.people as unknown[]) : undefined;
  if (!list) return { people: [], problems: [{ file, line: 1, message: 'an identity map is a mapping with a "people:" list' }] };
  const people: ImportedPerson[] = [];
  list.forEach((entry, i) => {
    const node = doc.getIn(['people', i], true) as { range?: [number, number, number] } | undefined;
    const line = lineOf(node?.range?.[0]);
    const say = (message: string): void => {
      problems.push({ file, line, message: `people[${i}]: ${message}` });
    };
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return say('must be a mapping with a name');
    const e = entry as Record<string, unknown>;
    for (const key of Object.keys(e)) if (!PERSON_KEYS.has(key)) say(`unknown key "${key}" (keys: ${[...PERSON_KEYS].join(', ')})`);
    const text = (key: string): string | undefined => {
      const v = e[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string' && typeof v !== 'number') {
        say(`${key} must be text`);
        return undefined;
      }
      const t = cleanName(String(v));
      return t === '' ? undefined : t;
    };
    const name = text('name');
    if (name === undefined) return say('needs a name');
    const capacity = e.capacity;
    if (capacity !== undefined && (typeof capacity !== 'number' || !(capacity > 0 && capacity <= 168))) say('capacity must be a number of hours per week, more than 0 and at most 168');
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string | number => typeof a === 'string' || typeof a === 'number').map((a) => String(a).trim()) : typeof e.aliases === 'string' ? [e.aliases] : [];
    const person: ImportedPerson = { name, aliases };
    const email = text('email');
    const login = text('github');
    const team = text('team');
    const role = text('role');
    if (email !== undefined) person.email = email;
    if (login !== undefined) person.login = login;
    if (team !== undefined) person.team = team;
    if (role !== undefined) person.role = role;
    if (typeof capacity === 'number' && capacity > 0 && capacity <= 168) person.capacity = capacity;
    people.push(person);
  });
  return { people, problems };
}

/** Finds the person an export's assignee is, by name, e-mail, login or alias, case-insensitively. */
export class IdentityMap {
  readonly people: readonly ImportedPerson[];
  readonly #byName = new Map<string, ImportedPerson>();
  /** Assignees no entry matched, in the order first seen. */
  readonly unmatched = new Set<string>();

  constructor(people: readonly ImportedPerson[]) {
    this.people = people;
    const add = (key: string | undefined, person: ImportedPerson): void => {
      if (key === undefined) return;
      const k = key.trim().toLowerCase();
      if (k !== '' && !this.#byName.has(k)) this.#byName.set(k, person);
    };
    for (const p of people) add(p.name, p);
    for (const p of people) {
      add(p.email, p);
      add(p.login, p);
      if (p.login !== undefined) add(`@${p.login}`, p);
      for (const a of p.aliases) add(a, p);
    }
  }

  get size(): number {
    return this.people.length;
  }

  /** The person behind any of the names an export gives for one assignee; noted as unmatched when none fits. */
  resolve(...names: readonly (string | undefined)[]): ImportedPerson | undefined {
    for (const n of names) {
      if (n === undefined) continue;
      const found = this.#byName.get(n.trim().toLowerCase());
      if (found) return found;
    }
    const shown = names.find((n) => n !== undefined && n.trim() !== '');
    if (shown !== undefined && this.people.length > 0) this.unmatched.add(shown.trim());
    return undefined;
  }
}
