/**
 * The Prompter of `rocks init`, answered with Inquirer in the terminal. Only
 * the init command imports this module, so no other command loads Inquirer.
 * Ctrl-C makes Inquirer throw ExitPromptError; run.ts turns it into exit 130.
 */
import { confirm, editor, input, select } from '@inquirer/prompts';
import { terminalSafe } from '../format/escape.js';
import type { Prompter, SelectQuestion } from '../init/prompter.js';
import type { Streams } from './io.js';

export function inquirerPrompter(streams: Streams): Prompter {
  const context = { input: streams.stdin, output: streams.stdout as NodeJS.WritableStream, clearPromptOnDone: false };
  return {
    input: (q) =>
      input(
        {
          message: terminalSafe(q.message),
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
        },
        context,
      ),
    select: <T>(q: SelectQuestion<T>) =>
      select<T>(
        {
          message: terminalSafe(q.message),
          choices: q.choices.map((c) => ({ value: c.value, name: terminalSafe(c.name), ...(c.description ? { description: terminalSafe(c.description) } : {}), ...(c.short ? { short: terminalSafe(c.short) } : {}) })),
          ...(q.default !== undefined ? { default: q.default } : {}),
          pageSize: 14,
          loop: false,
        },
        context,
      ),
    confirm: (q) => confirm({ message: terminalSafe(q.message), ...(q.default !== undefined ? { default: q.default } : {}) }, context),
    editor: (q) => editor({ message: terminalSafe(q.message), ...(q.default !== undefined ? { default: q.default } : {}), ...(q.validate ? { validate: q.validate } : {}) }, context),
  };
}
