/**
 * Shape validation: the one-pass check for the files it takes (all big
 * ones), zod for the rest and to explain any problem, loaded only then.
 */
import type { DataPath, Diagnostic } from '../model/diagnostics.js';
import { fastOrgFile, joinShape } from './fast-validate.js';
import type { OrgFile } from './schema.js';
import type { Locator } from './source.js';

export async function checkShape(file: string, data: unknown, locator: Locator): Promise<{ data?: OrgFile; diagnostics: Diagnostic[] }> {
  const at = (path: DataPath, code: string, message: string, key?: string): Diagnostic => ({
    file,
    ...locator.locate(path, key),
    code,
    message,
    severity: 'error',
  });
  if (data === null || data === undefined) {
    return { diagnostics: [at([], 'empty-file', 'the file is empty; an org file is a mapping starting with `version: 1`')] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const kind = Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    return { diagnostics: [at([], 'not-a-mapping', `the file holds ${kind}; an org file is a mapping starting with \`version: 1\``)] };
  }
  // Big files: members and tasks checked in one pass; zod runs on the whole file only to explain a problem.
  const fast = fastOrgFile(data as Record<string, unknown>);
  if (fast?.head) return { data: joinShape(fast.head, fast), diagnostics: [] };
  const full = await import('./validate-full.js');
  if (fast) {
    const head = full.parseRest(fast.rest);
    if (head) return { data: joinShape(head, fast), diagnostics: [] };
  }
  return full.validateWithSchema(data, at);
}
