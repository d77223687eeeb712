import { parseSheetReference, valuesFromA1 } from '../../shared/a1';
import { namedValuesFromReferences } from '../../shared/pipeline/named-values';

describe('named values from sheets already read', () => {
  it('parses the references hosts give', () => {
    expect(parseSheetReference("='DealKit settings'!$A$12:$B$20")).toEqual({ sheet: 'DealKit settings', row: 11, column: 0, lastRow: 19, lastColumn: 1 });
    expect(parseSheetReference('Settings!B3')).toEqual({ sheet: 'Settings', row: 2, column: 1, lastRow: 2, lastColumn: 1 });
    expect(parseSheetReference("'Bo''s'!A1:A2")?.sheet).toBe("Bo's");
    expect(parseSheetReference('=SUM(A1:A2)')).toBeUndefined();
  });
  it('takes the values of each name from the sheet values', () => {
    const sheets = [{ name: 'DealKit 设置', values: [['x'], [null, 'zh-CN'], ['G10', 0.1], ['G20', 0.2]] }];
    expect(namedValuesFromReferences({ DK_LANGUAGE: "='DealKit 设置'!$B$2", DK_STAGES: "='DealKit 设置'!$A$3:$B$5", DK_GONE: "='Nope'!A1" }, sheets)).toEqual({
      DK_LANGUAGE: [['zh-CN']],
      DK_STAGES: [
        ['G10', 0.1],
        ['G20', 0.2],
        [null, null],
      ],
    });
  });
  it('pads a used range that starts below or right of A1', () => {
    expect(valuesFromA1([['a', 'b']], 2, 1)).toEqual([[], [], [null, 'a', 'b']]);
  });
});
