import { describe, expect, it } from 'vitest';
import { compareTable } from './compare';
import type { CompareRow } from './v1/types';

const row = (over: Partial<CompareRow>): CompareRow => ({
  units: '2024', scope: 'all', unit_code: '14', unit_name: 'Sơn La', unit_region: 'x', year: 2024, dimension: 'topic', category_id: 'tthc',
  category_label: null, has_plan: true, plans: 1, passages: 1, share: 0.1, present: true, change_passages: null, value: 1, differs: false,
  units_compared: 2, units_with_plan: 2, ...over,
});

describe('compareTable', () => {
  it('keeps the units in the order given and one line per category with its highest value', () => {
    const rows = [row({ unit_code: '82', unit_name: 'Tiền Giang', value: 3, differs: true }), row({ differs: true }), row({ category_id: 'bo_may', present: false, value: 0 })];
    const { units, lines } = compareTable(rows, 'topic', false);
    expect(units.map((u) => u.code)).toEqual(['82', '14']);
    expect(lines.find((l) => l.category === 'tthc')).toMatchObject({ differs: true, max: 3 });
    expect(compareTable(rows, 'topic', true).lines.map((l) => l.category)).toEqual(['tthc']);
  });
});
