import { describe, expect, it } from 'vitest';
import { ranking, tileGrid, unitValues } from './tile-map';
import type { MatrixRow } from './v1/types';

const row = (over: Partial<MatrixRow>): MatrixRow => ({
  units: '2025', scope: 'all', unit_code: '10', unit_name: 'Lào Cai', unit_region: 'x', year: 2023, dimension: 'channel', category_id: 'bao_chi',
  category_label: null, has_plan: true, plans: 1, passages: 1, codable_passages: 10, share: 0.1, present: true, prev_year: null,
  change_passages: null, change_share: null, value: 1, ...over,
});

describe('tile layouts', () => {
  it('place every province once, and the two archipelagos as parts of Đà Nẵng and Khánh Hòa', () => {
    for (const [units, n] of [['2024', 63], ['2025', 34]] as const) {
      const g = tileGrid(units);
      const provinces = g.tiles.filter((t) => !t.part_of);
      expect(provinces).toHaveLength(n);
      expect(new Set(g.tiles.map((t) => `${t.row},${t.col}`)).size).toBe(g.tiles.length);
      expect(g.tiles.filter((t) => t.part_of).map((t) => [t.code, t.part_of])).toEqual([['HS', '48'], ['TS', '56']]);
    }
  });
});

describe('unit values', () => {
  it('takes the latest plan year and keeps a unit without a plan apart from zero', () => {
    const rows = [
      row({ year: 2022, has_plan: false, present: null, value: null }),
      row({ year: 2023 }),
      row({ year: 2023, category_id: 'ban_tin', present: false, value: 0 }),
      row({ unit_code: '01', unit_name: 'Hà Nội', has_plan: false, present: null, value: null }),
    ];
    const counted = unitValues(rows, 'count');
    expect(counted.get('10')).toEqual({ code: '10', name: 'Lào Cai', year: 2023, value: 1 });
    expect(counted.get('01')).toEqual({ code: '01', name: 'Hà Nội', year: null, value: null });
    expect(ranking(counted.values()).map((v) => v.code)).toEqual(['10']);
  });
});
