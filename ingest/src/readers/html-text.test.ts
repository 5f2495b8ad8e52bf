import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';
import { parseHtml } from './html-tree.ts';

const text = (html: string) => htmlToText(parseHtml(html));

describe('htmlToText', () => {
  it('closes paragraphs, list items and cells the markup left open', () => {
    expect(text('<p>Một<p>Hai<ul><li>ba<li>- bốn</ul>năm')).toBe('Một\nHai\n- ba\n- bốn\nnăm');
  });

  it('decodes named and numeric references, Vietnamese letters included', () => {
    expect(text('<p>K&#7870; HO&#x1EA0;CH &agrave; &abreve;n &Dstrok;&ocirc;ng &amp; &nbsp;x&nbsp</p>')).toBe('KẾ HOẠCH à ăn Đông & x');
  });

  it('writes an empty paragraph as a blank line and drops scripts, styles and comments', () => {
    expect(text('<p>A</p><p>&nbsp;</p><script>var s = "</p>";</script><style>p{}</style><!-- <p>C</p> --><p>B</p>')).toBe('A\n\nB');
  });

  it('writes a data table one row per line, cells joined by tabs, spans kept in their columns', () => {
    const html = `<table><tr><th>TT</th><th>Nội dung</th><th>Chủ trì</th></tr>
      <tr><td rowspan="2">1</td><td><p>Tập huấn</p><p>CCHC</p></td><td>Sở Nội vụ</td></tr>
      <tr><td colspan="2">Quý II</td></tr>
      <tr><td>2<td>Hội nghị<td>UBND</table>`;
    expect(text(html)).toBe('TT\tNội dung\tChủ trì\n1\tTập huấn CCHC\tSở Nội vụ\n\tQuý II\t\n2\tHội nghị\tUBND');
  });

  it('reads a layout table (header, signature) cell after cell', () => {
    const html = '<table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH YÊN BÁI</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr><tr><td>Số: 285/KH-UBND</td><td>Yên Bái, ngày 30 tháng 12 năm 2022</td></tr></table>';
    expect(text(html)).toBe('ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 285/KH-UBND\n\nYên Bái, ngày 30 tháng 12 năm 2022');
  });

  it('splits a Word line at its tabs only after words', () => {
    expect(htmlToText(parseHtml('<p>Số: 66/KH-UBND\t\tTiền Giang, ngày 06 tháng 3 năm 2024</p><p>1.\tMục đích</p>'), { splitTabs: true })).toBe(
      'Số: 66/KH-UBND\nTiền Giang, ngày 06 tháng 3 năm 2024\n1. Mục đích',
    );
  });

  it('survives broken markup: stray closing tags, unbalanced quotes, a lone "<"', () => {
    expect(text('</div></p>a < b <a title="x>y">c</a> <img alt="it\'s>d')).toBe('a < b c d');
  });
});
