// Shared by the specs: values the tests know are valid, made through the real parsers.
import { parseMonth, type MonthKey } from '../src/revenue/calendar.js';

/** A month the test knows is valid ('2021-03'); a typo in a test fails loudly. */
export const month = (text: string): MonthKey => {
  const parsed = parseMonth(text);
  if (!parsed.ok) {
    throw new Error(`not a month: ${text}`);
  }
  return parsed.value;
};
