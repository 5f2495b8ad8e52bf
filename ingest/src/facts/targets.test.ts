import { describe, expect, it } from 'vitest';
import type { Passage } from '../model.ts';
import { findTargets } from './targets.ts';

const passage = (text: string, start = 0): Passage => ({
  seq: 2, sectionPath: 'III.1.d', kind: 'assignment', block: 'paragraph', heading: '', text, start, end: start + text.length,
});
const targets = (text: string) => findTargets(passage(text)).map(({ text, count, unit, period }) => ({ text, count, unit, period }));

describe('findTargets', () => {
  it('reads a count per period written with a slash', () => {
    expect(targets('- Hàng tháng, các cơ quan có ít nhất 02 tin, bài/tháng về công tác CCHC')).toEqual([
      { text: 'ít nhất 02 tin, bài/tháng', count: 2, unit: 'tin, bài', period: 'tháng' },
    ]);
    expect(targets('Phát hành Bản tin điện tử cải cách hành chính với số lượng 04 số/tháng và đăng tải')).toEqual([
      { text: '04 số/tháng', count: 4, unit: 'số', period: 'tháng' },
    ]);
    expect(targets('tổ chức đối thoại của lãnh đạo UBND tỉnh với doanh nghiệp định kỳ 2 lần/năm.')).toEqual([
      { text: 'định kỳ 2 lần/năm', count: 2, unit: 'lần', period: 'năm' },
    ]);
  });

  it('reads the period from "mỗi" or "hàng" before the count', () => {
    expect(targets('- Hàng tháng, có ít nhất 02 tin, bài về công tác CCHC được đăng trên Cổng thông tin điện tử của tỉnh.')).toEqual([
      { text: 'Hàng tháng, có ít nhất 02 tin, bài', count: 2, unit: 'tin, bài', period: 'tháng' },
    ]);
    expect(targets('6 | Báo Yên Bái | - Xây dựng chuyên mục CCHC | Mỗi tháng: 02 chuyên mục | Báo Yên Bái')).toEqual([
      { text: 'Mỗi tháng: 02 chuyên mục', count: 2, unit: 'chuyên mục', period: 'tháng' },
    ]);
  });

  it('reads a broadcast frequency and its minimum length as two targets', () => {
    const text = 'kế hoạch CCHC nước giai đoạn 2021-2025, mỗi tuần ít nhất 01 lần, thời lượng phát sóng mỗi lần ít nhất 15 phút vào thời điểm có nhiều người theo dõi.';
    const found = findTargets(passage(text, 40));
    expect(found.map(({ text, count, unit, period }) => ({ text, count, unit, period }))).toEqual([
      { text: 'mỗi tuần ít nhất 01 lần', count: 1, unit: 'lần', period: 'tuần' },
      { text: 'mỗi lần ít nhất 15 phút', count: 15, unit: 'phút', period: 'lần' },
    ]);
    expect(found[0]!.start).toBe(40 + text.indexOf('mỗi tuần'));
  });

  it('reads a minimum without a period', () => {
    expect(targets('tổ chức ít nhất 03 hội nghị tập huấn')).toEqual([{ text: 'ít nhất 03 hội nghị', count: 3, unit: 'hội nghị', period: null }]);
  });

  it('ignores numbers that are not targets', () => {
    expect(targets('Nghị quyết số 76/NQ-CP ngày 15/7/2021 ban hành Chương trình tổng thể giai đoạn 2021-2030')).toEqual([]);
    expect(targets('Báo cáo định kỳ cải cách hành chính quý, 6 tháng, năm; dịch vụ công trực tuyến mức độ 3, 4')).toEqual([]);
    expect(targets('thực hiện Đề án 06 là ba nội dung quan trọng; 1. Mục đích; TOP 20 tỉnh; tăng 10 bậc')).toEqual([]);
    expect(targets('Báo Yên Bái đăng 02 chuyên mục CCHC')).toEqual([]);
  });
});
