// One-pass phrase matcher over a passage: the passage is folded (no diacritics, lower case, đ → d,
// same length so offsets stay valid) and cut into word tokens; each token is looked up once in an
// index of phrases by their first token. Punctuation and line breaks between words are ignored,
// except hard breaks (. ; : | ! ? ( ) quotes), which a phrase never crosses.

import { foldSameLength } from '../text/fold.ts';
import { normalizeToneMarks } from '../text/tone-marks.ts';

/** A word of the passage: folded text and its span in the passage. */
export interface Token {
  text: string;
  /** The word as written, lower case, when it carries diacritics (else null: it may have lost them). */
  marked?: string | null;
  start: number;
  end: number;
  /** A hard break (sentence or cell boundary) separates this token from the previous one. */
  hardBefore: boolean;
}

const isWordUnit = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38 /* & */;
const HARD = new Set(['.', ';', ':', '|', '!', '?', '(', ')', '"', '“', '”', '…', '[', ']']);

/** Cuts folded text into tokens, noting hard breaks between them. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let hard = false;
  const n = folded.length;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isWordUnit(c)) {
      const start = i;
      while (i < n && isWordUnit(folded.charCodeAt(i))) i++;
      tokens.push({ text: folded.slice(start, i), start, end: i, hardBefore: hard });
      hard = false;
    } else {
      // A period between digits (9.001) or inside an abbreviation is not a break; elsewhere it is.
      if (HARD.has(folded[i]!)) {
        const prevDigit = i > 0 && folded.charCodeAt(i - 1) >= 48 && folded.charCodeAt(i - 1) <= 57;
        const nextDigit = i + 1 < n && folded.charCodeAt(i + 1) >= 48 && folded.charCodeAt(i + 1) <= 57;
        if (!(folded[i] === '.' && prevDigit && nextDigit)) hard = true;
      }
      i++;
    }
  }
  return tokens;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Notes, on each token, the word as written when it carries diacritics. */
export function markTokens(tokens: Token[], original: string): Token[] {
  for (const t of tokens) {
    const w = original.slice(t.start, t.end).toLowerCase();
    t.marked = ASCII.test(w) ? null : w;
  }
  return tokens;
}

/** Tokens of a phrase as written in the codebook: folded, and as written (diacritics kept). */
export function phraseWords(phrase: string): { folded: string[]; marked: string[] } {
  const text = normalizeToneMarks(phrase.normalize('NFC'));
  const tokens = markTokens(tokenize(foldSameLength(text)), text);
  return { folded: tokens.map((t) => t.text), marked: tokens.map((t) => t.marked ?? t.text) };
}

/** Folds and tokenizes a phrase as written in the codebook. */
export function phraseTokens(phrase: string): string[] {
  return phraseWords(phrase).folded;
}

export interface Phrase<T> {
  tokens: string[];
  /** The words as written in the codebook (diacritics kept), to refuse `hợp` for `họp`. */
  marked: string[];
  /** What the phrase stands for (category, cue kind…). */
  value: T;
}

export interface Match<T> {
  value: T;
  /** Span in the passage (UTF-16 offsets). */
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Phrases that end here (all of the node's depth), in the order they were added. */
  phrases: Phrase<T>[];
}

/**
 * A compiled set of phrases: a trie over their folded tokens, so each position of a passage walks
 * only the phrases that still match (a first word like `công` starts hundreds of them).
 */
export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map(), phrases: [] };
  size = 0;

  add(phrase: string, value: T): void {
    const { folded: tokens, marked } = phraseWords(phrase);
    if (tokens.length === 0) throw new Error(`codebook phrase has no words: "${phrase}"`);
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map(), phrases: [] };
        node.next.set(t, child);
      }
      node = child;
    }
    node.phrases.push({ tokens, marked, value });
    this.size++;
  }

  /**
   * Every occurrence of every phrase in the tokens (overlaps included), for each start token the
   * longest phrases first, phrases of one length in the order they were added. Diacritics are
   * ignored where the text has lost them; a word written with diacritics must carry the phrase's
   * own (`tổng hợp báo cáo` is not `họp báo`, `dài` is not `đài`, `quả` is not `qua`).
   * `original` is the passage as written (same offsets as the folded tokens); without it,
   * diacritics are not compared.
   */
  matchTokens(tokens: Token[], original?: string): Match<T>[] {
    const out: Match<T>[] = [];
    const path: TrieNode<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // The nodes the tokens from i walk through, without crossing a hard break.
      path.length = 0;
      let node = this.root.next.get(tokens[i]!.text);
      for (let j = i; node; ) {
        path.push(node);
        j++;
        if (j >= tokens.length || tokens[j]!.hardBefore) break;
        node = node.next.get(tokens[j]!.text);
      }
      for (let d = path.length - 1; d >= 0; d--) {
        const len = d + 1;
        for (const p of path[d]!.phrases) {
          let ok = true;
          if (original) {
            for (let k = 0; k < len; k++) {
              const t = tokens[i + k]!;
              if (t.marked === undefined) {
                const w = original.slice(t.start, t.end).toLowerCase();
                t.marked = ASCII.test(w) ? null : w;
              }
              if (t.marked && t.marked !== p.marked[k]) {
                ok = false;
                break;
              }
            }
          }
          if (ok) out.push({ value: p.value, start: tokens[i]!.start, end: tokens[i + len - 1]!.end, tokenStart: i, tokenEnd: i + len });
        }
      }
    }
    return out;
  }
}
