// Version of the parser's output. Bump PARSER_VERSION when a change alters passages or facts:
// stored documents of another version are then rebuilt from their sources.

export const PARSER_VERSION = 'p1';

/** Parser version plus codebook version; stored with every document. */
export const MODEL_VERSION = PARSER_VERSION;
