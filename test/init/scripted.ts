/**
 * A Prompter answered from a script, by message: each answer names the
 * question it expects (a substring or a RegExp), so a reordered or missing
 * question fails the test with both messages shown.
 */
import type { ConfirmQuestion, InputQuestion, Prompter, SelectQuestion } from '../../src/init/prompter.js';

/** Take the highlighted choice (a select's default), as pressing Enter does. */
export const ENTER = Symbol('enter');

export type Answer = string | boolean | null | typeof ENTER | Error | ((asked: Asked) => string | boolean | null | typeof ENTER);

export interface Asked {
  kind: 'input' | 'select' | 'confirm';
  message: string;
  default?: unknown;
  choices?: unknown[];
}

export class ScriptedPrompter implements Prompter {
  readonly asked: Asked[] = [];
  private readonly script: [string | RegExp, Answer][];

  constructor(script: [string | RegExp, Answer][]) {
    this.script = [...script];
  }

  /** Answers left over: a test that ends with some is wrong about the flow. */
  get remaining(): number {
    return this.script.length;
  }

  private next(kind: Asked['kind'], message: string): Exclude<Answer, Error | ((asked: Asked) => unknown)> {
    const step = this.script.shift();
    if (!step) throw new Error(`unexpected ${kind} question: "${message}" (the script has no answers left)`);
    const [expected, answer] = step;
    const matches = typeof expected === 'string' ? message.includes(expected) : expected.test(message);
    if (!matches) throw new Error(`expected a question matching ${String(expected)}, got ${kind} "${message}"`);
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer(this.asked[this.asked.length - 1]!) : answer;
  }

  async input(q: InputQuestion): Promise<string> {
    this.asked.push({ kind: 'input', message: q.message, default: q.default });
    const answer = this.next('input', q.message);
    const value = answer === ENTER ? (q.default ?? '') : String(answer);
    const valid = q.validate ? q.validate(value) : true;
    if (valid !== true) throw new Error(`answer ${JSON.stringify(value)} to "${q.message}" was rejected: ${valid}`);
    return value;
  }

  async select<T>(q: SelectQuestion<T>): Promise<T> {
    this.asked.push({ kind: 'select', message: q.message, default: q.default, choices: q.choices.map((c) => c.value) });
    const answer = this.next('select', q.message);
    const value = (answer === ENTER ? (q.default ?? q.choices[0]!.value) : answer) as T;
    if (!q.choices.some((c) => c.value === value)) throw new Error(`${JSON.stringify(value)} is not a choice of "${q.message}"`);
    return value;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    this.asked.push({ kind: 'confirm', message: q.message, default: q.default });
    const answer = this.next('confirm', q.message);
    return answer === ENTER ? (q.default ?? false) : Boolean(answer);
  }
}

/** What Inquirer throws on Ctrl-C. */
export function ctrlC(): Error {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = 'ExitPromptError';
  return error;
}
