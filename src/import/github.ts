/**
 * GitHub issues as the GitHub CLI prints them:
 *   gh issue list --json number,title,assignees,labels,milestone,state,url
 * (a list of issues, assignees and labels as objects), or
 *   gh project item-list N --format json
 * (`{ items: [...] }`, assignees and labels as names, project fields as keys:
 * `status`, and the effort field named by --effort-field). An issue with
 * several assignees is one rock per assignee, its effort split between them.
 */
import { LineCounter, parseDocument } from 'yaml';
import { parseDuration, parseNumber, roundHours, MAX_EFFORT } from './effort.js';
import type { ImportedRock, ImportProblem } from './model.js';
import { makeRock, type EffortValue, type SourceOptions } from './row-source.js';
import { isDoneStatus } from './status.js';

export interface GithubRead {
  rocks: ImportedRock[];
  problems: ImportProblem[];
  rows: number;
  done: number;
}

/** Whether parsed JSON looks like either GitHub CLI shape. */
export function isGithubJson(data: unknown): boolean {
  const items = githubItems(data);
  return items !== undefined && items.every((i) => typeof i === 'object' && i !== null && ('title' in i || 'content' in i));
}

function githubItems(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)) return (data as { items: unknown[] }).items;
  return undefined;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

/** Names from a list of strings or of objects with `key` (`{login}`, `{name}`). */
function names(list: unknown, key: 'login' | 'name'): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? text((x as Record<string, unknown>)[key]) : undefined)).filter((x): x is string => x !== undefined);
}

/** A project field's value by its name as the project shows it (`Story Points` is the key `story Points` or `storyPoints`). */
function field(item: Record<string, unknown>, name: string): unknown {
  const want = name.replace(/[\s_-]+/g, '').toLowerCase();
  for (const [k, v] of Object.entries(item)) if (k.replace(/[\s_-]+/g, '').toLowerCase() === want) return v;
  return undefined;
}

export function readGithub(file: string, source: string, options: SourceOptions): GithubRead {
  const problems: ImportProblem[] = [];
  const data = JSON.parse(source) as unknown;
  const items = githubItems(data) ?? [];
  // JSON is YAML: the yaml package locates each item for messages.
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, keepSourceTokens: false });
  const listPath = Array.isArray(data) ? [] : ['items'];
  const lineOf = (i: number): number => {
    const node = doc.getIn([...listPath, i], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? counter.linePos(node.range[0]).line : 0;
  };
  const rocks: ImportedRock[] = [];
  let done = 0;
  items.forEach((raw, i) => {
    const line = lineOf(i);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ file, line, message: `item ${i + 1} is not an issue object; skipped` });
      return;
    }
    const item = raw as Record<string, unknown>;
    const content = (item.content && typeof item.content === 'object' ? item.content : {}) as Record<string, unknown>;
    const state = text(item.state) ?? text(content.state);
    if (!options.includeDone && (isDoneStatus(state) || isDoneStatus(text(item.status)))) {
      done++;
      return;
    }
    let effort: EffortValue = { origin: 'default' };
    if (options.effortField !== undefined) {
      const value = field(item, options.effortField);
      if (value !== undefined && value !== null && value !== '') {
        const points = typeof value === 'number' ? value : parseNumber(String(value));
        const hours = points !== undefined ? points * options.hoursPerPoint : parseDuration(String(value));
        if (hours === undefined) {
          problems.push({ file, line, message: `${options.effortField} "${String(value)}" is not a number of points or a duration; the default effort is used` });
        } else effort = hours > MAX_EFFORT ? { effort: MAX_EFFORT, origin: points !== undefined ? 'points' : 'time', capped: true } : { effort: roundHours(hours), origin: points !== undefined ? 'points' : 'time' };
      }
    }
    const logins = [...names(item.assignees, 'login'), ...(Array.isArray(item.assignees) ? [] : [])];
    const labels = names(item.labels, 'name');
    const title = text(item.title) ?? text(content.title) ?? '';
    const link = text(item.url) ?? text(content.url);
    const people = logins.length > 0 ? logins : [undefined];
    // One rock per assignee, the estimate shared: two people on a 6-hour issue carry 3 hours each.
    const share = effort.effort !== undefined && people.length > 1 ? { ...effort, effort: roundHours(effort.effort / people.length) } : effort;
    for (const person of people) {
      const result = makeRock({ title, line, effort: share, labels, hints: options.hints, link, person, team: options.team });
      if (result.kind === 'rock') rocks.push(result.rock);
      else if (result.kind === 'problem') problems.push({ file, line, message: result.message });
    }
  });
  return { rocks, problems, rows: items.length, done };
}
