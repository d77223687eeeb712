import { SheetBuilder } from '../../shared/templates/sheet-builder';
import { absoluteA1, cellsOf, columnIndex, columnLetters, parseA1 } from '../../shared/a1';

describe('SheetBuilder', () => {
  it('emits adjacent cells as one rectangle per kind, so a host writes a block in one call', () => {
    const b = new SheetBuilder('k', { kind: 'new', baseName: 'S' });
    b.grid('B2', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    b.value('E2', 'far');
    b.formula('B4', '=SUM(B2:C3)').formula('C4', '=1');
    const sheet = b.build();
    expect(sheet.values).toEqual([
      {
        at: 'B2',
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
      { at: 'E2', rows: [['far']] },
    ]);
    expect(sheet.formulas).toEqual([{ at: 'B4', rows: [['=SUM(B2:C3)', '=1']] }]);
  });

  it('refuses to write a cell twice and names it', () => {
    const b = new SheetBuilder('k', { kind: 'new', baseName: 'S' });
    b.value('A1', 'x');
    expect(() => b.formula('A1', '=1')).toThrow(/A1/);
    expect(() => b.formula('A2', 'SUM(A1)')).toThrow(/A2/);
  });

  it('protects the sheet leaving exactly the inputs editable, each with its validation', () => {
    const b = new SheetBuilder('k', { kind: 'new', baseName: 'S' });
    b.input('B2:B5', { kind: 'list', items: ['+', '-', '?'] }).input('C2:C5');
    const sheet = b.build();
    expect(sheet.protection).toEqual({ editable: ['B2:B5', 'C2:C5'] });
    expect(sheet.validations).toEqual([{ range: 'B2:B5', kind: 'list', items: ['+', '-', '?'] }]);
    expect(new SheetBuilder('k', { kind: 'new', baseName: 'S' }).build().protection).toBeUndefined();
  });
});

describe('A1 helpers', () => {
  it('convert columns both ways beyond Z', () => {
    expect([0, 25, 26, 51, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'Z', 'AA', 'AZ', 'AAA'].map(columnIndex)).toEqual([0, 25, 26, 51, 702]);
    expect(absoluteA1(parseA1('B4:C9'))).toBe('$B$4:$C$9');
    expect(cellsOf('A1:B2')).toEqual(['A1', 'B1', 'A2', 'B2']);
  });
});
