// Document facts pinned to what a reader sees in each of the five plans (CODEBOOK §5).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/src/parse.ts';
import { PLAN_FILES } from './helpers/corpus.ts';

const parse = async (stem: string) => {
  const file = PLAN_FILES.find((f) => f.includes(stem))!;
  return (await parseDocument(readFileSync(file), file)).document;
};

describe('document facts', () => {
  it('Sơn La 2024: a plan promulgated by Decision 49/QĐ-UBND of 11/01/2024, without a number of its own', async () => {
    expect(await parse('000_')).toMatchObject({
      is_plan: true, province_code: '14', province_name: 'Sơn La', year_from: 2024, year_to: 2024,
      doc_number: null, decision_number: '49/QĐ-UBND', decision_date: '2024-01-11', issue_date: '2024-01-11',
      issuer: 'Ủy ban nhân dân tỉnh Sơn La', issuer_level: 'province', signer_name: 'Hoàng Quốc Khánh', signer_title: 'CHỦ TỊCH',
    });
  });

  it('Yên Bái: the plan for 2023 signed on 30/12/2022, number 285/KH-UBND read from the annex', async () => {
    const d = await parse('001_');
    expect(d).toMatchObject({
      province_code: '15', year_from: 2023, year_to: 2023, doc_number: '285/KH-UBND', doc_symbol: 'KH-UBND',
      issue_date: '2022-12-30', issuer_level: 'province', signer_name: 'Ngô Hạnh Phúc', signer_title: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    });
    expect(d.provenance.doc_number?.source).toBe('annex');
    expect(d.recipients).toContain('Bộ Nội vụ');
  });

  it('Tiền Giang 2024: number, date and province from the scraped header', async () => {
    const d = await parse('002_');
    expect(d).toMatchObject({ province_code: '82', year_from: 2024, doc_number: '66/KH-UBND', issue_date: '2024-03-06', signer_name: 'Nguyễn Thành Diệu' });
    expect(d.provenance.province_code?.source).toBe('header');
  });

  it('Ninh Thuận: issued by the Department of Labour, Invalids and Social Affairs, number and day blank', async () => {
    expect(await parse('003_')).toMatchObject({
      province_code: '58', year_from: 2022, doc_number: '/KH-SLĐTBXH', doc_symbol: 'KH-SLĐTBXH', issue_date: '2022-02',
      issuer_level: 'department', signer_name: 'Hà Anh Quang', signer_title: 'GIÁM ĐỐC',
    });
  });

  it('Thái Nguyên 2024: number 36/KH-UBND of 05/3/2024 from the annex note', async () => {
    expect(await parse('004_')).toMatchObject({ province_code: '19', year_from: 2024, doc_number: '36/KH-UBND', issue_date: '2024-03-05', signer_name: 'Lê Quang Tiến' });
  });
});
