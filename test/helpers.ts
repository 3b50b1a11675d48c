import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadOrg } from '../src/input/load.js';
import type { Org } from '../src/model/org.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/rocks.js', import.meta.url));

/** An Org from inline YAML; fails the test with the diagnostics if it is invalid. */
export async function orgFrom(text: string, file = 'team.yaml'): Promise<Org> {
  const result = await loadOrg([{ file, text }]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
  return result.org;
}

/** Diagnostics of invalid inline YAML as `line:col: message` strings. */
export async function problemsOf(text: string, file = 'team.yaml'): Promise<string[]> {
  const result = await loadOrg([{ file, text }]);
  return result.ok ? [] : result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`);
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary, colour off, as a user's shell would. */
export function rocks(args: readonly string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
