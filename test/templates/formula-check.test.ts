import { readFormula } from './formula-check';

describe('readFormula (the checker the template tests rely on)', () => {
  it('counts DealKit arguments, ignoring commas in strings and nested calls', () => {
    const r = readFormula('={{DEAL}}QUALIFY(E8:E27,"a,b",IF(A1,1,2))');
    expect(r.balanced).toBe(true);
    expect(r.calls).toEqual([
      { name: 'QUALIFY', dealkit: true, args: 3 },
      { name: 'IF', dealkit: false, args: 3 },
    ]);
  });
  it('finds workbook names but not cell references or boolean functions', () => {
    const r = readFormula('=IFERROR(AND(ISNUMBER($J$8),J8>=DK_YES_THRESHOLD),FALSE())+{{SHEET:settings}}!B2');
    expect(r.names).toEqual(['DK_YES_THRESHOLD']);
    expect(r.sheetKeys).toEqual(['settings']);
  });
  it('flags unbalanced parentheses and empty calls', () => {
    expect(readFormula('=SUM(A1:A3').balanced).toBe(false);
    expect(readFormula('=SUM(A1))').balanced).toBe(false);
    expect(readFormula('=TODAY()').calls[0].args).toBe(0);
    expect(readFormula('=")("&A1').balanced).toBe(true);
  });
  it('refuses bare TRUE and FALSE, which HyperFormula cannot read', () => {
    expect(readFormula('=COUNTIF(A1:A9,TRUE)').balanced).toBe(false);
    expect(readFormula('=COUNTIF(A1:A9,TRUE())').balanced).toBe(true);
  });
});
