// Public entry points of the ingest package.

export { parseDocument, parseText, documentId } from './parse.ts';
export { ingestFiles, type FileOutcome } from './ingest-files.ts';
export { openDatabase } from './load/database.ts';
export { RejectError, isRejectError } from './errors.ts';
export { fold } from './text/fold.ts';
export { loadProvinces } from './facts/provinces.ts';
export type * from './model.ts';
