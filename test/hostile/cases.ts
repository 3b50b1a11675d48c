/**
 * The hostile-input table: one row per file in ./fixtures, with the exit code
 * and a fragment of the message (file:line:col included) rocks must answer
 * with. A fixture without a row fails the suite, so the table stays complete.
 */
export interface HostileCase {
  /** File name in ./fixtures, without `.yaml`. */
  fixture: string;
  exit: 0 | 1 | 2;
  /** For exit 2: a fragment of standard error, starting with `file:line:col`. For exit 0: a fragment of the report. */
  expect: string;
}

const E = (fixture: string, expect: string): HostileCase => ({ fixture, exit: 2, expect: `${fixture}.yaml:${expect}` });
const OK = (fixture: string, expect: string): HostileCase => ({ fixture, exit: 0, expect });

const ONE_OF_TASK = 'must be a task title or a mapping with a "title"';
const TOO_MANY_ALIASES = 'aliases (*name) expand to too much data (over 1000 copies)';
const TAG = (tag: string) => `error: the YAML tag ${tag} is not supported`;

export const HOSTILE_CASES: readonly HostileCase[] = [
  // Nothing, or not a mapping.
  E('empty', '1:1: error: the file is empty'),
  E('only-comments', '1:1: error: the file is empty'),
  E('only-document-marker', '1:4: error: the file is empty'),
  E('top-null', '1:1: error: the file is empty'),
  E('top-scalar', '1:1: error: the file holds a string; an org file is a mapping'),
  E('top-number', '1:1: error: the file holds a number'),
  E('top-list', '1:1: error: the file holds a list'),
  E('missing-version', '1:1: error: the file needs "version"'),
  E('version-2', '1:10: error: version must be 1 (the only org file format version), not 2'),
  E('version-string', '1:10: error: version must be 1 (the only org file format version), not the text "1"'),

  // Wrong types, wrong numbers.
  E('capacity-string', '5:15: error: members[0].capacity must be a number, not the text "lots"'),
  E('effort-list', '7:17: error: members[0].tasks[0].effort must be a number, not a list'),
  E('name-number', '3:11: error: members[0].name must be text, not 42'),
  E('capacity-negative', '5:15: error: members[0].capacity must be greater than 0'),
  E('capacity-zero', '5:15: error: members[0].capacity must be greater than 0'),
  E('effort-negative', '7:17: error: members[0].tasks[0].effort must not be negative'),
  E('effort-nan', '7:17: error: members[0].tasks[0].effort must be a number, not .nan (not a number)'),
  E('effort-inf', '7:17: error: members[0].tasks[0].effort must be a number, not .inf'),
  E('capacity-minus-inf', '5:15: error: members[0].capacity must be a number, not -.inf'),
  E('capacity-1e400', '5:15: error: members[0].capacity must be a number, not .inf (infinity, or a number too large to hold)'),
  E('effort-1e308', '7:17: error: members[0].tasks[0].effort must be at most 168 hours'),
  E('effort-over-a-week', '7:17: error: members[0].tasks[0].effort must be at most 168 hours'),
  E('members-mapping', '3:3: error: members must be a list, not a mapping'),
  E('tasks-string', '5:12: error: members[0].tasks must be a list, not the text "write the PRD"'),
  E('task-number', `6:9: error: members[0].tasks[0] ${ONE_OF_TASK}, not 42`),
  E('task-list', `6:9: error: members[0].tasks[0] ${ONE_OF_TASK}, not a list`),
  E('task-null', `6:8: error: members[0].tasks[0] ${ONE_OF_TASK}, not null`),
  E('task-boolean', `6:9: error: members[0].tasks[0] ${ONE_OF_TASK}, not boolean true`),
  E('task-no-title', '6:9: error: members[0].tasks[0] needs "title"'),
  E('skills-string', '5:13: error: members[0].skills must be a list, not the text "product-strategy"'),
  E('stage-invalid', '2:8: error: stage must be one of "startup", "scale-up", "enterprise", not the text "huge"'),
  E('title-blank', '6:16: error: members[0].tasks[0].title must not be empty'),
  E('title-too-long', '6:9: error: members[0].tasks[0] must be at most 1000 characters'),
  E('policy-maxload-string', '3:12: error: policy.maxLoad must be a number, not the text "high"'),
  // YAML 1.2: yes and 12:30 are text, and the message says so.
  E('yes-is-text', '3:20: error: policy.allowUnassigned must be a boolean, not the text "yes"'),
  E('sexagesimal-is-text', '7:17: error: members[0].tasks[0].effort must be a number, not the text "12:30"'),

  // Keys: duplicates, typos, prototypes.
  E('duplicate-key', '3:1: error: duplicate key'),
  E('duplicate-key-member', '6:5: error: duplicate key'),
  // After an empty value the yaml package places the error at the end of the line before.
  E('duplicate-key-after-empty', '6:5: error: duplicate key'),
  E('duplicate-key-after-empty-block', '7:5: error: duplicate key'),
  E('duplicate-member', '5:11: error: member "dana" is already defined at duplicate-member.yaml:4:11'),
  E('unknown-key-top', '2:1: error: unknown key "membres"; did you mean "members"?'),
  E('unknown-key-member', '5:5: error: unknown key "capacty" in members[0]; did you mean "capacity"?'),
  E('unknown-key-task', '7:9: error: unknown key "efort" in members[0].tasks[0]; did you mean "effort"?'),
  E('unknown-discipline', '7:21: error: unknown discipline "product-managment"; did you mean "product-management"?'),
  E('unknown-skill', '5:14: error: unknown discipline "tech-writing"'),
  E('missing-name', '3:5: error: members[0] needs "name"'),
  // Five hundred problems: the first hundred, then the count (a CI log stays readable).
  { fixture: 'many-problems', exit: 2, expect: 'rocks: 500 problems in the input (the first 100 are shown); nothing was audited' },
  E('proto-top', '2:1: error: the key "__proto__" is not allowed in an org file'),
  E('proto-member', '5:5: error: the key "__proto__" is not allowed in an org file'),
  E('proto-weights', '4:5: error: the key "__proto__" is not allowed in an org file'),
  E('constructor-task', '7:9: error: unknown key "constructor" in members[0].tasks[0]'),
  E('constructor-weights', '4:18: error: cannot re-weight unknown rule "constructor"'),
  E('prototype-top', '2:1: error: unknown key "prototype"'),
  E('key-is-list', '2:1: error: a mapping key must be plain text, not a list'),
  E('key-is-mapping', '2:3: error: a mapping key must be plain text, not a mapping'),
  E('key-is-alias', '3:1: error: a mapping key must be plain text, not an alias'),
  E('merge-key', '4:5: error: unknown key "<<" in members[0]'),

  // Bytes and lines.
  E('tabs-indent', '3:1: error: tab used for indentation; YAML indents with spaces'),
  OK('bom-valid', 'Acme · startup'),
  E('bom-error', '2:1: error: unknown key "membres"'),
  OK('crlf-valid', 'Acme · startup'),
  E('crlf-error', '5:15: error: members[0].capacity must be a number, not the text "lots"'),
  E('lone-cr', '2:10: error: a carriage return without a line feed'),
  E('control-escape', '2:10: error: control character U+001B is not allowed in a YAML file'),
  E('control-bell', '2:10: error: control character U+0007 is not allowed in a YAML file'),
  E('control-c1', '2:10: error: control character U+009B is not allowed in a YAML file'),
  OK('json-valid', 'Acme · startup'),
  E('json-error', '4:34: error: members[0].capacity must be a number, not the text "lots"'),

  // YAML features an org file refuses.
  E('multiple-documents', '3:1: error: several YAML documents in one file'),
  E('directive-yaml-1.1', '1:1: error: a %YAML directive is not supported'),
  E('directive-tag', '1:1: error: a %TAG directive is not supported'),
  E('tag-js-function', `2:6: ${TAG('!!js/function')}`),
  E('tag-binary', `2:6: ${TAG('!!binary')}`),
  E('tag-set', `2:13: ${TAG('!!set')}`),
  E('tag-timestamp', `5:14: ${TAG('!!timestamp')}`),
  E('tag-custom', `6:9: ${TAG('!custom')}`),
  E('tag-omap', `2:10: ${TAG('!!omap')}`),
  OK('tag-str-valid', '1 member · 1 rocks'),
  E('unclosed-quote', '4:1: error: missing closing "quote'),
  E('unclosed-flow', '3:1: error: flow sequence in block collection must be sufficiently indented and end with a ]'),
  E('bad-indent', '4:1: error:'),

  // Aliases and nesting.
  OK('anchors-valid', '2 members · 2 rocks'),
  E('alias-billion-laughs', `3:10: error: ${TOO_MANY_ALIASES}`),
  E('alias-used-too-often', `4:5: error: ${TOO_MANY_ALIASES}`),
  E('alias-undefined', '2:6: error: the alias *nope has no anchor &nope before it'),
  E('deep-flow-65', '2:70: error: nesting deeper than 64 levels'),
  // Brackets that are text, not nesting.
  OK('deep-flow-in-quotes', '0 members'),
  OK('deep-brackets-in-comment', 'Acme · startup'),
  OK('deep-brackets-in-block-scalar', '0 members'),

  // Strings that would take over a terminal: valid, and shown as escapes.
  OK('hostile-strings-valid', 'Acme\\e[31m red'),
  // Every string of an org file hostile at once; output.test.ts runs it through every format.
  OK('hostile-org-valid', 'Acme\\e[31m red\\r\\n::warning::org'),
  E('discipline-ansi-id', '7:21: error: members[0].tasks[0].discipline must be a kebab-case id'),
  E('unknown-key-ansi', '2:1: error: unknown key "\\u001b[2Jboom"'),
];
