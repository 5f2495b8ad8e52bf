// Quantified targets in a passage: "ít nhất 02 tin, bài/tháng", "mỗi tuần ít nhất 01 lần",
// "04 số/tháng", "định kỳ 2 lần/năm", "Mỗi tháng: 02 chuyên mục". Only a count of a known unit
// with a period or a minimum counts, so dates, document numbers and "giai đoạn 2021-2025" never do.

import type { Passage, Target } from '../model.ts';

const PERIOD = 'tuần|tháng|quý|năm|ngày|lần|kỳ|đợt';
/** Units of output; longer alternatives first ("tin, bài" before "tin"). */
const UNIT = [
  'tin,\\s*bài', 'tin\\s+bài', 'bài\\s+viết', 'bản\\s+tin', 'video\\s+clip', 'chuyên\\s+mục', 'chuyên\\s+trang',
  'chuyên\\s+đề', 'phóng\\s+sự', 'hội\\s+nghị', 'chương\\s+trình', 'tờ\\s+rơi', 'ấn\\s+phẩm', 'áp\\s+phích', 'pa\\s*nô',
  'tin', 'bài', 'lần', 'số', 'buổi', 'cuộc', 'lớp', 'phút', 'giờ', 'video', 'clip', 'kỳ', 'đợt', 'tập',
].join('|');
const QUALIFIER = 'ít nhất|tối thiểu|không ít hơn|định kỳ';

const TARGET = new RegExp(
  `(?:(?:mỗi|hàng|hằng)\\s+(${PERIOD})\\s*[,:]?\\s*(?:có\\s+)?)?` +
    `(?:(${QUALIFIER})\\s+)?` +
    `(?<![\\d/.,-])(\\d{1,3})\\s+(${UNIT})(?![\\p{L}])` +
    `(?:\\s*\\/\\s*(${PERIOD})(?![\\p{L}]))?`,
  'giu',
);

/** Targets in one passage, in order of appearance. */
export function findTargets(passage: Passage): Target[] {
  const out: Target[] = [];
  // Every target has a count: a passage without a digit has none (the expression opens with
  // optional words, so it would be tried at every position).
  if (!/\d/.test(passage.text)) return out;
  for (const m of passage.text.matchAll(TARGET)) {
    const [whole, every, qualifier, count, unit, per] = m;
    // A bare count ("02 chuyên mục") is a description, not a target.
    if (!every && !qualifier && !per) continue;
    out.push({
      passageSeq: passage.seq,
      text: whole.replace(/\s+/g, ' '),
      count: Number(count),
      unit: unit!.toLowerCase().replace(/\s+/g, ' ').replace(/,(?=\S)/, ', '),
      period: (every ?? per)?.toLowerCase() ?? null,
      start: passage.start + m.index,
      end: passage.start + m.index + whole.length,
    });
  }
  return out;
}
