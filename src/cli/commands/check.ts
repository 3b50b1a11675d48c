import { analyse } from '../../analyse/analyse.js';
import { diffOrgs } from '../../diff/diff.js';
import { type OrgDiff } from '../../model/diff.js';
import { evaluatePolicy } from '../../check/evaluate.js';
import { decideOutcome } from '../../check/outcome.js';
import { POLICY_RULES } from '../../check/registry.js';
import { type Severity } from '../../model/finding.js';
import { loadOrg } from '../../input/load.js';
import { CHECK_FORMATTERS, type CheckFormat } from '../../format/check.js';
import { type CheckReport } from '../../model/report.js';
import { INPUT_ERROR_FORMATTERS } from '../../format/check-input-errors.js';
import { InputError } from '../../model/diagnostics.js';
import { terminalSafe } from '../../format/escape.js';
import { renderTable } from '../../format/table.js';
import { CliError, EXIT } from '../errors.js';
import { readSourcesAtRef } from '../git.js';
import { wantsColor, type Streams } from '../io.js';
import { writeOutput } from '../write.js';
import { loadFromPaths } from '../load-org.js';
import type { ImportSource } from '../../import/model.js';

export interface CheckOptions {
  paths: string[];
  format: CheckFormat;
  output?: string;
  failOn: Severity;
  maxWarnings?: number;
  /** A git revision whose committed version the org is compared with. */
  base?: string;
  all: boolean;
  listRules: boolean;
  maxFileMb: number;
  version: string;
  /** The path is a tracker export of this source, imported in memory. */
  from?: ImportSource | 'auto';
}

/** Today as YYYY-MM-DD in local time; ROCKS_TODAY overrides it (tests, reproducing a past run). */
export function today(streams: Streams, now: Date = new Date()): string {
  const forced = streams.env.ROCKS_TODAY;
  if (forced !== undefined && forced !== '') {
    const date = new Date(`${forced}T00:00:00Z`);
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(forced) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(forced);
    if (!valid) throw new CliError(`ROCKS_TODAY must be a real date written YYYY-MM-DD, not "${forced}"`);
    return forced;
  }
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Runs the audit, evaluates the policy and renders the findings; returns 1 when the gate fails. */
export async function check(options: CheckOptions, streams: Streams): Promise<number> {
  if (options.listRules) {
    await writeOutput(listRules(), options.output, streams);
    return EXIT.ok;
  }
  if (options.paths.length === 0) throw new CliError('check needs an org file or folder (rocks check team.yaml)');
  if (options.from !== undefined && options.base !== undefined) throw new CliError('--base compares committed org files; it cannot be used with --from');
  const date = today(streams);
  const load = options.from !== undefined ? import('./import.js').then((m) => m.loadExport(options.paths, options.from!, streams, options.maxFileMb)) : loadFromPaths(options.paths, streams, options.maxFileMb);
  const { org } = await load.catch(async (error: unknown) => {
    const describe = INPUT_ERROR_FORMATTERS[options.format];
    if (error instanceof InputError && describe) await writeOutput(describe(error.diagnostics, options.version), options.output, streams, options.paths);
    throw error;
  });
  const audit = analyse(org);

  let diff: OrgDiff | undefined;
  if (options.base !== undefined) {
    const sources = await readSourcesAtRef(options.base, options.paths, streams, { maxBytes: options.maxFileMb * 1048576 });
    const base = await loadOrg(sources);
    if (base.ok) diff = diffOrgs(base.org, org, { before: analyse(base.org), after: audit });
    else {
      // A broken base must not block the change that fixes it: say so, check without the diff.
      streams.stderr.write(
        `${terminalSafe(`rocks: the version at ${options.base} is not a valid org file (${base.diagnostics.length} problems, first: ${base.diagnostics[0]!.file}:${base.diagnostics[0]!.line}:${base.diagnostics[0]!.col}: ${base.diagnostics[0]!.message}); checking without the comparison`)}\n`,
      );
    }
  }

  const findings = evaluatePolicy(org, audit, { today: date, ...(diff ? { diff } : {}) });
  const gate = { failOn: options.failOn, ...(options.maxWarnings !== undefined ? { maxWarnings: options.maxWarnings } : {}) };
  const outcome = decideOutcome(findings, gate);
  const report: CheckReport = { org, audit, findings, gate, outcome, version: options.version, ...(diff ? { diff } : {}), ...(options.base !== undefined ? { base: options.base } : {}) };
  const text = CHECK_FORMATTERS[options.format](report, {
    color: options.output === undefined && options.format === 'table' && wantsColor(streams),
    all: options.all,
    explain: false,
    limit: 15,
  });
  await writeOutput(text, options.output, streams, options.paths);
  return outcome.failed ? EXIT.findings : EXIT.ok;
}

function listRules(): string {
  const table = renderTable({
    head: ['Rule', 'Severity', 'What it finds'],
    widths: [24, 8, 40],
    rows: POLICY_RULES.map((r) => [r.id, r.severity, r.description + (r.needsDiff ? ' (with --base)' : '')]),
  });
  return `${table}\n`;
}
