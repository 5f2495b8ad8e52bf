// Body of a parse worker thread: parses the files the pool sends, one message per file, and
// answers with what `parseFile` found. The pool starts it through parse-worker-entry.mjs.

import { parentPort, workerData } from 'node:worker_threads';
import { parseFile, type ParseFileOptions } from './parse-file.ts';

export interface ParseTask { seq: number; file: string }
export interface ParseWorkerData { keepBesideDb?: string; stored: string[] }

const data = workerData as ParseWorkerData;
const opts: ParseFileOptions = { keepBesideDb: data.keepBesideDb, stored: new Set(data.stored) };
const port = parentPort!;

// One file at a time, in order: concurrent parses would only hold more documents in memory.
const queue: ParseTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    port.postMessage({ seq: task.seq, result: await parseFile(task.file, opts) });
  }
  busy = false;
}

port.on('message', (task: ParseTask) => {
  queue.push(task);
  if (!busy) void drain();
});
