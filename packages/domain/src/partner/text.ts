// Shared checks for free-text fields (names, address lines): trimmed, not empty, bounded, and
// free of control characters, which no legitimate name or address contains.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export type TextCheck =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: 'missing' | 'too_long' | 'control_characters' };

/** Trims a free-text field and checks it; `missing` covers absent, non-string and blank input. */
export function checkText(input: unknown, maxLength: number): TextCheck {
  if (typeof input !== 'string') {
    return { ok: false, reason: 'missing' };
  }
  const value = input.trim();
  if (value === '') {
    return { ok: false, reason: 'missing' };
  }
  if (value.length > maxLength) {
    return { ok: false, reason: 'too_long' };
  }
  if (controlCharacters.test(value)) {
    return { ok: false, reason: 'control_characters' };
  }
  return { ok: true, value };
}

/** Own-property read of a field from untrusted input (never from a prototype). */
export function field(input: unknown, name: string): unknown {
  if (
    typeof input !== 'object' ||
    input === null ||
    !Object.prototype.hasOwnProperty.call(input, name)
  ) {
    return undefined;
  }
  return (input as Record<string, unknown>)[name];
}
