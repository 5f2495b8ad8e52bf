// The files of the "Tải lên" page and their uploads: each file is its own request, a few at a
// time, so every file has its own progress and outcome. A refused token stops the rest.

import { buildUploadRequest, checkFiles, isTokenRefusal, readUploadAnswer, sendUpload, type HttpAnswer, type UploadItem, type UploadRequest } from '$lib/upload';

type Send = (req: UploadRequest, opts: { onProgress: (f: number) => void; onSent: () => void }) => { done: Promise<HttpAnswer>; abort: () => void };

/** How many requests run at once: enough to overlap network and parsing, few enough not to hog the server. */
const CONCURRENCY = 3;

export class UploadQueue {
  items = $state<UploadItem[]>([]);
  /** A refusal that concerns every file (token, uploads off, read-only database). */
  notice = $state<string | null>(null);
  /** The refusal is about the token itself: the token field says so. */
  tokenRefused = $state(false);

  readonly pending = $derived(this.items.filter((i) => i.status === 'uploading').length);
  readonly retryable = $derived(this.items.filter((i) => i.status === 'error' && i.file !== null).length);

  #token = '';
  #active = 0;
  #nextKey = 1;
  #aborts = new Map<number, () => void>();
  #send: Send;

  constructor(send: Send = sendUpload) {
    this.#send = send;
  }

  /** Queues files and starts sending; files the server would refuse are marked as errors, unsent. */
  start(files: File[], token: string): void {
    this.#token = token;
    this.notice = null;
    this.tokenRefused = false;
    const problems = checkFiles(files);
    files.forEach((file, i) => {
      const problem = problems[i] ?? null;
      this.items.push({
        key: this.#nextKey++,
        name: file.name,
        size: file.size,
        status: problem ? 'error' : 'uploading',
        phase: problem ? 'done' : 'waiting',
        progress: 0,
        id: null,
        reason: null,
        message: problem ? `Không gửi: ${problem}` : null,
        file: problem ? null : file,
      });
    });
    this.#pump();
  }

  /** Sends again every file that failed for a reason other than its own content. */
  retry(token: string): void {
    this.#token = token;
    this.notice = null;
    this.tokenRefused = false;
    for (const item of this.items) {
      if (item.status !== 'error' || !item.file) continue;
      Object.assign(item, { status: 'uploading', phase: 'waiting', progress: 0, message: null } satisfies Partial<UploadItem>);
    }
    this.#pump();
  }

  /** Drops the finished files from the list. */
  clearFinished(): void {
    this.items = this.items.filter((i) => i.status === 'uploading');
  }

  /** Cancels everything under way (leaving the page). */
  abortAll(): void {
    for (const item of this.items) if (item.status === 'uploading' && item.phase === 'waiting') this.#fail(item, 'Đã huỷ tải lên.');
    for (const abort of [...this.#aborts.values()]) abort();
  }

  #pump(): void {
    while (this.#active < CONCURRENCY) {
      const item = this.items.find((i) => i.status === 'uploading' && i.phase === 'waiting');
      if (!item) return;
      this.#active += 1;
      void this.#run(item).finally(() => {
        this.#active -= 1;
        this.#pump();
      });
    }
  }

  async #run(item: UploadItem): Promise<void> {
    item.phase = 'sending';
    const req = buildUploadRequest(item.file!, item.name, this.#token);
    const { done, abort } = this.#send(req, {
      onProgress: (f) => (item.progress = f),
      onSent: () => (item.phase = 'processing'),
    });
    this.#aborts.set(item.key, abort);
    const answer = await done;
    this.#aborts.delete(item.key);
    const outcome = readUploadAnswer(answer);
    if (outcome.kind === 'result') {
      const { status, id, reason } = outcome.result;
      Object.assign(item, { status, id, reason, phase: 'done', progress: 1, file: null } satisfies Partial<UploadItem>);
      return;
    }
    this.#fail(item, outcome.message, outcome.detail);
    if (outcome.stop) {
      this.notice = outcome.message;
      this.tokenRefused = isTokenRefusal(outcome.status, outcome.detail);
      // The same token would be refused for every other file: keep them for "Thử lại".
      for (const other of this.items) if (other.status === 'uploading' && other.phase === 'waiting') this.#fail(other, `Chưa gửi: ${outcome.message}`);
    }
  }

  #fail(item: UploadItem, message: string, detail: string | null = null): void {
    Object.assign(item, { status: 'error', phase: 'done', message, reason: detail } satisfies Partial<UploadItem>);
  }
}
