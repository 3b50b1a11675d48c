/**
 * An imported org as org file text: a header comment that says where it came
 * from and how effort was set, `defaults`, the members with their rocks, and
 * the rocks on the ground. Written in pieces (a 300,000-row import is tens of
 * megabytes) as one file, or as a folder with one file per team.
 */
import type { DraftMember, DraftRock, ImportedOrg } from './assemble.js';
import { yamlFlow, yamlScalar } from './yaml-text.js';

export interface RenderOptions {
  org: string;
  /** The command that made the file, for the header (already shell-quoted). */
  command: string;
  hoursPerPoint: number;
  defaultEffort: number;
}

const SOURCE_NAMES: Record<ImportedOrg['source'], string> = { jira: 'Jira', linear: 'Linear', asana: 'Asana', github: 'GitHub', csv: 'a CSV export', backstage: 'a Backstage catalog' };

/** Text safe inside a one-line YAML comment. */
function commentSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

function header(org: ImportedOrg, options: RenderOptions): string[] {
  const lines = [
    `# Imported from ${SOURCE_NAMES[org.source]} by: ${commentSafe(options.command)}`,
    '#',
    `# Effort is hours per week: a story point counts ${options.hoursPerPoint} h (--hours-per-point),`,
    '# a time estimate counts as written, and a rock without one takes',
    '# defaults.effort below (--default-effort).',
    '#',
    '# Import again into this file to update the imported rocks (matched by their',
    '# link:). Members, capacities, comments and rocks you add by hand stay as they are.',
    '',
  ];
  return org.source === 'backstage' ? [lines[0]!, '#', '# People and teams only: import a tracker export into this file to add their rocks.', ''] : lines;
}

/** A rock as the task mapping written for it, keys in the order the org file documents them. */
export function rockValue(rock: DraftRock): Record<string, unknown> {
  const value: Record<string, unknown> = { title: rock.title };
  if (rock.effort !== undefined) value.effort = rock.effort;
  if (rock.discipline !== undefined) value.discipline = rock.discipline;
  if (rock.tags.length > 0) value.tags = rock.tags;
  if (rock.link !== undefined) value.link = rock.link;
  return value;
}

/** A rock's lines, written field by field (the import of a big export writes hundreds of thousands). */
function rockLines(rock: DraftRock, indent: number): string {
  const pad = ' '.repeat(indent + 2);
  let out = `${' '.repeat(indent)}- title: ${yamlScalar(rock.title)}\n`;
  if (rock.effort !== undefined) out += `${pad}effort: ${rock.effort}\n`;
  if (rock.discipline !== undefined) out += `${pad}discipline: ${yamlScalar(rock.discipline)}\n`;
  if (rock.tags.length > 0) out += `${pad}tags: ${yamlFlow(rock.tags)}\n`;
  if (rock.link !== undefined) out += `${pad}link: ${yamlScalar(rock.link)}\n`;
  return out;
}

/** The lines of one member, blank line first (as the templates space members), as one piece of text. */
function memberText(member: DraftMember, withTeam: boolean): string {
  let out = `\n  - name: ${yamlScalar(member.name)}\n`;
  if (member.role !== undefined) out += `    role: ${yamlScalar(member.role)}\n`;
  if (withTeam && member.team !== undefined) out += `    team: ${yamlScalar(member.team)}\n`;
  if (member.capacity !== undefined) out += `    capacity: ${member.capacity}\n`;
  if (member.rocks.length === 0) return `${out}    tasks: []\n`;
  const rocks = member.rocks.map((rock) => rockLines(rock, 6));
  return `${out}    tasks:\n${rocks.join('')}`;
}

interface FileParts {
  org?: string;
  team?: string;
  parent?: string;
  members: readonly DraftMember[];
  unassigned: readonly DraftRock[];
  /** Whether members write their own team (one file), or the file's `team:` says it (a team file). */
  memberTeams: boolean;
}

function* fileLines(org: ImportedOrg, options: RenderOptions, parts: FileParts): Generator<string> {
  yield header(org, options).join('\n') + '\n';
  yield 'version: 1\n';
  if (parts.org !== undefined) yield `org: ${yamlScalar(parts.org)}\n`;
  if (parts.team !== undefined) yield `team: ${yamlScalar(parts.team)}\n`;
  if (parts.parent !== undefined) yield `parent: ${yamlScalar(parts.parent)}\n`;
  if (org.source !== 'backstage') yield `defaults:\n  effort: ${options.defaultEffort}   # hours per week of a rock without an estimate\n`;
  if (parts.members.length === 0) yield '\nmembers: []\n';
  else {
    yield '\nmembers:';
    for (const m of parts.members) yield memberText(m, parts.memberTeams);
  }
  if (org.source === 'backstage') return;
  if (parts.unassigned.length === 0) {
    if (parts.org !== undefined) yield '\n# Rocks nobody carries yet: the unassigned rows of the export.\nunassigned: []\n';
    return;
  }
  yield '\n# Rocks nobody carries yet: the unassigned rows of the export.\nunassigned:\n';
  // In pieces of a thousand rocks: one piece per rock is a generator step each, one piece for all a very long string.
  for (let i = 0; i < parts.unassigned.length; i += 1000) yield parts.unassigned.slice(i, i + 1000).map((rock) => rockLines(rock, 2)).join('');
}

/** The org as one file. */
export function renderOrgFile(org: ImportedOrg, options: RenderOptions): Iterable<string> {
  return fileLines(org, options, { org: options.org, members: org.members, unassigned: org.unassigned, memberTeams: true });
}

/** A team's file name: lower case words joined by hyphens, `team` when nothing is left. */
export function teamFileName(team: string, taken: Set<string>): string {
  const base =
    team
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'team';
  let name = base;
  for (let i = 2; taken.has(name) || name === 'org'; i++) name = `${base}-${i}`;
  taken.add(name);
  return `${name}.yaml`;
}

/**
 * The org as a folder: `org.yaml` with the org's name, the members without a
 * team and the rocks on the ground, and one file per team with `team:` (and
 * `parent:` when the export knows it). Paths are relative to the folder.
 */
export function renderOrgFolder(org: ImportedOrg, options: RenderOptions): Map<string, Iterable<string>> {
  const byTeam = new Map<string, DraftMember[]>();
  const noTeam: DraftMember[] = [];
  for (const m of org.members) {
    if (m.team === undefined) noTeam.push(m);
    else {
      const list = byTeam.get(m.team.toLowerCase()) ?? [];
      if (list.length === 0) byTeam.set(m.team.toLowerCase(), list);
      list.push(m);
    }
  }
  const parents = new Map(org.teams.filter((t) => t.parent !== undefined).map((t) => [t.name.toLowerCase(), t.parent!]));
  const files = new Map<string, Iterable<string>>();
  files.set('org.yaml', fileLines(org, options, { org: options.org, members: noTeam, unassigned: org.unassigned, memberTeams: true }));
  const taken = new Set<string>();
  for (const [key, members] of byTeam) {
    const team = members[0]!.team!;
    const parent = parents.get(key);
    files.set(teamFileName(team, taken), fileLines(org, options, { team, ...(parent !== undefined ? { parent } : {}), members, unassigned: [], memberTeams: false }));
  }
  return files;
}
