import { describe, expect, it } from '@jest/globals';
import { CursorBook, viewOf } from './cursors';

describe('CursorBook', () => {
  const view = viewOf('enrollments', '["submittedAt","ASC"]', '{"tab":["decided"]}');

  it('gives the cursor of the page that starts where it was remembered, in the same view only', () => {
    const book = new CursorBook();
    book.remember(view, 25, 'c1');
    expect(book.find(view, 25)).toBe('c1');
    expect(book.find(view, 50)).toBeUndefined();
    expect(
      book.find(viewOf('enrollments', '["submittedAt","DESC"]', '{"tab":["decided"]}'), 25),
    ).toBeUndefined();
    expect(book.find(viewOf('enrollments', '["submittedAt","ASC"]', '{}'), 25)).toBeUndefined();
  });

  it('never sends a cursor for the first page', () => {
    const book = new CursorBook();
    book.remember(view, 0, 'c0');
    expect(book.find(view, 0)).toBeUndefined();
  });

  it('forgets the oldest past its capacity, and a cursor remembered again is the newest', () => {
    const book = new CursorBook(2);
    book.remember(view, 25, 'a');
    book.remember(view, 50, 'b');
    book.remember(view, 25, 'a2');
    book.remember(view, 75, 'c');
    expect(book.find(view, 50)).toBeUndefined();
    expect(book.find(view, 25)).toBe('a2');
    expect(book.find(view, 75)).toBe('c');
  });
});
