import { describe, expect, it } from 'vitest';
import { pageText, type PdfTextItem } from './pdf-lines.ts';

const item = (str: string, x: number, y: number, width = str.length * 5): PdfTextItem => ({ str, x, y, width, fontSize: 10 });

describe('pageText', () => {
  it('starts a line at each baseline and keeps wrapped lines apart, a wide gap as a blank line', () => {
    const out = pageText([item('KẾ HOẠCH', 250, 800), item('Tuyên truyền', 50, 760), item('cải cách', 112, 760), item('hành chính', 50, 748)]);
    expect(out).toEqual(['KẾ HOẠCH', '', 'Tuyên truyền cải cách', 'hành chính']);
  });

  it('rebuilds a table: rows of three cells or more, wrapped cell lines under their columns', () => {
    const out = pageText([
      item('TT', 50, 700), item('Nội dung', 80, 700), item('Chủ trì', 250, 700), item('Thời gian', 400, 700),
      item('1', 50, 680), item('Tập huấn cán bộ', 80, 680), item('Sở Nội vụ', 250, 680), item('Quý II', 400, 680),
      item('công chức', 80, 668), item('và viên chức', 250, 668, 40),
      item('Nơi nhận: các sở, ban, ngành, UBND các huyện, thành phố', 50, 620),
    ]);
    expect(out).toEqual(['TT\tNội dung\tChủ trì\tThời gian', '1\tTập huấn cán bộ\tSở Nội vụ\tQuý II', '\tcông chức\tvà viên chức\t', '', 'Nơi nhận: các sở, ban, ngành, UBND các huyện, thành phố']);
  });

  it('reads a two-column header one column after the other, and drops the page number', () => {
    const out = pageText([
      item('ỦY BAN NHÂN DÂN', 80, 800), item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 800),
      item('TỈNH THÁI NGUYÊN', 82, 788), item('Độc lập - Tự do - Hạnh phúc', 330, 788),
      item('Số: 36/KH-UBND', 85, 770), item('Thái Nguyên, ngày 05 tháng 3 năm 2024', 310, 770),
      item('2', 300, 40),
    ]);
    expect(out).toEqual([
      'ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN', 'Số: 36/KH-UBND', '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Thái Nguyên, ngày 05 tháng 3 năm 2024',
    ]);
  });
});
