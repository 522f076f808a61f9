/**
 * The keyset cursors a list gave out (`X-Next-Cursor`), by view (resource, sort and filter) and
 * by the offset of the page each one starts. When react-admin asks for the next page of the
 * same view, the cursor goes instead of the offset, so the API reads a deep page as an index
 * range instead of counting past every row before it (issue 8 item 12). A jump to a page no
 * cursor points at is read by its offset. Only lists that answer a cursor are remembered.
 */
export class CursorBook {
  private readonly cursors = new Map<string, string>();

  constructor(private readonly capacity = 200) {}

  /** The cursor that starts the page at `start` of this view, if one was given out. */
  find(view: string, start: number): string | undefined {
    return start === 0 ? undefined : this.cursors.get(key(view, start));
  }

  /** Keeps `cursor` as the start of the page at `start`; the oldest go past the capacity. */
  remember(view: string, start: number, cursor: string): void {
    const at = key(view, start);
    this.cursors.delete(at);
    this.cursors.set(at, cursor);
    for (const oldest of this.cursors.keys()) {
      if (this.cursors.size <= this.capacity) {
        break;
      }
      this.cursors.delete(oldest);
    }
  }
}

const key = (view: string, start: number) => `${start} ${view}`;

/** A list view's identity: what it lists, in which order, under which filter. */
export const viewOf = (resource: string, sort: string, filter: string): string =>
  `${resource} ${sort} ${filter}`;
