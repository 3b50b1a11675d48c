import type { Finding } from '../model/finding.js';
import type { CheckReport } from '../model/report.js';
import { checkHeadline, countsLine, verdict } from './check-wording.js';
import { githubData, githubProperty, terminalSafe } from './escape.js';
import { findingMessage } from './messages.js';

/** GitHub shows the first 10 error, 10 warning and 10 notice annotations of a step; we annotate 10 in all, most severe first. */
export const GITHUB_ANNOTATION_LIMIT = 10;

const COMMAND: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow-command message: terminal controls made visible, then GitHub's own escaping of %, CR and LF. */
function data(text: string): string {
  return githubData(terminalSafe(text));
}

function property(text: string): string {
  return githubProperty(terminalSafe(text));
}

/**
 * GitHub Actions workflow commands: an annotation on the offending line for
 * the most severe findings, a notice summarising the rest, then a plain
 * listing. Every plain line starts with a fixed word, and untrusted text has
 * no line breaks left in it, so nothing from the org file can start a command.
 */
export function formatCheckGithub(report: CheckReport): string {
  const active = report.findings.filter((f) => !f.waived);
  const annotated = active.slice(0, GITHUB_ANNOTATION_LIMIT);
  const rest = active.slice(GITHUB_ANNOTATION_LIMIT);
  const out: string[] = [];
  for (const f of annotated) {
    const props = [`file=${property(f.file)}`, `line=${f.line}`, `col=${f.col}`, `title=${property(`rocks ${f.rule}`)}`].join(',');
    out.push(`::${COMMAND[f.severity]} ${props}::${data(findingMessage(f))}`);
  }
  if (rest.length) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of rest) counts[f.severity]++;
    const n = (count: number, word: string): string => `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
    const parts = [n(counts.error, 'error'), n(counts.warning, 'warning'), n(counts.info, 'info')].filter((p) => !p.startsWith('0 '));
    out.push(`::notice title=${property('rocks check')}::${data(`${rest.length} more findings (${parts.join(', ')}) are not annotated: GitHub shows only the first annotations of a step. They are listed in this log and in the job summary.`)}`);
  }
  out.push(terminalSafe(checkHeadline(report)));
  for (const f of report.findings) {
    const state = f.waived ? 'waived' : f.severity;
    out.push(`${state.padEnd(7)} ${terminalSafe(`${f.file}:${f.line}:${f.col}`)} ${terminalSafe(findingMessage(f))} [${f.rule}]`);
  }
  out.push(`rocks: ${terminalSafe(`${countsLine(report.outcome)} — ${verdict(report)}`)}`);
  return `${out.join('\n')}\n`;
}
