import type { MessageCode } from './messages.js';

/** Values a message may interpolate: `{name}` in the text is replaced by `details.name`. */
export type RefusalDetails = Readonly<Record<string, string | number | boolean | readonly string[]>>;

/**
 * Why a rule said no. `code` is stable (`context.snake_case`, never reworded) and has an
 * English and a Swedish message in ./messages.ts; `details` carries what the message shows.
 */
export type Refusal<C extends MessageCode = MessageCode> = {
  readonly code: C;
  readonly details?: RefusalDetails;
};

export const refuse = <C extends MessageCode>(code: C, details?: RefusalDetails): Refusal<C> =>
  details === undefined ? { code } : { code, details };
