// Version of the parser's output. Bump PARSER_VERSION when a change alters passages or facts:
// stored documents of another version are then rebuilt from their sources. The codebook's hash
// is part of the model version, so editing data/codebook/*.json re-codes on the next ingest.

import { codebook } from './coding/codebook.ts';

export const PARSER_VERSION = 'p1';

/** Parser version plus codebook version; stored with every document. */
export const MODEL_VERSION = `${PARSER_VERSION}+${codebook().version}`;
