/**
 * What a key does in the grid, as Excel and Google Sheets do it, decided apart from the component so
 * the rules read in one place: arrows move (with Shift they grow the range, with Ctrl they jump to the
 * edge of the data), Enter and Tab commit and move, Escape cancels, F2 edits in place, Delete clears.
 */
export type EditMode = 'ready' | 'enter' | 'edit';

export interface KeyPress {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

export type GridCommand =
  | { readonly kind: 'move'; readonly rows: number; readonly cols: number; readonly extend: boolean; readonly toEdge: boolean }
  | { readonly kind: 'page'; readonly direction: 1 | -1; readonly extend: boolean }
  | { readonly kind: 'rowStart'; readonly toSheetStart: boolean }
  | { readonly kind: 'commit'; readonly rows: number; readonly cols: number }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'editInPlace' }
  | { readonly kind: 'editInBar' }
  | { readonly kind: 'clear' }
  | { readonly kind: 'undo' }
  | { readonly kind: 'redo' }
  | { readonly kind: 'selectAll' }
  | { readonly kind: 'toggleTick' }
  | { readonly kind: 'openPicker' }
  | { readonly kind: 'dismiss' }
  | { readonly kind: 'switchSheet'; readonly step: 1 | -1 };

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The command for a key in a mode; null leaves the key to the browser (typing, the caret, copy and paste). */
export function commandForKey(press: KeyPress, mode: EditMode): GridCommand | null {
  const command = press.ctrlKey || press.metaKey;
  const arrow = ARROWS[press.key];
  if (mode !== 'ready') {
    if (press.key === 'Enter' && !press.altKey) return { kind: 'commit', rows: press.shiftKey ? -1 : 1, cols: 0 };
    if (press.key === 'Tab') return { kind: 'commit', rows: 0, cols: press.shiftKey ? -1 : 1 };
    if (press.key === 'Escape') return { kind: 'cancel' };
    // Typing over a cell, an arrow finishes the entry and moves on; editing in place (F2), it moves the caret.
    if (arrow && mode === 'enter' && !press.shiftKey && !command) return { kind: 'commit', rows: arrow[0], cols: arrow[1] };
    return null;
  }
  if (arrow) {
    if (press.altKey && press.key === 'ArrowDown') return { kind: 'openPicker' };
    return { kind: 'move', rows: arrow[0], cols: arrow[1], extend: press.shiftKey, toEdge: command };
  }
  if (command) {
    const key = press.key.toLowerCase();
    if (key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y') return { kind: 'redo' };
    if (key === 'a') return { kind: 'selectAll' };
    if (press.key === 'Home') return { kind: 'rowStart', toSheetStart: true };
    if (press.key === 'PageDown') return { kind: 'switchSheet', step: 1 };
    if (press.key === 'PageUp') return { kind: 'switchSheet', step: -1 };
    return null;
  }
  switch (press.key) {
    case 'Enter':
      return press.shiftKey ? { kind: 'move', rows: -1, cols: 0, extend: false, toEdge: false } : { kind: 'editInBar' };
    case 'Tab':
      return { kind: 'move', rows: 0, cols: press.shiftKey ? -1 : 1, extend: false, toEdge: false };
    case 'F2':
      return { kind: 'editInPlace' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'Escape':
      return { kind: 'dismiss' };
    case 'Home':
      return { kind: 'rowStart', toSheetStart: false };
    case 'PageDown':
      return { kind: 'page', direction: 1, extend: press.shiftKey };
    case 'PageUp':
      return { kind: 'page', direction: -1, extend: press.shiftKey };
    case ' ':
      return { kind: 'toggleTick' };
    default:
      return null;
  }
}
