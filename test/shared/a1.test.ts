import {
  absoluteA1,
  boxToA1,
  cellAt,
  columnIndex,
  columnLetters,
  columnLettersOfNumber,
  firstCellOfReference,
  parseA1,
  parseColumnSpan,
  parseSheetReference,
  quotedCellReference,
  sheetCellReference,
} from '../../shared/a1';
import { DealKitError } from '../../shared/errors';

describe('A1 notation, 0-based in code', () => {
  it('turns column indexes into letters and back up to the last Excel column', () => {
    for (const index of [0, 25, 26, 701, 702, 16383]) expect(columnIndex(columnLetters(index))).toBe(index);
    expect(columnLetters(16383)).toBe('XFD');
    expect(columnLettersOfNumber(1)).toBe('A');
  });

  it('refuses a column that is not letters, naming it in English and Chinese', () => {
    let caught: unknown;
    try {
      columnIndex('B2');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DealKitError);
    const error = caught as DealKitError;
    expect(error.subject).toBe('B2');
    expect(error.text.en).toContain('B2');
    expect(error.text['zh-CN']).toContain('B2');
  });

  it('reads a range in either corner order as one box and writes it back', () => {
    const box = parseA1('$D$9:b4');
    expect(box).toEqual({ a1: 'B4:D9', row: 3, column: 1, height: 6, width: 3 });
    expect(boxToA1(box.row, box.column, box.height, box.width)).toBe('B4:D9');
    expect(absoluteA1(box)).toBe('$B$4:$D$9');
    expect(cellAt(2, 4)).toBe('B4');
    expect(() => parseA1('B0')).toThrow(DealKitError);
  });

  it('reads whole-column spans and nothing else as one', () => {
    expect(parseColumnSpan('$C:A')).toEqual({ column: 0, width: 3 });
    expect(parseColumnSpan('A1:C3')).toBeUndefined();
  });

  it('reads sheet-qualified references, quoted or not, and names cells with the quotes a formula needs', () => {
    expect(parseSheetReference("='Bo''s deals'!$B$7:$C$9")).toEqual({ sheet: "Bo's deals", row: 6, column: 1, lastRow: 8, lastColumn: 2 });
    expect(firstCellOfReference("='DealKit settings'!$B$7")).toEqual({ sheet: 'DealKit settings', a1: 'B7' });
    expect(firstCellOfReference('=SUM(A1:A2)')).toBeNull();
    expect(sheetCellReference('Settings', 41, 1)).toBe('Settings!B42');
    expect(sheetCellReference('DealKit settings', 41, 1)).toBe("'DealKit settings'!B42");
    expect(quotedCellReference('Settings', 'B7')).toBe("'Settings'!B7");
  });
});
