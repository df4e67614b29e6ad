import { SourcePositions } from '../../../src/postgres/sql/source-positions.js';

describe('SourcePositions', () => {
  const text = 'ab\r\ncé\nd\rf';
  const positions = new SourcePositions(text);

  it('maps UTF-8 byte offsets to character indexes', () => {
    expect(positions.charIndex(0)).toBe(0);
    expect(positions.charIndex(5)).toBe(5);
    // 'é' is two bytes: the byte after it is one character earlier.
    expect(positions.charIndex(7)).toBe(6);
  });

  it('counts CRLF, LF and a lone CR as one line end each', () => {
    expect(positions.lineAndColumn(0)).toEqual({ line: 1, column: 1 });
    expect(positions.lineAndColumn(2)).toEqual({ line: 1, column: 3 });
    expect(positions.lineAndColumn(4)).toEqual({ line: 2, column: 1 });
    expect(positions.lineAndColumn(5)).toEqual({ line: 2, column: 2 });
    expect(positions.lineAndColumn(7)).toEqual({ line: 3, column: 1 });
    expect(positions.lineAndColumn(9)).toEqual({ line: 4, column: 1 });
  });
});
