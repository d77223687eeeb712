import { commandForKey, type KeyPress } from '../../playground/grid/grid-keys';
import { acceptSuggestion, callAtCaret, nameBeingTyped, suggestFunctions } from '../../playground/grid/formula-hints';
import { edgeFrom } from '../../playground/grid/selection';
import { parseTsv, toTsv } from '../../playground/grid/tsv';

/** The grid's rules that need no browser: clipboard text, keys, Ctrl+arrow, what autocomplete offers. */

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('clipboard text', () => {
  it('reads a block copied from Excel or Sheets, quoted fields and the trailing line break included', () => {
    expect(parseTsv('D-101\tNorthwind\r\nD-102\t"Fab ""Health""\tInc"\r\n')).toEqual([
      ['D-101', 'Northwind'],
      ['D-102', 'Fab "Health"\tInc'],
    ]);
    expect(parseTsv('one cell')).toEqual([['one cell']]);
    expect(parseTsv('a\t\tc')).toEqual([['a', '', 'c']]);
  });

  it('writes what it reads back unchanged', () => {
    const rows = [
      ['plain', 'with\ttab', 'two\nlines'],
      ['"quoted"', '', '=SUM(A1:A2)'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });
});

describe('keys', () => {
  it('Enter and Tab commit and move while typing; in a selected cell Enter opens the formula bar and Tab moves', () => {
    expect(commandForKey(press('Enter'), 'enter')).toEqual({ kind: 'commit', rows: 1, cols: 0 });
    expect(commandForKey(press('Enter', { shiftKey: true }), 'edit')).toEqual({ kind: 'commit', rows: -1, cols: 0 });
    expect(commandForKey(press('Tab', { shiftKey: true }), 'enter')).toEqual({ kind: 'commit', rows: 0, cols: -1 });
    expect(commandForKey(press('Enter'), 'ready')).toEqual({ kind: 'editInBar' });
    expect(commandForKey(press('Tab'), 'ready')).toMatchObject({ kind: 'move', rows: 0, cols: 1 });
  });

  it('arrows finish a typed entry but move the caret when editing in place; typed letters are left to the input', () => {
    expect(commandForKey(press('ArrowDown'), 'enter')).toEqual({ kind: 'commit', rows: 1, cols: 0 });
    expect(commandForKey(press('ArrowLeft'), 'edit')).toBeNull();
    expect(commandForKey(press('x'), 'ready')).toBeNull();
    expect(commandForKey(press('ArrowDown', { shiftKey: true }), 'ready')).toMatchObject({ kind: 'move', extend: true });
    expect(commandForKey(press('ArrowDown', { ctrlKey: true }), 'ready')).toMatchObject({ kind: 'move', toEdge: true });
  });

  it('undo and redo by Ctrl or Cmd, Shift+Z included; inside an entry they are the input’s own', () => {
    expect(commandForKey(press('z', { ctrlKey: true }), 'ready')).toEqual({ kind: 'undo' });
    expect(commandForKey(press('Z', { metaKey: true, shiftKey: true }), 'ready')).toEqual({ kind: 'redo' });
    expect(commandForKey(press('y', { ctrlKey: true }), 'ready')).toEqual({ kind: 'redo' });
    expect(commandForKey(press('z', { ctrlKey: true }), 'edit')).toBeNull();
  });
});

describe('Ctrl+arrow', () => {
  // Column of a sheet: rows 2–4 and 8 filled.
  const filled = new Set([2, 3, 4, 8]);
  const isFilled = (row: number) => filled.has(row);
  const bounds = { rows: 20, cols: 1 };

  it('goes to the end of a filled run, then to the next filled cell, then to the sheet’s edge', () => {
    expect(edgeFrom({ row: 2, col: 0 }, 1, 0, bounds, isFilled)).toEqual({ row: 4, col: 0 });
    expect(edgeFrom({ row: 4, col: 0 }, 1, 0, bounds, isFilled)).toEqual({ row: 8, col: 0 });
    expect(edgeFrom({ row: 8, col: 0 }, 1, 0, bounds, isFilled)).toEqual({ row: 19, col: 0 });
    expect(edgeFrom({ row: 8, col: 0 }, -1, 0, bounds, isFilled)).toEqual({ row: 4, col: 0 });
  });
});

describe('formula autocomplete', () => {
  it('offers DealKit functions first, by the name being typed, with or without the DEAL. prefix', () => {
    const offered = suggestFunctions('qu', ['QUARTILE', 'QUOTIENT', 'SUM'], 'en');
    expect(offered.map((s) => s.name)).toEqual(['QUALIFY', 'QUARTILE', 'QUOTIENT']);
    expect(offered[0].description).toMatch(/verdict/);
    expect(suggestFunctions('DEAL.WIN', [], 'zh-CN').map((s) => s.name)).toEqual(['WINPROB']);
  });

  it('offers nothing for text, references or a plain value', () => {
    expect(nameBeingTyped('QU', 2)).toBeNull();
    expect(nameBeingTyped('="QU', 4)).toBeNull();
    expect(nameBeingTyped('=Sheet1!QU', 10)).toBeNull();
    expect(nameBeingTyped('=A1:QU', 6)).toBeNull();
    expect(nameBeingTyped('=1+QU', 5)).toEqual({ start: 3, end: 5, prefix: 'QU' });
  });

  it('inserts the chosen name with its bracket, and knows which argument the caret is in', () => {
    const typed = nameBeingTyped('=QU', 3);
    if (!typed) throw new Error('nothing typed');
    expect(acceptSuggestion('=QU', typed, 'QUALIFY')).toEqual({ draft: '=QUALIFY(', caret: 9 });
    expect(callAtCaret('=QUALIFY(E8:E27,"a,b",', 22)).toEqual({ name: 'QUALIFY', argIndex: 2 });
    expect(callAtCaret('=QUALIFY(SUM(A1,', 16)).toEqual({ name: 'SUM', argIndex: 1 });
    expect(callAtCaret('=QUALIFY(SUM(A1,B2),', 20)).toEqual({ name: 'QUALIFY', argIndex: 1 });
  });
});
