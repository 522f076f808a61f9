/** A short, printable rendering of bad input for a message (never the whole of a long string). */
export function describeInput(input: unknown): string {
  if (typeof input === 'string') {
    const printable = input.replace(/[^\x20-\x7e]/g, '?');
    return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
  }
  if (input === null) {
    return 'null';
  }
  return typeof input;
}
