import { describe, expect, it } from 'vitest';
import { changesByYear, presenceGrid } from './profile';
import type { ChangeRow } from './v1/types';

const row = (over: Partial<ChangeRow>): ChangeRow => ({
  units: '2024', scope: 'all', unit_code: '10', unit_name: 'Lào Cai', unit_region: 'x', year: 2024, dimension: 'topic', category_id: 'tthc',
  category_label: null, plans: 1, passages: 1, codable_passages: 10, share: 0.1, present: true, prev_year: 2023, prev_passages: 0,
  prev_share: 0, prev_present: false, change_passages: 1, change_share: 0.1, transition: 'added', ...over,
});

describe('changesByYear', () => {
  it('lists added and dropped categories per plan year, the first plan with none', () => {
    const rows = [
      row({ year: 2023, prev_year: null, transition: 'first' }),
      row({}),
      row({ category_id: 'bo_may', transition: 'dropped', present: false }),
      row({ category_id: 'the_che', transition: 'kept' }),
    ];
    const ys = changesByYear(rows);
    expect(ys.map((y) => [y.year, y.added.length, y.dropped.length])).toEqual([[2023, 0, 0], [2024, 1, 1]]);
    expect(presenceGrid(rows, 'topic').get('tthc')?.size).toBe(2);
  });
});
