// Ingesting through a running server: when the server holds the database file, `cchc ingest`
// sends the files to its upload endpoint instead (the server is the one writer).

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileOutcome } from './ingest-files.ts';

/** Whether an error from opening DuckDB means another process holds the file. */
export function isLockError(e: unknown): boolean {
  return /Could not set lock on file|Conflicting lock is held/i.test(String((e as Error)?.message ?? e));
}

/** Posts files (in batches) to `server`'s /api/v1/documents with the bearer token. */
export async function ingestRemote(
  files: string[],
  server: string,
  token: string,
  progress?: (done: number, total: number, o: FileOutcome) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (let i = 0; i < files.length; i += 20) {
    const batch = files.slice(i, i + 20);
    const fd = new FormData();
    for (const f of batch) fd.append('file', new File([new Uint8Array(await readFile(f))], basename(f)));
    const res = await fetch(`${server.replace(/\/$/, '')}/api/v1/documents`, { method: 'POST', body: fd, headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json().catch(() => ({}))) as { data?: Array<{ status: FileOutcome['status']; id: string | null; reason: string | null }>; detail?: string };
    if (!res.ok || !body.data) throw new Error(`server at ${server} refused the upload: ${res.status} ${body.detail ?? ''}`.trim());
    body.data.forEach((d, j) => {
      const o: FileOutcome = { file: batch[j]!, status: d.status, ...(d.id ? { id: d.id } : {}), ...(d.reason ? { reason: d.reason } : {}) };
      outcomes.push(o);
      progress?.(outcomes.length, files.length, o);
    });
  }
  return outcomes;
}
