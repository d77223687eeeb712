import { quoteSheetName } from '../../shared/a1';
import { uniqueSheetName } from '../../shared/plan';

describe('uniqueSheetName', () => {
  it('keeps a free name and numbers a taken one, case-insensitively', () => {
    expect(uniqueSheetName('Pipeline', ['Sheet1'])).toBe('Pipeline');
    expect(uniqueSheetName('Pipeline', ['pipeline'])).toBe('Pipeline (2)');
    expect(uniqueSheetName('Pipeline', ['Pipeline', 'Pipeline (2)'])).toBe('Pipeline (3)');
  });
  it("fits Excel's 31 characters and drops characters sheet names cannot hold", () => {
    const long = 'Opportunity assessment for a very large account';
    const first = uniqueSheetName(long, []);
    expect(first.length).toBeLessThanOrEqual(31);
    const second = uniqueSheetName(long, [first]);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName('Q3/Q4: deals?', [])).toBe('Q3 Q4  deals');
  });
  it('quotes names for formulas, doubling apostrophes', () => {
    expect(quoteSheetName("Ann's deals")).toBe("'Ann''s deals'");
  });
});
