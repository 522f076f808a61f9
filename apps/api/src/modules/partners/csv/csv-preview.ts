import { type Locale } from '@hub/domain';
import { DomainError } from '../../../http/domain-error.js';
import { messageFor } from '../../../http/error-body.js';
import { type ErrorCode } from '../../../http/error-status.js';
import { type CsvFile, type LineProblem } from './read-csv.js';

/** One problem of a line as the API answers it: coded, with its message in the caller's language. */
export type LineErrorJson = {
  line: number;
  field: string;
  code: string;
  message: string;
  details: Record<string, unknown>;
};

export type PreviewLineJson = {
  line: number;
  cells: Record<string, string>;
  errors: LineErrorJson[];
};

export type CsvPreviewJson = {
  valid: boolean;
  fileSha256: string;
  lineCount: number;
  errorCount: number;
  lines: PreviewLineJson[];
  replacedMonths?: { month: string; rows: number }[];
};

export const lineError = (problem: LineProblem, locale: Locale): LineErrorJson => ({
  line: problem.line,
  field: problem.field,
  code: problem.code,
  message: messageFor(problem.code as ErrorCode, problem.details, locale),
  details: { ...problem.details },
});

/** Every line of the file with its problems (none: the line is good). */
export function previewOf(
  file: CsvFile,
  problems: readonly LineProblem[],
  locale: Locale,
): CsvPreviewJson {
  const byLine = new Map<number, LineErrorJson[]>();
  for (const problem of problems) {
    byLine.set(problem.line, [...(byLine.get(problem.line) ?? []), lineError(problem, locale)]);
  }
  return {
    valid: problems.length === 0,
    fileSha256: file.sha256,
    lineCount: file.lines.length,
    errorCount: byLine.size,
    lines: file.lines.map((line) => ({
      line: line.line,
      cells: { ...line.cells },
      errors: byLine.get(line.line) ?? [],
    })),
  };
}

/** A commit with bad lines: 422, every bad line's problems in `details.errors`, nothing written. */
export function invalidLines(problems: readonly LineProblem[], locale: Locale): DomainError {
  const lines = new Set(problems.map((problem) => problem.line));
  return new DomainError('csv_import.invalid_lines', {
    errorCount: lines.size,
    errors: problems.map((problem) => lineError(problem, locale)),
  });
}

/** Refuses the same key on two lines: the later one names the first. */
export function duplicateFinder(): (line: number, key: string) => LineProblem | undefined {
  const seen = new Map<string, number>();
  return (line, key) => {
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        line,
        field: 'line',
        code: 'csv_import.duplicate_line',
        details: { firstLine: first, key },
      };
    }
    seen.set(key, line);
    return undefined;
  };
}
