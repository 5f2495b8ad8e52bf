import { describe, expect, it } from 'vitest';
import type { Passage } from '../model.ts';
import { findIndexMentions } from './indices.ts';

const passage = (text: string, start = 0): Passage => ({
  seq: 9, sectionPath: 'I.1', kind: 'purpose', block: 'bullet', heading: 'Mục đích', text, start, end: start + text.length,
});
const mentions = (text: string) => findIndexMentions(passage(text)).map((m) => ({ id: m.index_id, target: m.target, span: text.slice(m.start, m.end) }));

describe('findIndexMentions', () => {
  it('reads a written-out name and its acronym as one mention', () => {
    const text = 'kết quả đạt được của tỉnh đối với Chỉ số CCHC (PAR INDEX); Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (SIPAS); Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI); Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số Chuyển đổi số (DTI), Chỉ số Công khai Ngân sách tỉnh (POBI)...';
    expect(mentions(text)).toEqual([
      { id: 'par_index', target: null, span: 'Chỉ số CCHC (PAR INDEX)' },
      { id: 'sipas', target: null, span: 'Chỉ số hài lòng của cá nhân, tổ chức đối với sự phục vụ của các cơ quan hành chính nhà nước (SIPAS)' },
      { id: 'papi', target: null, span: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)' },
      { id: 'pci', target: null, span: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)' },
      { id: 'dti', target: null, span: 'Chỉ số Chuyển đổi số (DTI)' },
      { id: 'pobi', target: null, span: 'Chỉ số Công khai Ngân sách tỉnh (POBI)' },
    ]);
  });

  it('gives subjects joined by a comma the target of their shared clause', () => {
    const text = '+ Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hiệu quả quản trị và hành chính công tỉnh Ninh Thuận (PAPI) phấn đấu tăng 10 bậc so với năm 2021, góp phần đến năm 2025 nằm trong TOP 20 tỉnh, thành phố xếp hạng cao của cả nước (theo Nghị quyết số 05-NQ/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy).';
    expect(mentions(text).map((m) => [m.id, m.target])).toEqual([
      ['par_index', 'tăng 10 bậc; TOP 20'],
      ['papi', 'tăng 10 bậc; TOP 20'],
    ]);
  });

  it('reads point and percentage targets and starts an acronym mention at "Chỉ số"', () => {
    expect(mentions('+ Chỉ số PCI phấn đấu tăng 0,5-1 điểm so với năm 2021 (theo Quyết định số 843/QĐ-UBND), góp phần đến năm 2025 nằm trong TOP 15 tỉnh')).toEqual([
      { id: 'pci', target: 'tăng 0,5-1 điểm; TOP 15', span: 'Chỉ số PCI' },
    ]);
    const sipas = '+ Sự hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) phấn đấu tăng 1% so với năm 2021, phấn đấu đến năm 2025 đạt mức từ 90% trở lên, nằm trong TOP 25 tỉnh.';
    expect(mentions(sipas)).toEqual([
      { id: 'sipas', target: 'tăng 1%; đạt mức từ 90% trở lên; TOP 25', span: sipas.slice(2, sipas.indexOf(')') + 1) },
    ]);
  });

  it('ends a clause at the next index that states its own target', () => {
    expect(mentions('Chỉ số PAPI tăng 2 bậc, Chỉ số PCI tăng 3 bậc.').map((m) => m.target)).toEqual(['tăng 2 bậc', 'tăng 3 bậc']);
  });

  it('reads lists of acronyms and tells DDCI from PCI', () => {
    expect(mentions('nâng cao các Chỉ số PAR INDEX, PAPI, SIPAS, PCI, ICT INDEX, DDCI và Chỉ số chuyển đổi số (DTI).').map((m) => m.id))
      .toEqual(['par_index', 'papi', 'sipas', 'pci', 'ict_index', 'ddci', 'dti']);
    expect(mentions('Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI), Chỉ số chuyển đổi số...').map((m) => m.id)).toEqual(['ddci', 'dti']);
  });

  it('reads satisfaction measurement of administrative service as SIPAS, but not of health or education', () => {
    expect(mentions('vận hành Hệ thống ứng dụng công nghệ thông tin đánh giá cải cách hành chính và đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước.').map((m) => m.id)).toEqual(['sipas']);
    expect(mentions('triển khai thực hiện đo lường sự hài lòng của người dân đối với dịch vụ y tế công theo hướng dẫn của Bộ Y tế.')).toEqual([]);
  });

  it('ignores governance and competitiveness words without "Chỉ số"', () => {
    expect(mentions('Tuyên truyền cải cách hành chính, nâng cao hiệu quả quản trị và hành chính công; nâng cao năng lực cạnh tranh cấp tỉnh')).toEqual([]);
  });

  it('offsets mentions by the passage start', () => {
    const [m] = findIndexMentions(passage('Chỉ số PCI', 500));
    expect([m?.start, m?.end]).toEqual([500, 510]);
  });
});
