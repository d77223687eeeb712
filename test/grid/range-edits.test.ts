import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { clearRange, moveBlock, writeBlock } from '../../playground/grid/range-edits';

/** The grid's writes on a real playground workbook: each is one change that one undo takes back. */

function workbook(): { book: PlaygroundWorkbook; show: (a1: string) => unknown } {
  const book = new PlaygroundWorkbook();
  book.hf.addSheet('S');
  const id = book.sheetId('S') as number;
  book.hf.setCellContents({ sheet: id, row: 0, col: 0 }, [
    ['a', 'b'],
    ['c', 'd'],
  ]);
  book.hf.clearUndoStack();
  const show = (a1: string): unknown => {
    const address = book.hf.simpleCellAddressFromString(a1, id);
    return address ? book.hf.getCellValue(address) : undefined;
  };
  return { book, show };
}

describe('grid writes', () => {
  it('a pasted block is parsed as typing is (numbers, TRUE, formulas) and one undo removes all of it', () => {
    const { book, show } = workbook();
    expect(writeBlock(book, 'S', { row: 3, col: 0 }, [['12', 'TRUE'], ['=A4*2']])).toBe(true);
    expect([show('A4'), show('B4'), show('A5'), show('B5')]).toEqual([12, true, 24, null]);
    book.undo();
    expect([show('A4'), show('B4'), show('A5')]).toEqual([null, null, null]);
  });

  it('clearing a range is one change', () => {
    const { book, show } = workbook();
    clearRange(book, 'S', { top: 0, left: 0, bottom: 1, right: 1 });
    expect([show('A1'), show('B2')]).toEqual([null, null]);
    book.undo();
    expect([show('A1'), show('B1'), show('A2'), show('B2')]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a cut block pasted moves, and one undo puts it back where it was', () => {
    const { book, show } = workbook();
    moveBlock(book, 'S', { top: 0, left: 0, bottom: 1, right: 1 }, { row: 5, col: 2 }, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect([show('A1'), show('C6'), show('D7')]).toEqual([null, 'a', 'd']);
    book.undo();
    expect([show('A1'), show('C6')]).toEqual(['a', null]);
  });

  it('refuses, writing nothing, a block that would run past the sheet’s last column', () => {
    const { book, show } = workbook();
    const last = book.hf.getConfig().maxColumns - 1;
    expect(writeBlock(book, 'S', { row: 0, col: last }, [['x', 'y']])).toBe(false);
    expect(show('A1')).toBe('a');
    expect(book.hf.isThereSomethingToUndo()).toBe(false);
  });
});
