import { readNumberText, type NumberTextRules } from '../../shared/numbers/read-number';
import { parseDecimalMark } from '../../shared/numbers/decimal-mark';

const POINT: NumberTextRules = { decimalMark: '.', currency: true, percent: true };
const COMMA: NumberTextRules = { decimalMark: ',', currency: true, percent: true };

function read(raw: string, rules: NumberTextRules): number | string {
  const reading = readNumberText(raw, rules);
  return reading.ok ? reading.value : reading.kind;
}

describe('one number reader, by the workbook’s decimal mark', () => {
  it.each([
    ['1,200.50', 1200.5],
    ['1 200', 1200],
    ['1 234 567.89', 1234567.89],
    ['$1,200', 1200],
    ['-$1,200', -1200],
    ['1,200 USD', 1200],
    ['40%', 0.4],
    ['.5', 0.5],
    ['1e3', 1000],
    ['１，２００', 1200],
    ['1\u00a0200', 1200],
  ])('reads %s as %d where the mark is "."', (raw, value) => {
    expect(read(raw, POINT)).toBe(value);
  });

  it.each([
    ['€1.200,50', 1200.5],
    ['1 200,50', 1200.5],
    ['1.200', 1200],
    ['1,5', 1.5],
    ['12,34', 12.34],
    ['1.200,50 €', 1200.5],
    ['40,5%', 0.405],
  ])('reads %s as %d where the mark is ","', (raw, value) => {
    expect(read(raw, COMMA)).toBe(value);
  });

  it.each(['€1.200,50', '1,5', '12,34', '1 200,50', '1,2,3', '1,2345', '1, 234', '1.2.3', '1,234 567'])('refuses %s where the mark is "." rather than guessing', (raw) => {
    expect(read(raw, POINT)).toBe('convention');
  });

  it.each(['1.5', '1,2,3', '1.23', '1,200.50', '1.2345'])('refuses %s where the mark is ","', (raw) => {
    expect(read(raw, COMMA)).toBe('convention');
  });

  it('says why, in both languages, naming the setting that changes it', () => {
    const reading = readNumberText('1,5', POINT);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.problem.en).toMatch(/decimal mark is "\."/);
      expect(reading.problem.en).toMatch(/DK_DECIMAL_MARK/);
      expect(reading.problem['zh-CN']).toMatch(/DK_DECIMAL_MARK/);
    }
  });

  it('keeps text that is no number at all apart from text that breaks the convention', () => {
    expect(read('lots', POINT)).toBe('notNumber');
    expect(read('$', POINT)).toBe('notNumber');
    expect(read('12 apples', POINT)).toBe('notNumber');
    expect(read('$5', { decimalMark: '.' })).toBe('notNumber');
    expect(read('40%', { decimalMark: '.' })).toBe('notNumber');
    expect(read('1e999', POINT)).toBe('tooLarge');
  });

  it('reads the decimal-mark setting strictly', () => {
    expect(parseDecimalMark('.')).toBe('.');
    expect(parseDecimalMark(' ，')).toBe(',');
    expect(parseDecimalMark('')).toBeUndefined();
    expect(parseDecimalMark(';')).toMatchObject({ en: expect.stringMatching(/choose \. \(1,234\.5\) or ,/) });
  });
});
