// Domain errors of the ingest: a file we refuse, with the reason an analyst can read.

export type RejectCode =
  | 'missing' | 'empty' | 'too_large' | 'binary' | 'encoding' | 'unsupported_format'
  | 'unreadable' | 'not_a_plan';

/** A file the ingest refuses; `reason` is one line, in English, naming what was wrong. */
export class RejectError extends Error {
  override readonly name = 'RejectError';
  constructor(
    readonly code: RejectCode,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export function isRejectError(e: unknown): e is RejectError {
  return e instanceof RejectError;
}
