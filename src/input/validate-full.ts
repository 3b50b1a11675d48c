/**
 * Shape validation by the zod schema, for files the one-pass check
 * (fast-validate.ts) does not take, and every problem it finds in the words
 * rocks uses. Loaded only when a file needs it (start-up does not load zod).
 */
import type { z } from 'zod';
import type { DataPath, Diagnostic } from '../model/diagnostics.js';
import { ORG_FILE_FIELDS, type Section, type ValueKind } from '../model/org-file-fields.js';
import { closest } from '../shared/suggest.js';
import type { FastShape } from './fast-validate.js';
import { orgFileSchema, type OrgFile } from './schema.js';

/** `orgFileSchema.safeParse`, its issues as located diagnostics. */
export function validateWithSchema(data: unknown, at: At): { data?: OrgFile; diagnostics: Diagnostic[] } {
  const result = orgFileSchema.safeParse(data);
  if (result.success) return { data: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) diagnostics.push(...describeIssue(issue, data, at));
  return { diagnostics };
}

/**
 * The file as zod returns it, from what the one-pass check made of it and
 * zod's parse of each field the check left to it; undefined when one of those
 * is not valid.
 */
export function completeWithSchema(data: Record<string, unknown>, shape: FastShape): OrgFile | undefined {
  const fields: Record<string, unknown> = orgFileSchema.shape;
  const file: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    if (shape.leftToZod.includes(key)) {
      const result = (fields[key] as z.ZodType).safeParse(data[key]);
      if (!result.success) return undefined;
      file[key] = result.data;
    } else if (Object.hasOwn(shape.checked, key)) file[key] = (shape.checked as Record<string, unknown>)[key];
  }
  return file as OrgFile;
}

export type At = (path: DataPath, code: string, message: string, key?: string) => Diagnostic;

function describeIssue(issue: z.core.$ZodIssue, data: unknown, at: At): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = describePath(path);
  if (issue.code !== 'unrecognized_keys' && path.length > 0 && valueAt(data, path) === undefined) {
    const parent = path.slice(0, -1);
    return [at(parent, 'missing-key', `${describePath(parent) || 'the file'} needs "${String(path[path.length - 1])}"`)];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed.length ? `; expected one of ${allowed.join(', ')}` : '';
        return at(path, 'unknown-key', `unknown key ${quoted(key)}${where ? ` in ${where}` : ''}${hint}`, key);
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      return [at(path, 'wrong-type', `${where} must be ${article(issue.expected)}, not ${describeValue(value)}`)];
    }
    case 'invalid_union': {
      const value = valueAt(data, path);
      if (isTaskPath(path)) {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          // A task mapping that failed: report what is wrong inside it rather than "invalid union".
          const branch = issue.errors.find((errs) => errs.some((e) => e.path.length > 0 || e.code === 'unrecognized_keys'));
          if (branch) return branch.flatMap((e) => describeIssue({ ...e, path: [...path, ...e.path] } as z.core.$ZodIssue, data, at));
        }
        return [at(path, 'wrong-type', `${where} must be a task title or a mapping with a "title", not ${describeValue(value)}`)];
      }
      return [at(path, 'wrong-type', `${where} is not valid: ${issue.message}`)];
    }
    case 'invalid_key': {
      // A free-form mapping (classification.weights) whose key is not an id.
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      return [at(parent, 'invalid-key', `${quoted(key)} in ${describePath(parent)} is not a rule id (kebab-case, such as pmm-launch)`, key)];
    }
    case 'invalid_value':
      return [at(path, 'invalid-value', `${where} ${issue.message.startsWith('must') ? issue.message : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}, not ${describeValue(valueAt(data, path))}`)];
    default: {
      const message = issue.message.startsWith('Invalid') ? issue.message.toLowerCase() : issue.message;
      return [at(path, 'invalid-value', `${where} ${message}`)];
    }
  }
}

/** A task (members' tasks, unassigned rocks): a title or a mapping. */
function isTaskPath(path: DataPath): boolean {
  return kindAt(ORG_FILE_FIELDS, path)?.kind === 'text-or-mapping';
}

function allowedKeys(path: DataPath): string[] {
  return keysAt(ORG_FILE_FIELDS, path);
}

/** The keys of the section a data path points into (the file's own for the empty path), from the field declaration. */
export function keysAt(root: Section, path: DataPath): string[] {
  const kind = kindAt(root, path);
  const section = kind?.kind === 'mapping' || kind?.kind === 'text-or-mapping' ? kind.section : undefined;
  return section ? Object.keys(section.fields) : [];
}

/** The declared kind of the value at a data path, or undefined when the declaration has no such place. */
function kindAt(root: Section, path: DataPath): ValueKind | undefined {
  let kind: ValueKind | undefined = { kind: 'mapping', section: root };
  for (const segment of path) {
    if (kind === undefined) return undefined;
    if (typeof segment === 'number') kind = kind.kind === 'list' ? kind.of : undefined;
    else if (kind.kind === 'map') kind = kind.of;
    else if (kind.kind === 'mapping' || kind.kind === 'text-or-mapping') {
      const fields: Section['fields'] = kind.section.fields;
      kind = Object.hasOwn(fields, segment) ? fields[segment] : undefined;
    } else kind = undefined;
  }
  return kind;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, segment) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return value;
}

/** `members[2].tasks[0].effort` as people say it: "member 3, task 1, effort". */
export function describePath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      // Keys of free-form mappings (classification.weights) come from the file.
      const key = segment.length > 40 ? `${segment.slice(0, 37)}...` : segment;
      out += out ? `.${key}` : key;
    }
  }
  return out;
}

function article(expected: string): string {
  if (expected === 'object') return 'a mapping';
  if (expected === 'array') return 'a list';
  if (expected === 'string') return 'text';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** A string from the file, quoted and cut to a readable length. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quoted(value)}`;
  if (typeof value === 'number') {
    // How YAML spells them: zod alone would say "received NaN".
    if (Number.isNaN(value)) return '.nan (not a number)';
    if (!Number.isFinite(value)) return `${value < 0 ? '-' : ''}.inf (infinity, or a number too large to hold)`;
    return String(value);
  }
  return `${typeof value} ${String(value)}`;
}
