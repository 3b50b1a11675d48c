/**
 * What an importer makes of an export: rocks with their people, teams and
 * tags, before they become an org file. Plain data; every importer
 * (src/import/<source>.ts) produces it and one assembler groups it.
 */

/** The trackers and formats rocks imports from. */
export const IMPORT_SOURCES = ['jira', 'linear', 'asana', 'github', 'csv', 'backstage'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** Where an effort figure came from, for the summary line. */
export type EffortOrigin = 'points' | 'time' | 'field' | 'default';

/** One rock as an export gives it. */
export interface ImportedRock {
  title: string;
  /** The tracker's link or key (`PROJ-12`, an issue URL), written as `link:`; re-import matches rocks by it. */
  link?: string;
  /** The person as the export names them (display name, e-mail or login); none for an unassigned rock. */
  person?: string;
  /** The assignee's e-mail, when the export has a column for it. */
  email?: string;
  team?: string;
  /** Hours per week, when the export gives an estimate. */
  effort?: number;
  effortOrigin: EffortOrigin;
  /** The estimate was over a week and was cut to 168 hours. */
  capped?: true;
  tags: string[];
  /** An explicit discipline id (from a `--discipline label=id` mapping or a mapped column). */
  discipline?: string;
  /** Line in the export (1-based), for messages. */
  line: number;
}

/** A person as an identity map or a Backstage catalog describes them. */
export interface ImportedPerson {
  name: string;
  email?: string;
  /** The GitHub login. */
  login?: string;
  /** Other spellings a tracker uses for the person (display names, user ids). */
  aliases: string[];
  team?: string;
  role?: string;
  capacity?: number;
}

/** A team and the team it belongs to, when known (Backstage `spec.parent`). */
export interface ImportedTeam {
  name: string;
  parent?: string;
}

/** A problem with one row or item of an export: located, and the rest still imports. */
export interface ImportProblem {
  /** The export's name as given on the command line. */
  file: string;
  /** 1-based line of the row or item; 0 when the problem is about the whole export. */
  line: number;
  message: string;
}

/** An export read: its rocks, and people and teams when it names them. */
export interface ImportedExport {
  source: ImportSource;
  rocks: ImportedRock[];
  people: ImportedPerson[];
  teams: ImportedTeam[];
  problems: ImportProblem[];
  /** Rows or items read (rocks, done ones and skipped ones included). */
  rows: number;
  /** Rows left out because the work is done (`--include-done` keeps them). */
  done: number;
}
