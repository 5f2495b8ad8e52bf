import { describe, expect, it } from 'vitest';
import { byOrder, orderChannels, orderTopics } from './categories';

describe('category order', () => {
  it('puts each topic area before its themes', () => {
    const entries = [{ id: 'tthc' }, { id: 'chinh_phu_so' }, { id: 'mot_cua', parent: 'tthc' }, { id: 'de_an_06', parent: 'chinh_phu_so' }];
    expect(orderTopics(entries, ['new_one'])).toEqual(['tthc', 'mot_cua', 'chinh_phu_so', 'de_an_06', 'new_one']);
  });
  it('groups channels by family', () => {
    const entries = [{ id: 'tap_huan', family: 'direct' }, { id: 'bao_chi', family: 'mass_media' }, { id: 'mxh', family: 'digital' }];
    expect(orderChannels(entries)).toEqual(['bao_chi', 'mxh', 'tap_huan']);
  });
  it('sorts unknown ids last', () => {
    expect(['z', 'b', 'a'].sort(byOrder(['b']))).toEqual(['b', 'a', 'z']);
  });
});
