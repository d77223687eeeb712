import { isoFromSerial, monthKey, quarterKey, serialFromCell, serialFromParts } from '../../shared/pipeline/dates';

describe('pipeline dates', () => {
  it('counts days as the spreadsheets do', () => {
    expect(serialFromParts(1970, 1, 1)).toBe(25569);
    expect(serialFromParts(2026, 12, 1)).toBe(46357);
    expect(isoFromSerial(46357)).toBe('2026-12-01');
  });
  it('reads serials, Date objects and year-first text, and nothing else', () => {
    expect(serialFromCell(46357.75)).toBe(46357);
    expect(serialFromCell(new Date(2026, 11, 1))).toBe(46357);
    expect(serialFromCell('2026-12-01')).toBe(46357);
    expect(serialFromCell('2026/12/1')).toBe(46357);
    expect(serialFromCell('2026年12月1日')).toBe(46357);
    expect(serialFromCell('2026-02-30')).toBeUndefined();
    expect(serialFromCell('01/12/2026')).toBeUndefined();
    expect(serialFromCell('next week')).toBeUndefined();
    expect(serialFromCell(-3)).toBeUndefined();
    expect(serialFromCell(null)).toBeUndefined();
  });
  it('buckets by month and calendar quarter', () => {
    expect(monthKey(46357)).toBe('2026-12');
    expect(quarterKey(46357)).toBe('2026-Q4');
    expect(quarterKey(serialFromParts(2027, 3, 31))).toBe('2027-Q1');
    expect(quarterKey(serialFromParts(2027, 4, 1))).toBe('2027-Q2');
  });
});
