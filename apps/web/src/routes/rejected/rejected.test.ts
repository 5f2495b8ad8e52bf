import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, rejectedCsv } from './rejected-csv';
import { formatDateTime, listRejected, newestFirst, rejectCodeLabel, type RejectedFile } from './rejected';

const row = (over: Partial<RejectedFile>): RejectedFile => ({
  id: '0123456789abcdef',
  source_name: 'bai-bao.txt',
  code: 'not_a_plan',
  reason: 'not a plan',
  source_bytes: 120,
  rejected_at: '2026-01-01T00:00:00Z',
  ...over,
});

describe('formatDateTime', () => {
  it('shows a UTC instant as dd/mm/yyyy HH:mm in Vietnam (UTC+7), across midnight', () => {
    expect(formatDateTime('2026-01-01T00:05:00Z')).toBe('01/01/2026 07:05');
    expect(formatDateTime('2025-12-31T17:30:00Z')).toBe('01/01/2026 00:30');
  });
  it('shows an unreadable value as it came', () => {
    expect(formatDateTime('hôm qua')).toBe('hôm qua');
  });
});

describe('newestFirst', () => {
  it('puts the latest refusal first and breaks ties by name', () => {
    const rows = [row({ source_name: 'b', rejected_at: '2026-01-01T00:00:00Z' }), row({ source_name: 'c', rejected_at: '2026-02-01T00:00:00Z' }), row({ source_name: 'a', rejected_at: '2026-01-01T00:00:00Z' })];
    expect(newestFirst(rows).map((r) => r.source_name)).toEqual(['c', 'a', 'b']);
  });
});

describe('rejectCodeLabel', () => {
  it('names known codes in Vietnamese and passes others through', () => {
    expect(rejectCodeLabel('not_a_plan')).toBe('Không phải kế hoạch');
    expect(rejectCodeLabel('new_code')).toBe('new_code');
  });
});

describe('csvCell', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+84')).toBe("'+84");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
  it('quotes commas, quotes and line breaks, and leaves numbers and plain text alone', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvCell('Kế hoạch')).toBe('Kế hoạch');
    expect(csvCell(120)).toBe('120');
  });
});

describe('rejectedCsv', () => {
  it('writes a BOM, a Vietnamese header and one CRLF line per file', () => {
    const csv = rejectedCsv([row({ source_name: '=cmd.txt', reason: 'not a plan: no "KẾ HOẠCH" title heading was found', rejected_at: '2026-01-01T00:05:00Z' })]);
    expect(csv.startsWith('\uFEFFTên tệp,Lý do,Mã,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`'=cmd.txt,"not a plan: no ""KẾ HOẠCH"" title heading was found",not_a_plan,Không phải kế hoạch,120,01/01/2026 07:05,0123456789abcdef`);
    expect(lines[2]).toBe('');
  });
  it('names the download after the day in Vietnam', () => {
    expect(csvFileName(new Date('2025-12-31T18:00:00Z'))).toBe('tep-bi-tu-choi-2026-01-01.csv');
  });
});

describe('listRejected', () => {
  it('unwraps { data } and turns a failed answer into an ApiError', async () => {
    const ok = (async () => new Response(JSON.stringify({ data: [row({})] }))) as typeof fetch;
    expect(await listRejected(ok)).toHaveLength(1);
    const bad = (async () => new Response(JSON.stringify({ detail: 'boom' }), { status: 500 })) as typeof fetch;
    await expect(listRejected(bad)).rejects.toMatchObject({ status: 500, detail: 'boom' });
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(listRejected(down)).rejects.toMatchObject({ status: 0 });
  });
});
