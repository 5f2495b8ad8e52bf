// Parsing files in worker threads for a bulk ingest, while the main thread stays the single
// writer. Answers come back per file; the caller reorders them. With 0 workers it parses inline.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseFile, type ParsedFile, type ParseFileOptions } from './parse-file.ts';
import type { ParseTask, ParseWorkerData } from './parse-worker.ts';

export interface ParsePool {
  /** Parses one file; never rejects (failures are `kind: 'error'`). */
  parse(file: string): Promise<ParsedFile>;
  /** How many files may usefully be in flight at once. */
  readonly window: number;
  close(): Promise<void>;
}

/** Below this many files the workers' start-up (~1 s each: tsx compiles the parser) costs more than they save. */
export const MIN_FILES_FOR_WORKERS = 200;

/** Worker count for `files` files: one per core (the writer mostly waits on DuckDB), at most 4. */
export function defaultWorkers(files: number): number {
  return files < MIN_FILES_FOR_WORKERS ? 0 : Math.min(4, Math.max(1, availableParallelism()));
}

/** A pool of `workers` parse threads (0: parse on the calling thread). */
export function createParsePool(workers: number, opts: ParseFileOptions): ParsePool {
  if (workers <= 0) {
    return { parse: (file) => parseFile(file, opts), window: 1, close: async () => undefined };
  }
  const data: ParseWorkerData = { keepBesideDb: opts.keepBesideDb, stored: [...opts.stored] };
  const waiting = new Map<number, { resolve: (r: ParsedFile) => void; worker: number }>();
  const inFlight: number[] = [];
  const threads: Worker[] = [];
  let seq = 0;
  let failure: string | null = null;

  const failAll = (worker: number, message: string) => {
    failure ??= message;
    for (const [k, w] of waiting) {
      if (w.worker !== worker) continue;
      waiting.delete(k);
      w.resolve({ kind: 'error', message });
    }
  };

  for (let i = 0; i < workers; i++) {
    const t = new Worker(new URL('./parse-worker-entry.mjs', import.meta.url), { workerData: data, execArgv: [] });
    t.on('message', (m: { seq?: number; result?: ParsedFile }) => {
      if (m.seq === undefined) return;
      const w = waiting.get(m.seq);
      if (!w) return;
      waiting.delete(m.seq);
      inFlight[w.worker]!--;
      w.resolve(m.result!);
    });
    t.on('error', (e) => failAll(i, `parse worker failed: ${e.message}`));
    t.on('exit', (code) => failAll(i, `parse worker exited (code ${code})`));
    threads.push(t);
    inFlight.push(0);
  }

  return {
    window: workers * 16,
    parse(file) {
      if (failure) return Promise.resolve({ kind: 'error', message: failure });
      // The least busy worker: files differ in size, so round-robin would leave one idle.
      let w = 0;
      for (let i = 1; i < threads.length; i++) if (inFlight[i]! < inFlight[w]!) w = i;
      const task: ParseTask = { seq: seq++, file };
      return new Promise<ParsedFile>((resolve) => {
        waiting.set(task.seq, { resolve, worker: w });
        inFlight[w]!++;
        threads[w]!.postMessage(task);
      });
    },
    async close() {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
