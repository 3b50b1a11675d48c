/**
 * Shape validation: the one-pass check for the files it takes (all big
 * ones), zod for the rest and to explain any problem, loaded only then.
 */
import type { DataPath, Diagnostic } from '../model/diagnostics.js';
import { fastOrgFile } from './fast-validate.js';
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
  // The file checked in one pass; zod runs on the fields the pass leaves to it, and on the whole file only to explain a problem.
  const fast = fastOrgFile(data as Record<string, unknown>);
  if (fast && fast.leftToZod.length === 0) return { data: fast.checked as OrgFile, diagnostics: [] };
  const full = await import('./validate-full.js');
  if (fast) {
    const complete = full.completeWithSchema(data as Record<string, unknown>, fast);
    if (complete) return { data: complete, diagnostics: [] };
  }
  return full.validateWithSchema(data, at);
}
