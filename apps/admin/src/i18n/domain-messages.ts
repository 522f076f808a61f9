// The rules' own texts (`errors.<code>`), taken from @hub/domain rather than copied: its
// `{name}` placeholders become polyglot's `%{name}`.
import { type Locale, messages } from '@hub/domain';

export function toErrorMessages(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages[locale]).map(([code, text]) => [
      code,
      text.replace(/\{(\w+)\}/g, '%{$1}'),
    ]),
  );
}
