import { createHash } from 'node:crypto';
import { CsvError, parse } from 'csv-parse/sync';
import { DomainError } from '../../../http/domain-error.js';

/** A file is at most 1 MiB: the API's body limit answers 413 before anything bigger is read. */
export const CSV_MAX_BYTES = 1_048_576;
/** At most 10,000 data lines (the header not counted). */
export const CSV_MAX_LINES = 10_000;

/** One data line of a CSV file: its line number in the file (the header is line 1) and its cells by column. */
export type CsvLine = {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
  /** How many cells the line had; not the header's count is a line problem (`csv_import.column_count`). */
  readonly width: number;
};

export type CsvFile = {
  readonly sha256: string;
  /** The header's number of columns. */
  readonly columns: number;
  readonly lines: readonly CsvLine[];
};

/** A line's problem: the field (column) it is about, a code with en/sv text, the value read. */
export type LineProblem = {
  readonly line: number;
  readonly field: string;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads an uploaded CSV file, refusing the whole file (4xx, nothing else looked at) when it is not
 * one: not a body of bytes (`csv_import.not_csv`), too big, not UTF-8 text or containing NUL bytes
 * (a binary file: `csv_import.not_text`), more than CSV_MAX_LINES lines, broken quoting
 * (`csv_import.malformed`, with its line), no data lines, or a header that is not exactly the
 * `required` columns plus any of the `optional` ones, in any order (`csv_import.header_invalid`).
 * A UTF-8 byte order mark is dropped (csv-parse's `bom`); blank lines are skipped; cells are trimmed.
 */
export function readCsv(
  body: unknown,
  columns: { readonly required: readonly string[]; readonly optional: readonly string[] },
): CsvFile {
  if (body === undefined || body === null) {
    throw new DomainError('csv_import.empty');
  }
  if (!Buffer.isBuffer(body)) {
    throw new DomainError('csv_import.not_csv');
  }
  if (body.length > CSV_MAX_BYTES) {
    throw new DomainError('csv_import.too_large', { maxBytes: CSV_MAX_BYTES });
  }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new DomainError('csv_import.not_text');
  }
  if (text.includes('\u0000')) {
    throw new DomainError('csv_import.not_text');
  }
  // Counted before parsing, so that a file of a million (blank) lines is refused unread.
  let newlines = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    newlines += 1;
    if (newlines > CSV_MAX_LINES + 1) {
      throw new DomainError('csv_import.too_many_lines', { maxLines: CSV_MAX_LINES });
    }
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = error instanceof CsvError ? Number((error as { lines?: number }).lines ?? 0) : 0;
    throw new DomainError('csv_import.malformed', { line });
  }
  const [header, ...data] = records;
  if (header === undefined) {
    throw new DomainError('csv_import.empty');
  }
  const names = header.record.map((name) => name.toLowerCase());
  const known = new Set([...columns.required, ...columns.optional]);
  const missing = columns.required.filter((name) => !names.includes(name));
  const unknown = names.filter((name) => !known.has(name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    throw new DomainError('csv_import.header_invalid', {
      expected: columns.required.join(','),
      missing,
      unknown,
      repeated,
    });
  }
  if (data.length === 0) {
    throw new DomainError('csv_import.empty');
  }
  return {
    sha256: createHash('sha256').update(body).digest('hex'),
    columns: names.length,
    lines: data.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(names.map((name, index) => [name, record[index] ?? ''])),
      width: record.length,
    })),
  };
}

/** A line problem when the line's cell count is not the header's; checked first by importers. */
export function columnCountProblem(file: CsvFile, line: CsvLine): LineProblem | undefined {
  return line.width === file.columns
    ? undefined
    : {
        line: line.line,
        field: 'line',
        code: 'csv_import.column_count',
        details: { expected: file.columns, actual: line.width },
      };
}
