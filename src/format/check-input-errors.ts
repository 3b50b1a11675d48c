/**
 * `rocks check` on an org file that cannot be read as one: the problems go to
 * stderr as always (exit 2), and the machine formats also say so in their own
 * medium, so CI annotates the offending lines and a SARIF upload or a job
 * summary step finds a document instead of nothing.
 */
import type { Diagnostic } from '../model/diagnostics.js';
import type { CheckFormat } from './names.js';
import { CHECK_SCHEMA_VERSION } from './check-json.js';
import { GITHUB_ANNOTATION_LIMIT } from './check-github.js';
import { pathToUri } from './check-sarif.js';
import { githubData, githubProperty, jsonText, markdownCell, terminalSafe } from './escape.js';

type InputErrorFormatter = (diagnostics: readonly Diagnostic[], version: string) => string;

const summary = (n: number): string => `${n} ${n === 1 ? 'problem' : 'problems'} in the input; nothing was checked`;

export const INPUT_ERROR_FORMATTERS: Partial<Record<CheckFormat, InputErrorFormatter>> = {
  github: (diagnostics) => {
    const out = diagnostics
      .slice(0, GITHUB_ANNOTATION_LIMIT)
      .map((d) => `::error file=${githubProperty(terminalSafe(d.file))},line=${d.line},col=${d.col},title=${githubProperty(`rocks ${d.code}`)}::${githubData(terminalSafe(d.message))}`);
    out.push(`::error title=rocks check::${githubData(summary(diagnostics.length))}`);
    return `${out.join('\n')}\n`;
  },
  json: (diagnostics, version) =>
    jsonText({
      schemaVersion: CHECK_SCHEMA_VERSION,
      version,
      passed: false,
      exitCode: 2,
      inputErrors: diagnostics.map((d) => ({ file: d.file, line: d.line, col: d.col, code: d.code, message: d.message })),
    }),
  sarif: (diagnostics, version) =>
    jsonText({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'rocks', version } },
          columnKind: 'utf16CodeUnits',
          results: diagnostics.map((d) => ({
            ruleId: d.code,
            level: 'error',
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(d.file) }, region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.col) } } }],
          })),
          invocations: [{ executionSuccessful: false, exitCode: 2 }],
        },
      ],
    }),
  markdown: (diagnostics) =>
    [
      '## rocks check: the org file is not valid',
      '',
      ...diagnostics.map((d) => `- ${markdownCell(`${d.file}:${d.line}:${d.col}`)}: ${markdownCell(d.message)}`),
      '',
      markdownCell(summary(diagnostics.length)),
      '',
    ].join('\n'),
};
