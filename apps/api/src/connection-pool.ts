// Connections lent out one holder at a time. A DuckDB connection runs one query at a time, and a
// second query on it cuts a streaming result short, so a stream keeps its connection to itself.

/** A fixed set of items, each lent to one holder at a time; later borrowers wait in order. */
export interface Pool<T> {
  acquire(): Promise<T>;
  release(item: T): void;
  /** Items lent out now (for tests and health). */
  readonly busy: number;
}

export function createPool<T>(items: readonly T[]): Pool<T> {
  const free = [...items];
  const waiting: Array<(item: T) => void> = [];
  return {
    acquire() {
      const item = free.pop();
      return item !== undefined ? Promise.resolve(item) : new Promise<T>((resolve) => waiting.push(resolve));
    },
    release(item) {
      const next = waiting.shift();
      if (next) next(item);
      else free.push(item);
    },
    get busy() {
      return items.length - free.length;
    },
  };
}
