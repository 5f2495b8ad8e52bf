import { describe, expect, it } from 'vitest';
import type { Passage, SectionKind } from '../model.ts';
import { findBudgetSources } from './budget.ts';

const passage = (text: string, kind: SectionKind = 'budget', start = 0): Passage => ({
  seq: 5, sectionPath: 'IV', kind, block: 'paragraph', heading: 'KINH PHÍ', text, start, end: start + text.length,
});
const sources = (text: string, kind?: SectionKind) => findBudgetSources(passage(text, kind)).map((b) => [b.source, text.slice(b.start, b.end)]);

describe('findBudgetSources', () => {
  it('reads the state budget, lawful sources and sponsorship', () => {
    expect(sources('1. Kinh phí cho công tác thông tin, tuyên truyền CCHC năm 2024 được đảm bảo bằng ngân sách nhà nước và các nguồn tài trợ hợp pháp khác (nếu có).')).toEqual([
      ['state_budget', 'ngân sách nhà nước'],
      ['other_lawful', 'các nguồn tài trợ hợp pháp khác'],
      ['sponsorship', 'tài trợ'],
    ]);
  });

  it('reads each source of a sentence naming several, a shared span counted once per source', () => {
    const text = 'Kinh phí thực hiện công tác thông tin, tuyên truyền CCHC được sử dụng từ nguồn kinh phí Ủy ban nhân dân tỉnh cấp cho Sở Nội vụ thực hiện công tác cải cách hành chính năm 2023; từ nguồn kinh phí do ngân sách nhà nước cấp trong dự toán hàng năm của các cơ quan, đơn vị, địa phương và các nguồn kinh phí hợp pháp khác (nếu có).';
    expect(sources(text)).toEqual([
      ['state_budget', 'nguồn kinh phí Ủy ban nhân dân tỉnh cấp'],
      ['state_budget', 'ngân sách nhà nước'],
      ['agency_estimate', 'dự toán hàng năm của các cơ quan'],
      ['other_lawful', 'các nguồn kinh phí hợp pháp khác'],
    ]);
  });

  it("reads the agencies' own estimates", () => {
    expect(sources('2. Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ tuyên truyền về CCHC chủ động bố trí kinh phí để triển khai thực hiện.'))
      .toEqual([['agency_estimate', 'chủ động bố trí kinh phí']]);
    expect(sources('a) Xây dựng Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2024 của cơ quan, đơn vị mình, bố trí kinh phí để triển khai thực hiện kế hoạch.', 'assignment'))
      .toEqual([['agency_estimate', 'đơn vị mình, bố trí kinh phí']]);
    expect(sources('2. Văn phòng Sở xem xét tham mưu cân đối nguồn kinh phí thực hiện CCHC của ngành để thực hiện công tác tuyên truyền', 'assignment'))
      .toEqual([['agency_estimate', 'nguồn kinh phí thực hiện CCHC của ngành']]);
  });

  it('does not take the Law on the State Budget or budget decentralisation for a source', () => {
    const text = 'Thủ trưởng các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao tại Kế hoạch này chỉ đạo việc xây dựng dự toán kinh phí phục vụ công tác tuyên truyền CCHC trên địa bàn đảm bảo đúng quy định của Luật Ngân sách nhà nước, quy định về phân cấp ngân sách và các văn bản hướng dẫn hiện hành.';
    expect(sources(text)).toEqual([['agency_estimate', 'xây dựng dự toán kinh phí']]);
    expect(sources('căn cứ vào khả năng cân đối của ngân sách địa phương tham mưu trình Ủy ban nhân dân tỉnh xem xét bố trí kinh phí thực hiện Kế hoạch phù hợp theo phân cấp ngân sách nhà nước hiện hành.', 'assignment'))
      .toEqual([['state_budget', 'ngân sách địa phương']]);
  });

  it('ignores public finance as a topic to communicate', () => {
    expect(sources('thực hiện việc giao nhiệm vụ, đặt hàng hoặc đấu thầu dịch vụ sự nghiệp công sử dụng ngân sách nhà nước trên địa bàn tỉnh', 'content')).toEqual([]);
  });
});
