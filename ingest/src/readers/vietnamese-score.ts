// How Vietnamese a decoded text looks: the share of its words that are valid Vietnamese
// syllables, and how many are common words of plans. Used to pick a legacy encoding.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const STOP_CODA = /(?:c|ch|p|t)$/;

const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x'];

// Rimes (vowel nucleus + final consonant) by what may follow the vowels.
const OPEN_ONLY = 'ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oay oeo uây uôi uya uyu ươi ươu';
const CODA_NEEDED = 'ă â iê yê uô ươ oă uâ uyê';
const CODA_OPTIONAL = 'a e ê i o ô ơ u ư y oa oe uê uy oo uơ';
const CODAS = ['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];

const RIMES = new Set<string>();
for (const r of OPEN_ONLY.split(' ')) RIMES.add(r);
for (const v of CODA_NEEDED.split(' ')) for (const c of CODAS) RIMES.add(v + c);
for (const v of CODA_OPTIONAL.split(' ')) {
  RIMES.add(v);
  for (const c of CODAS) RIMES.add(v + c);
}

/** Frequent words of CCHC plans and of administrative Vietnamese in general. */
const COMMON = new Set(
  ('của và các cho được trong những với người năm hành chính tuyên truyền thực hiện cải cách kế hoạch tỉnh công ' +
    'theo về có không đến này đơn vị cơ quan nhân dân nhà nước ủy ban sở nội vụ tổ chức cán bộ thông tin ' +
    'nâng cao trên địa bàn huyện xã thủ tục dịch trực tuyến phối hợp chủ trì nhiệm là tại để một số').split(' '),
);

/** True when `word` (any case, NFC) is a well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const base = nfd.replace(TONE_MARKS, '').normalize('NFC');
  // Stop-final syllables (-c, -ch, -p, -t) only take the rising or the heavy tone.
  if (tones === 1 && STOP_CODA.test(base) && !/[\u0301\u0323]/.test(nfd)) return false;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rime = base.slice(onset.length);
    // Every onset is tried, so "gi"/"qu" may absorb the glide (giữa = gi + ưa) or not (gì = g + ì).
    if (RIMES.has(rime)) return true;
  }
  return false;
}

export interface VietnameseScore {
  /** Words judged (numbers and all-capital ASCII abbreviations are left out). */
  words: number;
  /** Share of judged words that are Vietnamese syllables, 0–1. */
  syllables: number;
  /** Share of judged words among the common words of plans, 0–1. */
  common: number;
  /** Share of judged words written with Vietnamese letters beyond ASCII, 0–1. */
  marked: number;
}

const WORD_SPLIT = /[\s,.;:!?()[\]{}"'“”‘’«»<>/\\|@#$%^&*+=~`_\-–—…•·0-9]+/u;
const ABBREVIATION = /^[A-Z]{1,8}$/;

/** Scores at most the first `limit` characters of `text`. */
export function scoreVietnamese(text: string, limit = 60_000): VietnameseScore {
  let words = 0;
  let good = 0;
  let common = 0;
  let marked = 0;
  for (const w of text.slice(0, limit).split(WORD_SPLIT)) {
    if (!w || ABBREVIATION.test(w)) continue;
    words++;
    if (isVietnameseSyllable(w)) {
      good++;
      if (/[^\x00-\x7f]/.test(w)) marked++;
      if (COMMON.has(w.toLowerCase())) common++;
    }
  }
  const share = (n: number) => (words === 0 ? 0 : n / words);
  return { words, syllables: share(good), common: share(common), marked: share(marked) };
}

/** Whether a score shows Vietnamese text: syllables, tone marks and common words all present. */
export function looksVietnamese(s: VietnameseScore): boolean {
  if (s.words < 3) return false;
  // Decoded plans score 0.98–1; English terms, URLs and names keep a real document above 0.85.
  return s.syllables >= 0.85 && s.marked >= 0.15 && (s.common >= 0.05 || s.words < 40);
}

/** One number to rank candidate decodings of the same bytes. */
export function rank(s: VietnameseScore): number {
  return s.syllables + 0.5 * s.common + 0.25 * s.marked;
}
