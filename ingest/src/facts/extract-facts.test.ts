import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BlockKind, ParsedDocument, Passage } from '../model.ts';
import { parseDocument } from '../parse.ts';
import { extractFacts } from './extract-facts.ts';

const PLANS = fileURLToPath(new URL('../../../data/plans/', import.meta.url));

async function plan(stem: string): Promise<ParsedDocument> {
  const name = readdirSync(PLANS).find((f) => f.startsWith(stem))!;
  return parseDocument(readFileSync(PLANS + name), name);
}

async function factsOf(stem: string) {
  const doc = await plan(stem);
  return { doc, facts: extractFacts(doc.passages) };
}

const passage = (seq: number, block: BlockKind, text: string): Passage => ({
  seq, sectionPath: '', kind: 'other', block, heading: '', text, start: seq * 1000, end: seq * 1000 + text.length,
});

describe('extractFacts', () => {
  it('skips recipients and signature, and reads the preamble for legal references only', () => {
    const facts = extractFacts([
      passage(0, 'preamble', 'Căn cứ Quyết định số 2783/QĐ-UBND ngày 21 tháng 12 năm 2023; chậm nhất ngày 22/01/2024, ngân sách nhà nước, Chỉ số PCI'),
      passage(1, 'recipients', '- Nghị quyết số 76/NQ-CP ngày 15/7/2021; trước ngày 31/01/2023'),
      passage(2, 'signature', 'Quyết định số 49 /QĐ-UBND'),
      passage(3, 'paragraph', 'Chỉ số PCI tăng 3 bậc; ban hành trước ngày 31/01/2023; ít nhất 02 tin, bài/tháng; ngân sách nhà nước.'),
    ]);
    expect(facts.legal_refs.map((r) => [r.passageSeq, r.number])).toEqual([[0, '2783/QĐ-UBND']]);
    expect(facts.indices.map((r) => [r.passageSeq, r.index_id, r.target])).toEqual([[3, 'pci', 'tăng 3 bậc']]);
    expect(facts.deadlines.map((r) => [r.passageSeq, r.normalized])).toEqual([[3, '2023-01-31']]);
    expect(facts.targets.map((r) => [r.passageSeq, r.count])).toEqual([[3, 2]]);
    expect(facts.budget_sources.map((r) => [r.passageSeq, r.source])).toEqual([[3, 'state_budget']]);
  });
});

describe('extractFacts on the five plans', () => {
  it('points every fact at the text it was read from', async () => {
    for (const stem of ['000_', '001_', '002_', '003_', '004_']) {
      const { doc, facts } = await factsOf(stem);
      const rows = [...facts.legal_refs, ...facts.indices, ...facts.deadlines, ...facts.targets, ...facts.budget_sources];
      for (const r of rows) {
        const p = doc.passages[r.passageSeq]!;
        expect(r.start).toBeGreaterThanOrEqual(p.start);
        expect(r.end).toBeLessThanOrEqual(p.end);
        expect(r.end).toBeGreaterThan(r.start);
      }
      for (const r of [...facts.deadlines, ...facts.targets]) expect(doc.text.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('Sơn La 2024: decision preamble, central and party references, a day and a quarter, two monthly targets', async () => {
    const { doc, facts } = await factsOf('000_');
    expect(facts.legal_refs.map((r) => r.number)).toEqual([
      'Tổ chức chính quyền địa phương',
      'sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
      '2783/QĐ-UBND', '21/TTr-SNV', '49/QĐ-UBND', '2783/QĐ-UBND', '76/NQ-CP', '23/CT-TTg',
      'Ban hành văn bản quy phạm pháp luật năm 2015',
      'sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020',
      '61/2018/NĐ-CP', '107/2021/NĐ-CP', '45/2020/NĐ-CP', '468/QĐ-TTg', '766/QĐ-TTg', '06/QĐ-TTg', '17-NQ/TU',
    ]);
    expect(facts.legal_refs[0]).toMatchObject({ doc_type: 'Luật', date: '2015-06-19', issuer_level: 'central' });
    expect(facts.legal_refs[3]).toMatchObject({ doc_type: 'Tờ trình', date: '2024-01-09', issuer_level: 'department' });
    expect(facts.legal_refs[16]).toMatchObject({ doc_type: 'Nghị quyết', date: '2021-08-31', issuer_level: 'party_province' });
    expect(doc.passages[facts.legal_refs[0]!.passageSeq]!.block).toBe('preamble');
    expect(facts.indices.map((i) => [i.index_id, i.target])).toEqual([
      ['par_index', null], ['sipas', null], ['papi', null], ['pci', null], ['dti', null], ['pobi', null],
    ]);
    expect(facts.deadlines.map((d) => [d.text, d.normalized])).toEqual([
      ['chậm nhất ngày 22/01/2024', '2024-01-22'],
      ['hoàn thành trong quý II/2024', '2024-Q2'],
    ]);
    expect(facts.targets.map(({ text, count, unit, period }) => ({ text, count, unit, period }))).toEqual([
      { text: '04 số/tháng', count: 4, unit: 'số', period: 'tháng' },
      { text: 'Hàng tháng, có ít nhất 02 tin, bài', count: 2, unit: 'tin, bài', period: 'tháng' },
      { text: 'định kỳ 2 lần/năm', count: 2, unit: 'lần', period: 'năm' },
    ]);
    expect(facts.budget_sources.map((b) => b.source)).toEqual(['state_budget', 'other_lawful', 'sponsorship', 'agency_estimate', 'agency_estimate']);
  });

  it('Yên Bái 2023: deadline 31/01/2023, a weekly broadcast, a monthly column in the annex, four budget sources', async () => {
    const { facts } = await factsOf('001_');
    expect(facts.legal_refs.map((r) => r.number)).toEqual([
      '76/NQ-CP', '23/CT-TTg', '206/KH-UBND', '262/KH-UBND',
      'Ban hành văn bản quy phạm pháp luật năm 2015',
      'sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020',
      '18-NQ/TW', '19-NQ/TW', '107/2020/NĐ-CP', '108/2020/NĐ-CP', '120/2020/NĐ-CP',
      'Phổ biến, giáo dục pháp luật', '76/NQ-CP', '23/CT-TTg', '285/KH-UBND',
    ]);
    expect(facts.legal_refs[8]).toMatchObject({ doc_type: 'Nghị định', date: null, issuer_level: 'central' });
    expect(facts.legal_refs[14]).toMatchObject({ doc_type: 'Kế hoạch', date: '2022-12-30', issuer_level: 'province' });
    expect(facts.indices.map((i) => i.index_id)).toEqual(['par_index', 'sipas', 'papi', 'pci', 'ddci', 'dti']);
    expect(facts.deadlines.map((d) => [d.text, d.normalized])).toEqual([['trước ngày 31/01/2023', '2023-01-31']]);
    expect(facts.targets.map(({ text, count, unit, period }) => ({ text, count, unit, period }))).toEqual([
      { text: 'mỗi tuần ít nhất 01 lần', count: 1, unit: 'lần', period: 'tuần' },
      { text: 'mỗi lần ít nhất 15 phút', count: 15, unit: 'phút', period: 'lần' },
      { text: 'Mỗi tháng: 02 chuyên mục', count: 2, unit: 'chuyên mục', period: 'tháng' },
    ]);
    expect(facts.budget_sources.map((b) => b.source)).toEqual(['state_budget', 'state_budget', 'agency_estimate', 'other_lawful']);
  });

  it('Tiền Giang 2024: follows 35/QĐ-BNV (central) and does not cite 76/NQ-CP', async () => {
    const { facts } = await factsOf('002_');
    expect(facts.legal_refs.map((r) => r.number)).toEqual([
      '35/QĐ-BNV', '35/QĐ-UBND', 'Ban hành văn bản quy phạm pháp luật năm 2015', '35/2023/UBTVQH15', '117/NQ-CP', '04/NQ-CP',
      '06/2023/NĐ-CP', '73/2023/NĐ-CP', '85/2023/NĐ-CP', '115/2020/NĐ-CP', '899/QĐ-TTg', '26/CT-TTg', '27/CT-TTg',
      '7303/UBND-KSTT', '942/QĐ-TTg', '02/CT-TTg', '749/QĐ-TTg', '06/QĐ-TTg', 'Phổ biến, giáo dục pháp luật',
      '72-QĐ/TW', '61/2018/NĐ-CP', '107/2021/NĐ-CP',
    ]);
    expect(facts.legal_refs[0]).toEqual(expect.objectContaining({ doc_type: 'Quyết định', date: '2024-01-22', issuer_level: 'central' }));
    expect(facts.legal_refs[3]).toMatchObject({ doc_type: 'Nghị quyết', date: '2023-07-12', issuer_level: 'central' });
    expect(facts.legal_refs[13]).toMatchObject({ doc_type: 'Công văn', issuer_level: 'province' });
    expect(facts.legal_refs[19]).toMatchObject({ doc_type: 'Quyết định', issuer_level: 'party_central' });
    expect(facts.legal_refs.some((r) => r.number === '76/NQ-CP')).toBe(false);
    expect(facts.indices.map((i) => i.index_id)).toEqual(['par_index', 'sipas', 'sipas', 'pci']);
    expect(facts.deadlines).toEqual([]);
    expect(facts.targets).toEqual([]);
    expect(facts.budget_sources.map((b) => b.source)).toEqual(['agency_estimate', 'state_budget']);
  });

  it('Ninh Thuận 2022: index targets, a department deadline and the sector budget', async () => {
    const { facts } = await factsOf('003_');
    expect(facts.legal_refs).toHaveLength(25);
    expect(facts.legal_refs[0]).toMatchObject({ doc_type: 'Kế hoạch', number: '421/KH-UBND', date: '2022-01-28', issuer_level: 'province' });
    expect(facts.legal_refs.filter((r) => r.issuer_level === 'party_province').map((r) => r.number)).toEqual([
      '05-NQ/TU', '18-CT/TU', '05-NQ/TU', '05/NQ-TU', '07-NQ/TU', '09-NQ/TU', '18-CT/TU', '18-CT/TU', '92-KH/TU', '181-CTr/TU', '07-NQ/TU', '09-NQ/TU',
    ]);
    expect(facts.legal_refs.find((r) => r.doc_type === 'Chương trình hành động')?.number).toBe('181-CTr/TU');
    expect(facts.legal_refs[24]).toMatchObject({ number: '20/2008/NĐ-CP', date: '2008-02-14' });
    expect(facts.indices.filter((i) => i.target !== null).map((i) => [i.index_id, i.target])).toEqual([
      ['par_index', 'tăng 10 bậc; TOP 20'],
      ['papi', 'tăng 10 bậc; TOP 20'],
      ['pci', 'tăng 0,5-1 điểm; TOP 15'],
      ['sipas', 'tăng 1%; đạt mức từ 90% trở lên; TOP 25'],
    ]);
    expect(facts.indices.map((i) => i.index_id)).toEqual([
      'par_index', 'papi', 'pci', 'sipas', 'pci', 'ddci',
      'par_index', 'papi', 'sipas', 'pci', 'ict_index', 'ddci', 'dti',
      'par_index', 'pci', 'pci',
    ]);
    expect(facts.deadlines.map((d) => [d.text, d.normalized])).toEqual([['trước 27/02/2022', '2022-02-27']]);
    expect(facts.targets).toEqual([]);
    expect(facts.budget_sources.map((b) => b.source)).toEqual(['agency_estimate']);
  });

  it('Thái Nguyên 2024: written-out indices and annex quarters, but not "Năm 2024"', async () => {
    const { facts } = await factsOf('004_');
    expect(facts.legal_refs.map((r) => [r.doc_type, r.number])).toEqual([
      ['Nghị quyết', '76/NQ-CP'], ['Quyết định', '4020/QĐ-UBND'], ['Quyết định', '2269/QĐ-UBND'], ['Kế hoạch', '217/KH-UBND'],
      ['Luật', 'Thực hiện dân chủ ở cơ sở'], ['Luật', 'Ngân sách nhà nước'], ['Kế hoạch', '36/KH-UBND'],
    ]);
    expect(facts.indices.map((i) => i.index_id)).toEqual(['par_index', 'sipas', 'papi', 'par_index', 'sipas', 'par_index', 'papi']);
    expect(facts.deadlines.map((d) => [d.text, d.normalized])).toEqual([
      ['Quý II', '2024-Q2'], ['Quý III/2024', '2024-Q3'], ['Quý II/2024', '2024-Q2'],
    ]);
    expect(facts.targets).toEqual([]);
    expect(facts.budget_sources.map((b) => b.source)).toEqual(['agency_estimate']);
  });
});
