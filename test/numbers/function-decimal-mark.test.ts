import type { DealKitError } from '../../shared/errors';
import { defaultCallContext, invokeFunction } from '../../shared/functions/invoke';

describe('functions read text by the call context’s decimal mark', () => {
  const comma = { ...defaultCallContext('en'), decimalMark: ',' as const };

  it('reads "1,5" as 1.5 and "1.200" as 1200 where the mark is ","', () => {
    expect(
      invokeFunction(
        'WEIGHTED',
        [
          [['1,5'], ['1.200'], ['1 200,50']],
          [['C50'], ['C50'], ['C50']],
        ],
        comma,
      ),
    ).toEqual([[0.75], [600], [600.25]]);
    expect(invokeFunction('VELOCITY', ['40', '50.000', '25%', '100'], comma)).toBe(5000);
  });

  it('refuses "1.5" there, naming the argument, in both languages', () => {
    expect(() => invokeFunction('VELOCITY', [40, '1.5', 0.25, 100], comma)).toThrow(/^average_size: '1\.5' is not a number as this workbook writes them: its decimal mark is ","/);
    let caught: unknown;
    try {
      invokeFunction('ROI', [[['10'], ['1.5']], [[1]]], comma);
    } catch (error) {
      caught = error;
    }
    expect((caught as DealKitError).text['zh-CN']).toMatch(/^benefits，第 2 行：'1\.5' 不是本工作簿格式的数字：小数点为“,”/);
  });

  it('reads by "." when the context does not say', () => {
    expect(invokeFunction('WEIGHTED', [[['1,200.5']], [['C50']]])).toEqual([[600.25]]);
    expect(() => invokeFunction('WEIGHTED', [[['1,5']], [['C50']]])).toThrow(/^amounts, row 1: '1,5' is not a number as this workbook writes them/);
  });
});
