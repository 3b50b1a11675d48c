/**
 * The questions `rocks init` asks, as an interface. The CLI answers them with
 * Inquirer (src/cli/prompts.ts); tests answer them by message, no terminal.
 * Cancelling (Ctrl-C) is the prompter's business: it throws, and the
 * questionnaire lets the error through without writing anything.
 */

export interface Choice<T> {
  value: T;
  /** The line shown in the list. */
  name: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
  /** Shown as the answer once chosen; `name` when absent. */
  short?: string;
}

/** `true` when the answer is acceptable, otherwise the message to show. */
export type Validate = (value: string) => true | string;

export interface InputQuestion {
  message: string;
  default?: string;
  validate?: Validate;
}

export interface SelectQuestion<T> {
  message: string;
  choices: readonly Choice<T>[];
  /** The value highlighted first. */
  default?: T;
}

export interface ConfirmQuestion {
  message: string;
  default?: boolean;
}

export interface Prompter {
  input(question: InputQuestion): Promise<string>;
  select<T>(question: SelectQuestion<T>): Promise<T>;
  confirm(question: ConfirmQuestion): Promise<boolean>;
  /** Multi-line text in $EDITOR; optional, the questionnaire works without it. */
  editor?(question: InputQuestion): Promise<string>;
}
