/**
 * A Backstage software catalog (`catalog-info.yaml`, one entity per YAML
 * document): `User` entities are people (`spec.profile.displayName`,
 * `spec.profile.email`, `spec.memberOf`), `Group` entities are teams
 * (`spec.profile.displayName`, `spec.parent`). It names people and teams only:
 * import it to start an org of its members, or pass it as --people to another
 * import so that tracker names land on catalog members.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import type { ImportedPerson, ImportedTeam, ImportProblem } from './model.js';
import { cleanName } from './row-source.js';

export interface CatalogRead {
  people: ImportedPerson[];
  teams: ImportedTeam[];
  problems: ImportProblem[];
  /** Entities read. */
  rows: number;
}

type Entity = { kind?: unknown; metadata?: { name?: unknown; title?: unknown }; spec?: { profile?: { displayName?: unknown; email?: unknown }; memberOf?: unknown; parent?: unknown } };

const str = (v: unknown): string | undefined => (typeof v === 'string' && cleanName(v) !== '' ? cleanName(v) : undefined);

/** An entity reference as Backstage writes it: `group:default/payments`, `payments`. */
function refName(ref: string): string {
  return ref.replace(/^[a-z]+:/i, '').replace(/^[^/]+\//, '');
}

/** Whether a YAML text is a Backstage catalog (an entity with `apiVersion: backstage.io/...`). */
export function isBackstageCatalog(text: string): boolean {
  return /^\s*apiVersion:\s*['"]?backstage\.io\//m.test(text) && /^\s*kind:\s*['"]?(User|Group)\b/m.test(text);
}

export function readBackstage(file: string, text: string): CatalogRead {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text.replace(/^\ufeff/, ''), { lineCounter: counter, logLevel: 'error' });
  const problems: ImportProblem[] = [];
  const list = Array.isArray(docs) ? docs : [];
  const users: { entity: Entity; line: number }[] = [];
  const groups = new Map<string, { display: string; parent?: string }>();
  for (const doc of list) {
    const line = doc.contents?.range ? counter.linePos(doc.contents.range[0]).line : 0;
    if (doc.errors.length > 0) {
      problems.push({ file, line: doc.errors[0]!.linePos?.[0]?.line ?? line, message: `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}; entity skipped` });
      continue;
    }
    const entity = doc.toJS({ maxAliasCount: 100 }) as Entity | null;
    if (!entity || typeof entity !== 'object') continue;
    const name = str(entity.metadata?.name);
    if (entity.kind === 'User') users.push({ entity, line });
    else if (entity.kind === 'Group') {
      if (name === undefined) problems.push({ file, line, message: 'a Group without metadata.name; skipped' });
      else {
        const parent = str(entity.spec?.parent);
        groups.set(name.toLowerCase(), { display: str(entity.spec?.profile?.displayName) ?? str(entity.metadata?.title) ?? name, ...(parent !== undefined ? { parent: refName(parent) } : {}) });
      }
    }
  }
  const teamName = (ref: string): string => groups.get(refName(ref).toLowerCase())?.display ?? refName(ref);
  const teams: ImportedTeam[] = [...groups.values()].map((g) => (g.parent !== undefined ? { name: g.display, parent: teamName(g.parent) } : { name: g.display }));
  const people: ImportedPerson[] = [];
  for (const { entity, line } of users) {
    const login = str(entity.metadata?.name);
    if (login === undefined) {
      problems.push({ file, line, message: 'a User without metadata.name; skipped' });
      continue;
    }
    const person: ImportedPerson = { name: str(entity.spec?.profile?.displayName) ?? login, login, aliases: [login] };
    const email = str(entity.spec?.profile?.email);
    if (email !== undefined) person.email = email;
    const memberOf = Array.isArray(entity.spec?.memberOf) ? entity.spec.memberOf.map(str).filter((x): x is string => x !== undefined) : [];
    if (memberOf[0] !== undefined) person.team = teamName(memberOf[0]);
    people.push(person);
  }
  return { people, teams, problems, rows: list.length };
}
