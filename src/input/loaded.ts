/** Members and rocks as loaded: plain fields, and where they were written worked out when asked. */
import type { Classification } from '../model/classification.js';
import type { DataPath, Position, SourceRef } from '../model/diagnostics.js';
import type { Member, Task } from '../model/org.js';
import type { Origin } from './checked-file.js';

/** The member index of an unassigned rock. */
export const UNASSIGNED = -1;
/** Shared by the rocks with no tags (most of them): frozen, so that no rock's change can reach another. */
export const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * A rock as loaded. Where it was written is kept as indexes into its file and
 * turned into a reference and a position when read: reports locate only the
 * rocks they name, and a path, a reference and a position per rock would be
 * four more objects per rock (over five million in a 300,000-member org).
 * A copy made by spreading (`{ ...task }`) has no `ref` or `pos`.
 */
export class LoadedTask implements Task {
  title: string;
  effort: number;
  discipline: string | null;
  classification: Classification;
  tags: readonly string[];
  context: string | undefined;
  owner: string | null;
  // Private (#): out of enumeration, JSON and deep equality, like a position stored as data.
  readonly #origin: Origin;
  readonly #member: number;
  readonly #index: number;

  constructor(title: string, effort: number, classification: Classification, tags: readonly string[], context: string | undefined, owner: string | null, origin: Origin, member: number, index: number) {
    this.title = title;
    this.effort = effort;
    this.discipline = classification.discipline;
    this.classification = classification;
    this.tags = tags;
    this.context = context;
    this.owner = owner;
    this.#origin = origin;
    this.#member = member;
    this.#index = index;
  }

  get ref(): SourceRef {
    return { file: this.#origin.file, path: this.#path() };
  }

  get pos(): Position {
    return this.#origin.locator.locate(this.#path());
  }

  /** The task as plain data, `ref` and `pos` included: what JSON.stringify writes. */
  toJSON(): Task {
    const { title, effort, discipline, classification, tags, context, owner, ref, pos } = this;
    return context === undefined ? { title, effort, discipline, classification, tags, owner, ref, pos } : { title, effort, discipline, classification, tags, context, owner, ref, pos };
  }

  #path(): DataPath {
    return this.#member === UNASSIGNED ? ['unassigned', this.#index] : ['members', this.#member, 'tasks', this.#index];
  }
}

/** A member as loaded; like a rock, located when asked. */
export class LoadedMember implements Member {
  name: string;
  role: string | undefined;
  team: string | undefined;
  capacity: number;
  skills: string[];
  tasks: Task[];
  readonly #origin: Origin;
  readonly #index: number;

  constructor(name: string, role: string | undefined, team: string | undefined, capacity: number, skills: string[], tasks: Task[], origin: Origin, index: number) {
    this.name = name;
    this.role = role;
    this.team = team;
    this.capacity = capacity;
    this.skills = skills;
    this.tasks = tasks;
    this.#origin = origin;
    this.#index = index;
  }

  get ref(): SourceRef {
    return { file: this.#origin.file, path: ['members', this.#index] };
  }

  get pos(): Position {
    return this.#origin.locator.locate(['members', this.#index]);
  }

  /** The member as plain data, `ref` and `pos` included: what JSON.stringify writes. */
  toJSON(): Member {
    const { name, role, team, capacity, skills, tasks, ref, pos } = this;
    return { name, ...(role !== undefined ? { role } : {}), ...(team !== undefined ? { team } : {}), capacity, skills, tasks, ref, pos };
  }
}
