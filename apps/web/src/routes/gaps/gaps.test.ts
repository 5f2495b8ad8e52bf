import { describe, expect, it } from 'vitest';
import type { PlanRow } from '../../lib/v1/types';
import { gapMatrix, gapsUrl, passageSeq, percent, referenceOptions, rowsOf, type GapRow, type GapSummaryRow } from './gaps';

const summary = (code: string, name: string, conformance: number | null, rank: number): GapSummaryRow => ({
  group: 'province_year', units: '2024', scope: 'all', document_id: null, doc_number: null, province_code: code, province_name: name,
  region: 'r', year: 2024, reference_kind: 'ministry_plan', reference_id: 'ref', members: 1, reference_categories: 2,
  have: 0, missing: 0, extra: 0, conformance, conformance_min: conformance, conformance_max: conformance, rank,
});

const row = (code: string, dimension: GapRow['dimension'], id: string, status: GapRow['status']): GapRow => ({
  group: 'province_year', units: '2024', scope: 'all', document_id: null, doc_number: null, province_code: code, province_name: code,
  region: 'r', year: 2024, reference_kind: 'ministry_plan', reference_id: 'ref', dimension, category_id: id, category_label: id,
  status, in_reference: status !== 'extra', in_plan: status !== 'missing', members: 1, members_with: status === 'missing' ? 0 : 1,
  members_without: null, plan_passages: null, plan_passage_ids: null, plan_passage_id: null, plan_excerpt: null,
  reference_passages: 1, reference_passage_ids: ['ref:3'], reference_passage_id: 'ref:3', reference_excerpt: 'x',
});

describe('gap matrix', () => {
  const rows = [
    row('14', 'channel', 'ban_tin', 'have'),
    row('19', 'channel', 'ban_tin', 'missing'),
    row('14', 'topic', 'iso_9001', 'missing'),
    row('19', 'topic', 'iso_9001', 'missing'),
    row('14', 'topic', 'tthc', 'have'),
    row('19', 'topic', 'tthc', 'have'),
    row('19', 'channel', 'an_pham', 'extra'),
  ];

  it('ranks provinces best first and puts the commonest omission of each dimension first', () => {
    const m = gapMatrix([summary('19', 'Thái Nguyên', 0.33, 2), summary('14', 'Sơn La', 0.66, 1)], rows);
    expect(m.units.map((u) => u.code)).toEqual(['14', '19']);
    expect(m.lines.map((l) => [l.key, l.missing])).toEqual([['topic:iso_9001', 2], ['topic:tthc', 0], ['channel:ban_tin', 1]]);
    expect(m.lines[2]!.cells.get('19')!.status).toBe('missing');
  });

  it('leaves additions out of the matrix and lists them per province', () => {
    const m = gapMatrix([], rows);
    expect(m.lines.some((l) => l.id === 'an_pham')).toBe(false);
    expect(rowsOf(rows, '19', 'extra').map((r) => r.category_id)).toEqual(['an_pham']);
    expect(rowsOf(rows, '19', 'missing').map((r) => r.category_id)).toEqual(['iso_9001', 'ban_tin']);
  });
});

describe('formatting', () => {
  it('writes the query as the API reads it, lists comma-separated, empty values left out', () => {
    expect(gapsUrl('/gaps', { year: 2024, region: [], reference: null, group: 'province_year', status: ['have', 'missing'] })).toBe('/api/v1/gaps?group=province_year&status=have%2Cmissing&year=2024');
    expect(gapsUrl('/gaps/summary', { year: 2024 }, 'csv')).toBe('/api/v1/gaps/summary?format=csv&year=2024');
  });

  it('reads the passage number of a passage id', () => {
    expect(passageSeq('93a23352029fd29a:61')).toBe(61);
    expect(passageSeq(null)).toBeNull();
    expect(passageSeq('abc')).toBeNull();
  });

  it('writes shares as Vietnamese percentages', () => {
    expect(percent(0.8717948)).toBe('87,2%');
    expect(percent(null)).toBe('—');
  });

  it('offers the Ministry plans first, then the newest plans', () => {
    const plan = (id: string, level: string, year: number, name: string | null): PlanRow => ({
      document_id: id, province_code: null, province_name: name, region: null, unit_2025_code: null, unit_2025_name: null, unit_2025_region: null,
      year_from: year, year_to: year, issuer_level: level, source_name: '', title: null, doc_number: `${id}/KH`, issue_date: null,
      issuer: level === 'ministry' ? 'Bộ Nội vụ' : null, passage_count: 0, codable_passages: 0,
    });
    const options = referenceOptions([plan('a', 'province', 2023, 'Yên Bái'), plan('b', 'ministry', 2024, null), plan('c', 'province', 2024, 'Sơn La')]);
    expect(options.map((o) => [o.id, o.label, o.ministry])).toEqual([
      ['b', 'Bộ Nội vụ · 2024 · b/KH', true],
      ['c', 'Sơn La · 2024 · c/KH', false],
      ['a', 'Yên Bái · 2023 · a/KH', false],
    ]);
  });
});
