import { describe, expect, it } from 'vitest';
import type { Passage } from '../model.ts';
import { findDeadlines } from './deadlines.ts';

const passage = (text: string, start = 0): Passage => ({
  seq: 4, sectionPath: 'V.1', kind: 'assignment', block: 'bullet', heading: '', text, start, end: start + text.length,
});
const deadlines = (text: string) => findDeadlines(passage(text)).map((d) => [d.text, d.normalized]);

describe('findDeadlines', () => {
  it('reads a day after "chậm nhất" or "trước", with or without "ngày"', () => {
    expect(deadlines('chủ động xây dựng kế hoạch tuyên truyền CCHC (thời gian ban hành Kế hoạch chậm nhất ngày 22/01/2024) và tổ chức thực hiện'))
      .toEqual([['chậm nhất ngày 22/01/2024', '2024-01-22']]);
    expect(deadlines('kế hoạch tuyên truyền của các cơ quan, đơn vị, địa phương ban hành trước ngày 31/01/2023; phổ biến, quán triệt'))
      .toEqual([['trước ngày 31/01/2023', '2023-01-31']]);
    expect(deadlines('xây dựng kế hoạch tuyên truyền Cải cách hành chính của phòng, đơn vị trước 27/02/2022 để tổng hợp.'))
      .toEqual([['trước 27/02/2022', '2022-02-27']]);
    expect(deadlines('báo cáo trước ngày 15 tháng 12 năm 2024')).toEqual([['trước ngày 15 tháng 12 năm 2024', '2024-12-15']]);
  });

  it('reads a month after a cue', () => {
    expect(deadlines('hoàn thành trước tháng 6/2024; tổ chức trong tháng 3 năm 2024')).toEqual([
      ['trước tháng 6/2024', '2024-06'],
      ['trong tháng 3 năm 2024', '2024-03'],
    ]);
  });

  it('reads quarters with roman numerals, with the cue in the span', () => {
    const text = 'các dịch vụ hỗ trợ tổ chức, cá nhân, doanh nghiệp trong giải quyết các TTHC (hoàn thành trong quý II/2024).';
    const [d] = findDeadlines(passage(text, 300));
    expect(d).toEqual({ passageSeq: 4, text: 'hoàn thành trong quý II/2024', normalized: '2024-Q2', start: 300 + text.indexOf('hoàn thành'), end: 300 + text.indexOf(')') });
  });

  it('gives quarters listed together the year written after the last one', () => {
    expect(deadlines('3 | Tổ chức các lớp tập huấn | Sở Nội vụ | Các sở, ban, ngành | Quý II, Quý III/2024')).toEqual([
      ['Quý II', '2024-Q2'],
      ['Quý III/2024', '2024-Q3'],
    ]);
    expect(deadlines('trong quý I và quý IV năm 2025')).toEqual([['trong quý I', '2025-Q1'], ['quý IV năm 2025', '2025-Q4']]);
  });

  it('does not read a bare year, a recurring period or a document date as a deadline', () => {
    expect(deadlines('2 | Biên tập, xuất bản tài liệu tuyên truyền | Sở Nội vụ | Các sở, ban, ngành tỉnh | Năm 2024')).toEqual([]);
    expect(deadlines('Thường xuyên trong năm')).toEqual([]);
    expect(deadlines('trong Báo cáo định kỳ cải cách hành chính quý, 6 tháng, năm; định kỳ hàng quý báo cáo')).toEqual([]);
    expect(deadlines('Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ')).toEqual([]);
    expect(deadlines('trước ngày 31/02/2023 ở quý II')).toEqual([]);
  });
});
