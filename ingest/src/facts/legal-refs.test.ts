import { describe, expect, it } from 'vitest';
import type { Passage } from '../model.ts';
import { findLegalRefs, issuerLevelOf } from './legal-refs.ts';

const passage = (text: string, start = 1000): Passage => ({
  seq: 7, sectionPath: 'II.1', kind: 'content', block: 'bullet', heading: 'Nội dung', text, start, end: start + text.length,
});
const refs = (text: string) => findLegalRefs(passage(text)).map(({ doc_type, number, date, issuer_level }) => ({ doc_type, number, date, issuer_level }));

describe('findLegalRefs', () => {
  it('reads type, number, date and level, with offsets into the document text', () => {
    const text = '- Bám sát nội dung Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể';
    const [r] = findLegalRefs(passage(text));
    expect(r).toEqual({
      passageSeq: 7, doc_type: 'Nghị quyết', number: '76/NQ-CP', date: '2021-07-15', issuer_level: 'central',
      start: 1000 + text.indexOf('Nghị quyết'), end: 1000 + text.indexOf(' của'),
    });
  });

  it('reads every reference in a list, each mention a row', () => {
    const text = 'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ; Nghị quyết số 76/NQ-CP ngày 15/7/2021.';
    expect(refs(text).map((r) => r.number)).toEqual(['76/NQ-CP', '23/CT-TTg', '76/NQ-CP']);
  });

  it('reads party symbols written number-first', () => {
    const text = 'theo Kế hoạch số 92-KH/TU ngày 21/02/2018 về việc thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII), Chương trình hành động số 181-CTr/TU ngày 21/02/2018 của Tỉnh ủy';
    expect(refs(text)).toEqual([
      { doc_type: 'Kế hoạch', number: '92-KH/TU', date: '2018-02-21', issuer_level: 'party_province' },
      { doc_type: 'Nghị quyết', number: '18-NQ/TW', date: null, issuer_level: 'party_central' },
      { doc_type: 'Chương trình hành động', number: '181-CTr/TU', date: '2018-02-21', issuer_level: 'party_province' },
    ]);
  });

  it('reads a number without "số" and numbers with a year', () => {
    const text = 'theo Nghị định 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ; Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023';
    expect(refs(text)).toEqual([
      { doc_type: 'Nghị định', number: '107/2020/NĐ-CP', date: null, issuer_level: 'central' },
      { doc_type: 'Nghị định', number: '108/2020/NĐ-CP', date: '2020-09-14', issuer_level: 'central' },
      { doc_type: 'Nghị quyết', number: '35/2023/UBTVQH15', date: '2023-07-12', issuer_level: 'central' },
    ]);
  });

  it('removes stray spaces in the number and covers an adjacent date in the span', () => {
    const text = 'Ban hành kèm theo Kế hoạch số 285 /KH-UBND ngày 30 /12 /2022 của Ủy ban nhân dân tỉnh Yên Bái)';
    const [r] = findLegalRefs(passage(text, 0));
    expect(r).toMatchObject({ number: '285/KH-UBND', date: '2022-12-30', issuer_level: 'province' });
    expect(text.slice(r!.start, r!.end)).toBe('Kế hoạch số 285 /KH-UBND ngày 30 /12 /2022');
  });

  it('reads long dates, ministries, departments and official letters', () => {
    const text = 'Thực hiện Quyết định số 35/QĐ-BNV ngày 22 tháng 01 năm 2024 của Bộ trưởng Bộ Nội vụ; Tờ trình số 21/TTr-SNV ngày 09 tháng 01 năm 2024; Công văn số 7303/UBND-KSTT ngày 01/11/2023 của Ủy ban nhân dân tỉnh.';
    expect(refs(text)).toEqual([
      { doc_type: 'Quyết định', number: '35/QĐ-BNV', date: '2024-01-22', issuer_level: 'central' },
      { doc_type: 'Tờ trình', number: '21/TTr-SNV', date: '2024-01-09', issuer_level: 'department' },
      { doc_type: 'Công văn', number: '7303/UBND-KSTT', date: '2023-11-01', issuer_level: 'province' },
    ]);
  });

  it('reads a type word misspelt by OCR', () => {
    expect(refs('được ban hành tại Qụyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng')[0]).toMatchObject({ doc_type: 'Quyết định', number: '749/QĐ-TTg' });
  });

  it('reads laws by name, the year kept in the name and the date when one is given', () => {
    const text = 'Tổ chức thực hiện có hiệu quả Luật Ban hành văn bản quy phạm pháp luật năm 2015, Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật (năm 2020), đổi mới công tác';
    expect(refs(text)).toEqual([
      { doc_type: 'Luật', number: 'Ban hành văn bản quy phạm pháp luật năm 2015', date: null, issuer_level: 'central' },
      { doc_type: 'Luật', number: 'sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020', date: null, issuer_level: 'central' },
    ]);
    expect(refs('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;')).toEqual([
      { doc_type: 'Luật', number: 'Tổ chức chính quyền địa phương', date: '2015-06-19', issuer_level: 'central' },
    ]);
    expect(refs('theo quy định của Luật Phổ biến, giáo dục pháp luật.')[0]?.number).toBe('Phổ biến, giáo dục pháp luật');
    expect(refs('đảm bảo đúng quy định của Luật Ngân sách nhà nước, quy định về phân cấp ngân sách')[0]?.number).toBe('Ngân sách nhà nước');
  });

  it('ignores type words without a number and "luật" inside other words', () => {
    expect(refs('thực hiện Nghị quyết, Quyết định, Kế hoạch và các văn bản chỉ đạo của Tỉnh ủy')).toEqual([]);
    expect(refs('hệ thống hóa văn bản quy phạm pháp luật; Kế hoạch CCHC năm 2024; Quyết định này')).toEqual([]);
  });
});

describe('issuerLevelOf', () => {
  it('derives the issuing level from the symbol', () => {
    expect(issuerLevelOf('NQ-CP')).toBe('central');
    expect(issuerLevelOf('QĐ-TTg')).toBe('central');
    expect(issuerLevelOf('QĐ-BNV')).toBe('central');
    expect(issuerLevelOf('/2023/UBTVQH15')).toBe('central');
    expect(issuerLevelOf('-NQ/TW')).toBe('party_central');
    expect(issuerLevelOf('-CTr/TU')).toBe('party_province');
    expect(issuerLevelOf('NQ-TU')).toBe('party_province');
    expect(issuerLevelOf('KH-UBND')).toBe('province');
    expect(issuerLevelOf('NQ-HĐND')).toBe('province');
    expect(issuerLevelOf('KH-SLĐTBXH')).toBe('department');
    expect(issuerLevelOf('KH-XYZ')).toBeNull();
  });
});
