/**
 * parse → validate → classify: org file texts to one classified Org, or every
 * problem at once as located diagnostics. Pure: callers hand in the texts.
 */
import { compareDiagnostics, type Diagnostic } from '../model/diagnostics.js';
import { buildOrg } from './build-org.js';
import type { CheckedFile } from './checked-file.js';
import { folderTeams } from './folder-team.js';
import { parseSource } from './parse.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from './source.js';
import { checkShape } from './validate.js';
import type { LoadResult } from './load-result.js';

export interface OrgSource {
  /** The name shown in diagnostics (a path relative to where rocks runs). */
  file: string;
  text: string;
  /** The folder given as input that this file was found under: its sub-folders name teams (folder per team). */
  folder?: string;
}

export interface LoadOptions {
  limits?: ParseLimits;
}

/**
 * Parses, validates and classifies: every problem at once, located. The yaml
 * package and zod are imported only for files the fast reader and the
 * one-pass check do not take.
 */
export async function loadOrg(sources: readonly OrgSource[], options: LoadOptions = {}): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const files: CheckedFile[] = [];
  for (const source of sources) {
    const parsed = await parseSource(source.file, source.text, options.limits ?? DEFAULT_PARSE_LIMITS);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) continue;
    const shaped = await checkShape(source.file, parsed.data, parsed.locator);
    diagnostics.push(...shaped.diagnostics);
    if (shaped.data) {
      const teams = shaped.data.team === undefined ? folderTeams(source.file, source.folder) : [];
      files.push({ file: source.file, data: shaped.data, locator: parsed.locator, folderTeams: teams, origin: { file: source.file, locator: parsed.locator } });
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
  return buildOrg(files);
}
