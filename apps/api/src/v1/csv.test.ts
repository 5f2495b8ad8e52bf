import { describe, expect, it } from 'vitest';
import { BOM, csvField, csvLine, csvStream } from './csv.ts';

describe('csv', () => {
  it('quotes per RFC 4180 only when needed, doubling quotes', () => {
    expect(csvLine(['a', 'b c', 'x,y', 'say "hi"', 'two\nlines', null, 3, true])).toBe('a,b c,"x,y","say ""hi""","two\nlines",,3,true\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
    expect(csvField(-3)).toBe('-3');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
  });

  it('joins lists and writes objects as JSON', () => {
    expect(csvField(['10', '15'])).toBe('10; 15');
    expect(csvField([{ start: 1, end: 2 }])).toBe('"{""start"":1,""end"":2}"');
  });

  it('streams a BOM and header, then one chunk per page', async () => {
    async function* rows() {
      yield [{ a: 'x', b: 1 }];
      yield [{ a: '=y', b: null }];
    }
    const bytes = Buffer.from(await new Response(csvStream([{ key: 'a', vi: 'Cột A' }, { key: 'b', vi: 'Cột B' }], 'vi', rows())).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(`${BOM}Cột A,Cột B\r\nx,1\r\n'=y,\r\n`);
  });
});
