import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HTTPException } from 'hono/http-exception';
import { loadCodebook } from './codebook.ts';
import type { Reference } from './context.ts';
import { LIST_MAX, paramFields, parseParams } from './params.ts';

const ref: Reference = {
  provinces: new Map([
    ['10', { code: '10', name: 'Lào Cai', region: 'trung_du_mien_nui_phia_bac', unit2025: '10' }],
    ['15', { code: '15', name: 'Yên Bái', region: 'trung_du_mien_nui_phia_bac', unit2025: '10' }],
  ]),
  regions: ['trung_du_mien_nui_phia_bac'],
};
const f = paramFields(loadCodebook('/nonexistent'), ref);
const schema = z.strictObject({ year: f.year, province: f.province, topic: f.topic, units: f.units, q: f.q.optional() });

/** The problem body a bad query gets. */
async function rejection(query: string) {
  try {
    parseParams(schema, `/x?${query}`);
  } catch (e) {
    expect(e).toBeInstanceOf(HTTPException);
    const res = (e as HTTPException).getResponse();
    return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as { param: string; detail: string } };
  }
  throw new Error(`accepted: ${query}`);
}

describe('parseParams', () => {
  it('takes lists repeated or comma-separated, deduplicated, and fills defaults', () => {
    expect(parseParams(schema, '/x?province=10,15&province=10&topic=tthc&year=2024')).toEqual({ province: ['10', '15'], topic: ['tthc'], year: 2024, units: '2024' });
  });

  it('answers 400 problem+json naming the parameter', async () => {
    const r = await rejection('year=20x4');
    expect(r).toMatchObject({ status: 400, type: 'application/problem+json; charset=utf-8', body: { param: 'year', title: 'Invalid parameter', status: 400, type: 'about:blank' } });
  });

  it.each([
    ['year=1989', 'year'], ['year=2101', 'year'], ['year=2024.5', 'year'], ['year=2024&year=2025', 'year'],
    ["province=14' OR 1=1--", 'province'], ['province=99', 'province'], ['province=', 'province'],
    ['topic=tthc;DROP TABLE documents', 'topic'], ['topic=not_a_topic', 'topic'], ['units=2026', 'units'],
    [`province=${Array.from({ length: LIST_MAX + 1 }, () => '10').join(',')}`, 'province'],
    ['q=x', 'q'], [`q=${'a'.repeat(201)}`, 'q'], ['colour=red', 'colour'], ['Year=2024', 'Year'],
  ])('rejects %s naming %s', async (query, param) => {
    expect((await rejection(query)).body.param).toBe(param);
  });

  it('falls back to CODEBOOK.md ids when data/codebook is missing', () => {
    expect(() => parseParams(schema, '/x?topic=de_an_06,iso_9001')).not.toThrow();
  });
});
