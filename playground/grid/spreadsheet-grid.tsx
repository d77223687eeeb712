/**
 * The playground's spreadsheet, behaving as Excel and Google Sheets do: type over a selected cell to
 * replace it, Enter/Tab to commit and move, F2 to edit in place, Delete to clear a range; ranges by
 * shift+click, shift+arrows and dragging; copy, cut and paste as tab-separated text; frozen header
 * rows, dropdowns and tick boxes from the write plan; function names and argument help while a
 * formula is typed; Ctrl+Z and Ctrl+Y. Only the rows and columns on screen are drawn, every value as
 * a text node.
 *
 * One focused input sits on the active cell at all times (transparent until typing starts), so the
 * first key typed lands in it and an input method composes there, as in a spreadsheet.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { HyperFormula } from 'hyperformula';
import type { Locale } from '../../shared/i18n';
import { cellA1 } from '../../shared/a1';
import { fill } from '../../shared/ui/texts';
import { dropdownItems } from '../apply-plan-hyperformula';
import { PLAYGROUND_TEXT } from '../playground-texts';
import type { PlaygroundWorkbook } from '../playground-workbook';
import { drawnSpan, indexAt } from './axis';
import { CellMenu, type CellMenuAction } from './cell-menu';
import { CellsPane } from './cells-pane';
import { acceptSuggestion, argumentHint, callAtCaret, nameBeingTyped, suggestFunctions } from './formula-hints';
import { FormulaHintsPopup } from './formula-hints-popup';
import { commandForKey, type EditMode, type GridCommand } from './grid-keys';
import { goToTarget } from './go-to';
import { GRID_TEXT } from './grid-texts';
import { ColumnHeads, RowHeads } from './headings';
import { ListPicker } from './list-picker';
import { NameBox } from './name-box';
import { draftWidth, framePane, frozenHeight, paneOfRow, px, rangeBox, type Box } from './pane-geometry';
import { clearRange, fitToSelection, moveBlock, writeBlock } from './range-edits';
import { cellSelection, clampPoint, edgeFrom, extendTo, isSingleCell, moveActive, moveCorner, rangeOf, type CellPoint, type CellRange, type GridSelection } from './selection';
import { HEADER_HEIGHT, ROW_HEAD_WIDTH, ROW_HEIGHT, SheetView } from './sheet-view';
import { parseTsv, toTsv } from './tsv';

export interface GridProps {
  readonly workbook: PlaygroundWorkbook;
  /** Bumped by the page whenever the workbook changed outside the grid (a wizard wrote to it). */
  readonly version: number;
  readonly onChanged: () => void;
  readonly locale: Locale;
  /**
   * Drawn over the cells and scrolling with them (the charts), given where a cell's top-left corner is
   * in the grid's body: placed by the grid's geometry, since only the cells on screen exist.
   */
  readonly overlay?: (cellTopLeft: (row: number, column: number) => { readonly left: number; readonly top: number }) => ComponentChildren;
}

interface EditState {
  readonly mode: Exclude<EditMode, 'ready'>;
  /** In the cell itself, or in the formula bar. */
  readonly where: 'cell' | 'bar';
  readonly draft: string;
  /** What the cell held: an entry left unchanged writes nothing (and leaves nothing to undo). */
  readonly original: string;
  readonly sheet: string;
  readonly at: CellPoint;
}

interface PickerState {
  readonly at: CellPoint;
  readonly items: readonly string[];
  readonly index: number;
}

/** The range last copied or cut, drawn with a dashed border until Escape or the next edit. */
interface ClipboardMark {
  readonly sheet: string;
  readonly range: CellRange;
  readonly cut: boolean;
  readonly tsv: string;
}

/** The rows and columns drawn: those on screen and a block either side. */
interface DrawnArea {
  readonly rowFrom: number;
  readonly rowTo: number;
  readonly colFrom: number;
  readonly colTo: number;
}

const ROW_BLOCK = 8;
const COLUMN_BLOCK = 3;

let builtInNames: readonly string[] | undefined;
/** The engine's own function names (SUM, IF…), for the name list after DealKit's. */
function engineFunctionNames(): readonly string[] {
  builtInNames ??= HyperFormula.getRegisteredFunctionNames('enGB');
  return builtInNames;
}

function sameArea(a: DrawnArea, b: DrawnArea): boolean {
  return a.rowFrom === b.rowFrom && a.rowTo === b.rowTo && a.colFrom === b.colFrom && a.colTo === b.colTo;
}

function sameRows(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return a.length === b.length && a.every((row, r) => row.length === b[r].length && row.every((cell, c) => cell === b[r][c]));
}

export function SpreadsheetGrid(props: GridProps) {
  const { workbook, locale } = props;
  const sheet = workbook.activeSheet();
  const [changes, setChanges] = useState(0);
  // A new view on every change to the workbook, from the page or from the grid: the cells redraw only then.
  const view = useMemo(() => new SheetView(workbook, sheet), [workbook, sheet, props.version, changes]);
  const [selections, setSelections] = useState<Readonly<Record<string, GridSelection>>>({});
  const [edit, setEdit] = useState<EditState | null>(null);
  const [caret, setCaret] = useState(0);
  const [hint, setHint] = useState({ index: 0, closedFor: '' });
  const [picker, setPicker] = useState<PickerState | null>(null);
  const [mark, setMark] = useState<ClipboardMark | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [status, setStatus] = useState('');
  const [, setScrolled] = useState(0);
  const [drawn, setDrawn] = useState<DrawnArea>({ rowFrom: 0, rowTo: 40, colFrom: 0, colTo: 15 });

  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const sink = useRef<HTMLInputElement>(null);
  const bar = useRef<HTMLInputElement>(null);
  /** Work for the layout effect after the next render: what to focus, where to put the caret, what to scroll to. */
  const pending = useRef<{ focus: 'sink' | 'bar' | null; caret: number | null; reveal: CellPoint | null }>({ focus: null, caret: null, reveal: null });
  const dragging = useRef(false);

  const bounds = { rows: view.rows, cols: view.cols };
  const stored = selections[sheet] ?? cellSelection({ row: 0, col: 0 });
  const selection: GridSelection = { active: clampPoint(stored.active, bounds), corner: clampPoint(stored.corner, bounds) };
  const { active } = selection;
  const range = rangeOf(selection);
  const address = cellA1(active.row, active.col);
  const editMode: EditMode = edit ? (edit.mode === 'enter' && edit.draft.startsWith('=') ? 'edit' : edit.mode) : 'ready';

  /** The latest render's values, for the window listeners a drag uses. */
  const latest = useRef({ view, selection, sheet });
  latest.current = { view, selection, sheet };

  const say = (message: string): void => setStatus(message);
  // The page hears of every edit too: the charts and the task pane read the workbook again.
  const changed = (): void => {
    setChanges((n) => n + 1);
    props.onChanged();
  };

  const select = (next: GridSelection, reveal: CellPoint | null = next.corner): void => {
    setSelections((all) => ({ ...all, [latest.current.sheet]: next }));
    setPicker(null);
    setStatus('');
    pending.current.reveal = reveal;
    pending.current.focus ??= 'sink';
  };

  const measureDrawn = (): void => {
    const element = scroller.current;
    if (!element) return;
    const current = latest.current.view;
    const bodyTop = frozenHeight(current);
    const bodyHeight = Math.max(ROW_BLOCK, element.clientHeight - HEADER_HEIGHT - bodyTop);
    const rows = drawnSpan(current.rowAxis, bodyTop + element.scrollTop, bodyTop + element.scrollTop + bodyHeight, current.frozenRows, ROW_BLOCK);
    const cols = drawnSpan(current.columnAxis, element.scrollLeft, element.scrollLeft + Math.max(COLUMN_BLOCK, element.clientWidth - ROW_HEAD_WIDTH), 0, COLUMN_BLOCK);
    const next = { rowFrom: rows[0], rowTo: rows[1], colFrom: cols[0], colTo: cols[1] };
    setDrawn((before) => (sameArea(before, next) ? before : next));
  };

  /** Scrolls the least that shows a cell, the frozen rows staying put. */
  const reveal = (point: CellPoint): void => {
    const element = scroller.current;
    if (!element) return;
    const columns = view.columnAxis.starts;
    const visibleWidth = element.clientWidth - ROW_HEAD_WIDTH;
    const left = columns[point.col];
    const right = columns[point.col + 1];
    if (left < element.scrollLeft) element.scrollLeft = left;
    else if (right > element.scrollLeft + visibleWidth) element.scrollLeft = Math.min(left, right - visibleWidth);
    // Reaching a frozen row by keyboard (Ctrl+Up, Ctrl+Home) shows the body from its top, as Excel does.
    if (point.row < view.frozenRows) element.scrollTop = 0;
    else {
      const bodyTop = frozenHeight(view);
      const visibleHeight = element.clientHeight - HEADER_HEIGHT - bodyTop;
      const top = view.rowAxis.starts[point.row] - bodyTop;
      const bottom = view.rowAxis.starts[point.row + 1] - bodyTop;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (bottom > element.scrollTop + visibleHeight) element.scrollTop = Math.min(top, bottom - visibleHeight);
    }
    measureDrawn();
  };

  useLayoutEffect(() => {
    const work = pending.current;
    pending.current = { focus: null, caret: null, reveal: null };
    if (work.reveal) reveal(work.reveal);
    const target = work.focus === 'bar' ? bar.current : work.focus === 'sink' ? sink.current : null;
    if (target && document.activeElement !== target) target.focus({ preventScroll: true });
    if (work.caret !== null) (work.focus === 'bar' ? bar.current : (target ?? sink.current))?.setSelectionRange(work.caret, work.caret);
  });

  // A new sheet opens at its top-left corner, its selection remembered from the last visit.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) {
      element.scrollTop = 0;
      element.scrollLeft = 0;
    }
    setEdit(null);
    setPicker(null);
    reveal(latest.current.selection.active);
  }, [sheet]);

  useLayoutEffect(measureDrawn, [view]);

  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => measureDrawn());
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  /** The cell (or heading: row or col -1) under a point of the page; null over the scroll bars. */
  const hitTest = (clientX: number, clientY: number, clamp: boolean): CellPoint | null => {
    const element = scroller.current;
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    let x = clientX - rect.left - element.clientLeft;
    let y = clientY - rect.top - element.clientTop;
    if (clamp) {
      x = Math.max(ROW_HEAD_WIDTH, Math.min(element.clientWidth - 1, x));
      y = Math.max(HEADER_HEIGHT, Math.min(element.clientHeight - 1, y));
    } else if (x < 0 || y < 0 || x >= element.clientWidth || y >= element.clientHeight) return null;
    const topHeight = HEADER_HEIGHT + frozenHeight(view);
    const col = x < ROW_HEAD_WIDTH ? -1 : indexAt(view.columnAxis, element.scrollLeft + x - ROW_HEAD_WIDTH);
    const row = y < HEADER_HEIGHT ? -1 : y < topHeight ? indexAt(view.rowAxis, y - HEADER_HEIGHT) : indexAt(view.rowAxis, frozenHeight(view) + element.scrollTop + y - topHeight);
    return { row: Math.min(row, view.rows - 1), col: Math.min(col, view.cols - 1) };
  };

  useEffect(() => {
    const move = (event: MouseEvent): void => {
      if (!dragging.current) return;
      const point = hitTestRef.current(event.clientX, event.clientY, true);
      const { selection: now } = latest.current;
      // Dragging scrolls the body to the cell under the pointer, but never jumps it to the top for a frozen row.
      const { view: shown } = latest.current;
      if (point && (point.row !== now.corner.row || point.col !== now.corner.col)) selectRef.current(extendTo(now, point), point.row >= shown.frozenRows ? point : null);
    };
    const stop = (): void => {
      dragging.current = false;
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', stop);
    return () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', stop);
    };
  }, []);
  const hitTestRef = useRef(hitTest);
  hitTestRef.current = hitTest;
  const selectRef = useRef(select);
  selectRef.current = select;

  const startEdit = (mode: EditState['mode'], where: EditState['where'], draft: string, caretAt: number | null): void => {
    const original = view.input(active.row, active.col);
    setEdit({ mode, where, draft, original, sheet, at: active });
    setCaret(caretAt ?? draft.length);
    setHint({ index: 0, closedFor: '' });
    setPicker(null);
    setMark(null);
    pending.current.focus = where === 'bar' ? 'bar' : 'sink';
    pending.current.caret = caretAt;
  };

  const commit = (move: readonly [number, number] | null): void => {
    if (!edit) return;
    setEdit(null);
    if (edit.draft !== edit.original) {
      if (writeBlock(workbook, edit.sheet, edit.at, [[edit.draft]])) changed();
      else say(GRID_TEXT.cannotChange[locale]);
    }
    if (move) select(moveActive(cellSelection(edit.at), move[0], move[1], bounds));
    pending.current.focus = 'sink';
  };

  const cancel = (): void => {
    setEdit(null);
    pending.current.focus = 'sink';
  };

  const clearSelection = (): void => {
    if (clearRange(workbook, sheet, range)) changed();
    else say(GRID_TEXT.cannotChange[locale]);
  };

  const isTickBox = (point: CellPoint): boolean => view.ruleAt(point.row, point.col)?.kind === 'checkbox';

  const toggleTick = (point: CellPoint): void => {
    const shown = view.shownAt(point.row, point.col);
    const ticked = shown.kind === 'boolean' && shown.text === 'TRUE';
    if (writeBlock(workbook, sheet, point, [[ticked ? 'FALSE' : 'TRUE']])) changed();
    else say(GRID_TEXT.cannotChange[locale]);
  };

  const openPicker = (): boolean => {
    const rule = view.ruleAt(active.row, active.col);
    if (rule?.kind !== 'list' && rule?.kind !== 'listFromRange') return false;
    // A list fed by a range is read again: its source cells may have changed since the plan was applied.
    const items = rule.kind === 'list' ? rule.items : dropdownItems(workbook.hf, rule.source, sheet);
    setPicker({ at: active, items, index: Math.max(0, items.indexOf(view.shownAt(active.row, active.col).text)) });
    pending.current.focus = 'sink';
    return true;
  };

  const pick = (value: string): void => {
    if (!picker) return;
    setPicker(null);
    if (writeBlock(workbook, sheet, picker.at, [[value]])) changed();
    else say(GRID_TEXT.cannotChange[locale]);
    pending.current.focus = 'sink';
  };

  const copyRange = (cut: boolean): string => {
    const rows: string[][] = [];
    for (let r = range.top; r <= range.bottom; r += 1) {
      const row: string[] = [];
      for (let c = range.left; c <= range.right; c += 1) row.push(view.shownAt(r, c).text);
      rows.push(row);
    }
    const tsv = toTsv(rows);
    setMark({ sheet, range, cut, tsv });
    say(
      fill(GRID_TEXT.copied[locale], { cells: range.top === range.bottom && range.left === range.right ? address : `${cellA1(range.top, range.left)}:${cellA1(range.bottom, range.right)}` }),
    );
    return tsv;
  };

  const paste = (text: string): void => {
    const rows = parseTsv(text);
    if (rows.length === 0) return;
    const at = { row: range.top, col: range.left };
    const cutHere = mark?.cut && mark.sheet === sheet && sameRows(parseTsv(mark.tsv), rows) ? mark : null;
    const block = cutHere ? rows : fitToSelection(rows, range);
    const written = cutHere ? moveBlock(workbook, sheet, cutHere.range, at, block) : writeBlock(workbook, sheet, at, block);
    if (!written) {
      say(GRID_TEXT.cannotChange[locale]);
      return;
    }
    if (cutHere) setMark(null);
    changed();
    const width = Math.max(...block.map((row) => row.length));
    select({ active: at, corner: clampPoint({ row: at.row + block.length - 1, col: at.col + width - 1 }, bounds) }, at);
  };

  const switchSheet = (name: string): void => {
    if (edit) commit(null);
    workbook.activate(name);
    setMenu(null);
    props.onChanged();
  };

  /** Carries out a key's command; false leaves the key to the browser. */
  const run = (command: GridCommand): boolean => {
    switch (command.kind) {
      case 'move': {
        if (command.toEdge) {
          const from = command.extend ? selection.corner : active;
          const to = edgeFrom(from, command.rows, command.cols, bounds, (r, c) => view.isFilled(r, c));
          select(command.extend ? extendTo(selection, to) : cellSelection(to));
        } else select(command.extend ? moveCorner(selection, command.rows, command.cols, bounds) : moveActive(selection, command.rows, command.cols, bounds));
        return true;
      }
      case 'page': {
        const rows = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2) * command.direction;
        select(command.extend ? moveCorner(selection, rows, 0, bounds) : moveActive(selection, rows, 0, bounds));
        return true;
      }
      case 'rowStart':
        select(cellSelection({ row: command.toSheetStart ? 0 : active.row, col: 0 }));
        return true;
      case 'commit':
        commit([command.rows, command.cols]);
        return true;
      case 'cancel':
        cancel();
        return true;
      case 'editInPlace':
        startEdit('edit', 'cell', view.input(active.row, active.col), null);
        return true;
      case 'editInBar': {
        const input = view.input(active.row, active.col);
        startEdit('edit', 'bar', input, input.length);
        return true;
      }
      case 'clear':
        clearSelection();
        return true;
      case 'undo':
        workbook.undo();
        changed();
        return true;
      case 'redo':
        workbook.redo();
        changed();
        return true;
      case 'selectAll':
        select({ active, corner: { row: view.rows - 1, col: view.cols - 1 } }, null);
        return true;
      case 'toggleTick':
        if (!isTickBox(active)) return false;
        toggleTick(active);
        return true;
      case 'openPicker':
        return openPicker();
      case 'dismiss':
        setMark(null);
        setStatus('');
        return true;
      case 'switchSheet': {
        const names = workbook.sheetNames();
        const next = names[(names.indexOf(sheet) + command.step + names.length) % names.length];
        if (next) switchSheet(next);
        return true;
      }
    }
  };

  // The function names offered and the argument help, from the draft and the caret.
  const typed = edit ? nameBeingTyped(edit.draft, caret) : null;
  const suggestions = edit && typed && hint.closedFor !== edit.draft ? suggestFunctions(typed.prefix, engineFunctionNames(), locale) : [];
  const call = edit ? callAtCaret(edit.draft, caret) : null;
  const argument = call ? argumentHint(call, locale) : null;
  const highlighted = Math.min(hint.index, Math.max(0, suggestions.length - 1));

  const accept = (name: string): void => {
    if (!edit || !typed) return;
    const next = acceptSuggestion(edit.draft, typed, name);
    setEdit({ ...edit, draft: next.draft, mode: 'edit' });
    setCaret(next.caret);
    setHint({ index: 0, closedFor: '' });
    pending.current.focus = edit.where === 'bar' ? 'bar' : 'sink';
    pending.current.caret = next.caret;
  };

  /** Keys the open function list or dropdown take before the grid does; true when taken. */
  const popupKey = (event: KeyboardEvent): boolean => {
    if (picker) {
      const count = picker.items.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (count > 0) setPicker({ ...picker, index: (picker.index + (event.key === 'ArrowDown' ? 1 : count - 1)) % count });
      } else if (event.key === 'Enter' || event.key === 'Tab') {
        if (picker.items[picker.index] !== undefined) pick(picker.items[picker.index]);
      } else if (event.key === 'Escape') setPicker(null);
      else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
        const found = picker.items.findIndex((item) => item.toLowerCase().startsWith(event.key.toLowerCase()));
        if (found >= 0) setPicker({ ...picker, index: found });
      } else return false;
      return true;
    }
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        setHint({ ...hint, index: (highlighted + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length });
        return true;
      }
      if ((event.key === 'Tab' || event.key === 'Enter') && !event.shiftKey) {
        accept(suggestions[highlighted].name);
        return true;
      }
      if (event.key === 'Escape' && edit) {
        setHint({ index: 0, closedFor: edit.draft });
        return true;
      }
    }
    return false;
  };

  const onKey = (event: KeyboardEvent, mode: EditMode): void => {
    // An input method is composing (Chinese, for one): its keys are its own.
    if (event.isComposing || event.keyCode === 229) return;
    if (popupKey(event)) {
      event.preventDefault();
      return;
    }
    const command = commandForKey(event, mode);
    if (command && run(command)) event.preventDefault();
  };

  const caretOf = (event: Event): number => (event.currentTarget as HTMLInputElement).selectionStart ?? 0;

  const onSinkInput = (event: JSX.TargetedEvent<HTMLInputElement>): void => {
    const draft = event.currentTarget.value;
    if (edit) setEdit({ ...edit, draft, where: 'cell' });
    else setEdit({ mode: 'enter', where: 'cell', draft, original: view.input(active.row, active.col), sheet, at: active });
    if (!edit) {
      setPicker(null);
      setMark(null);
    }
    setCaret(caretOf(event));
    setHint({ index: 0, closedFor: '' });
  };

  const insideSheet = (element: EventTarget | null): boolean => element instanceof Node && (root.current?.contains(element) ?? false);

  const onMouseDown = (event: JSX.TargetedMouseEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    if (target === sink.current && edit?.where === 'cell') return;
    if (target.closest('.pg-dropdown-button')) return;
    setMenu(null);
    const hit = hitTest(event.clientX, event.clientY, false);
    if (!hit) return;
    if (event.button !== 0) {
      // A right click inside the selection keeps it, as the menu acts on it.
      const inside = hit.row >= range.top && hit.row <= range.bottom && hit.col >= range.left && hit.col <= range.right;
      if (!inside && hit.row >= 0 && hit.col >= 0) select(cellSelection(hit), null);
      return;
    }
    event.preventDefault();
    if (edit) commit(null);
    const extend = event.shiftKey;
    if (hit.row < 0 && hit.col < 0) select({ active: { row: 0, col: 0 }, corner: { row: view.rows - 1, col: view.cols - 1 } }, null);
    else if (hit.row < 0)
      select(extend ? extendTo(selection, { row: view.rows - 1, col: hit.col }) : { active: { row: 0, col: hit.col }, corner: { row: view.rows - 1, col: hit.col } }, null);
    else if (hit.col < 0)
      select(extend ? extendTo(selection, { row: hit.row, col: view.cols - 1 }) : { active: { row: hit.row, col: 0 }, corner: { row: hit.row, col: view.cols - 1 } }, null);
    else {
      select(extend ? extendTo(selection, hit) : cellSelection(hit), null);
      dragging.current = !extend;
      if (!extend && isTickBox(hit) && target.closest('.pg-tick')) toggleTick(hit);
    }
    pending.current.focus = 'sink';
  };

  const onDblClick = (event: JSX.TargetedMouseEvent<HTMLDivElement>): void => {
    const hit = hitTest(event.clientX, event.clientY, false);
    if (!hit || hit.row < 0 || hit.col < 0 || isTickBox(hit)) return;
    startEdit('edit', 'cell', view.input(hit.row, hit.col), null);
  };

  const onMenuAction = (action: CellMenuAction): void => {
    setMenu(null);
    pending.current.focus = 'sink';
    if (action === 'clear') clearSelection();
    else if (action === 'paste') {
      navigator.clipboard
        ?.readText()
        .then(paste)
        .catch(() => say(GRID_TEXT.pasteRefused[locale]));
    } else {
      const tsv = copyRange(action === 'cut');
      navigator.clipboard?.writeText(tsv).catch(() => undefined);
    }
  };

  const goTo = (typed: string): void => {
    const target = goToTarget(typed, sheet, workbook);
    if (!target) {
      say(fill(GRID_TEXT.noSuchCell[locale], { address: typed.trim() }));
      return;
    }
    pending.current.focus = 'sink';
    if (target.sheet === sheet) {
      select(target.selection, target.selection.active);
      return;
    }
    setSelections((all) => ({ ...all, [target.sheet]: target.selection }));
    switchSheet(target.sheet);
  };

  // What is drawn: the frozen rows always, the body's rows and the columns on screen.
  const rowFrom = Math.max(view.frozenRows, Math.min(drawn.rowFrom, view.rows - 1));
  const rowTo = Math.max(rowFrom, Math.min(drawn.rowTo, view.rows - 1));
  const colFrom = Math.min(drawn.colFrom, view.cols - 1);
  const colTo = Math.max(colFrom, Math.min(drawn.colTo, view.cols - 1));
  const topHeight = HEADER_HEIGHT + frozenHeight(view);
  const totalWidth = ROW_HEAD_WIDTH + view.columnAxis.starts[view.cols];
  const bodyHeight = view.rowAxis.starts[view.rows] - frozenHeight(view);

  const activePane = paneOfRow(view, active.row);
  const activeBox = rangeBox(view, { top: active.row, bottom: active.row, left: active.col, right: active.col }, activePane) as Box;
  const editingInCell = edit?.where === 'cell';
  const activeRule = view.ruleAt(active.row, active.col);
  const hasList = (activeRule?.kind === 'list' || activeRule?.kind === 'listFromRange') && !edit;
  const shownActive = view.shownAt(active.row, active.col).text;

  /** Selection, copy mark, editor and popups of one pane (the frozen rows, or the body). */
  const overlays = (frozen: boolean): JSX.Element[] => {
    const pane = framePane(view, frozen);
    const parts: JSX.Element[] = [];
    const selected = rangeBox(view, range, pane);
    if (selected && !isSingleCell(selection)) parts.push(<div key="range" class="pg-range" style={px(selected)} />);
    const copied = mark && mark.sheet === sheet ? rangeBox(view, mark.range, pane) : null;
    if (copied) parts.push(<div key="mark" class={`pg-copy-mark${mark?.cut ? ' is-cut' : ''}`} style={px(copied)} />);
    if (activePane.frozen !== frozen) return parts;
    parts.push(<div key="active" class="pg-active" data-active-cell={address} style={px(activeBox)} />);
    const editorWidth = editingInCell && edit ? Math.max(activeBox.width, Math.min(640, draftWidth(edit.draft))) : activeBox.width;
    parts.push(
      <input
        key="editor"
        ref={sink}
        class={`pg-cell-editor${editingInCell ? ' is-editing' : ''}`}
        style={px({ ...activeBox, width: editorWidth })}
        value={editingInCell && edit ? edit.draft : ''}
        aria-label={fill(GRID_TEXT.cellEditor[locale], { cell: address, value: shownActive })}
        autocomplete="off"
        spellcheck={false}
        onKeyDown={(event) => onKey(event, editingInCell ? editMode : 'ready')}
        onInput={onSinkInput}
        onKeyUp={(event) => editingInCell && setCaret(caretOf(event))}
        onClick={(event) => editingInCell && setCaret(caretOf(event))}
        onBlur={(event) => {
          if (edit?.where === 'cell' && !insideSheet(event.relatedTarget) && document.hasFocus()) commit(null);
        }}
        onCopy={(event) => {
          if (edit) return;
          event.preventDefault();
          event.clipboardData?.setData('text/plain', copyRange(false));
        }}
        onCut={(event) => {
          if (edit) return;
          event.preventDefault();
          event.clipboardData?.setData('text/plain', copyRange(true));
        }}
        onPaste={(event) => {
          if (edit) return;
          event.preventDefault();
          paste(event.clipboardData?.getData('text/plain') ?? '');
        }}
      />,
    );
    if (hasList)
      parts.push(
        <button
          key="dropdown"
          type="button"
          tabIndex={-1}
          class="pg-dropdown-button"
          aria-label={fill(GRID_TEXT.chooseValue[locale], { cell: address })}
          aria-haspopup="listbox"
          aria-expanded={picker !== null}
          style={{ left: `${activeBox.left + activeBox.width - 18}px`, top: `${activeBox.top + 1}px`, height: `${activeBox.height - 2}px` }}
          onMouseDown={(event) => {
            event.preventDefault();
            event.stopPropagation();
            if (picker) setPicker(null);
            else openPicker();
          }}
        >
          ▾
        </button>,
      );
    return parts;
  };

  /**
   * Where a popup under (or, near the bottom, over) the active cell goes, in the sheet's coordinates:
   * the popups sit outside the scrolling box, so it never cuts them off.
   */
  const popupPlace = (): Record<string, string> => {
    const element = scroller.current;
    const sheetBox = root.current;
    if (!element || !sheetBox) return { left: '0px', top: '0px' };
    const y = activePane.frozen ? activeBox.top : topHeight + activeBox.top - element.scrollTop;
    const left = element.offsetLeft + Math.max(ROW_HEAD_WIDTH, activeBox.left - element.scrollLeft);
    const cellTop = element.offsetTop + y;
    const cellBottom = cellTop + activeBox.height;
    const below = element.offsetTop + element.clientHeight - cellBottom;
    const above = cellTop - element.offsetTop;
    return below >= 240 || below >= above
      ? { left: `${left}px`, top: `${cellBottom}px`, maxHeight: `${Math.max(80, below - 4)}px` }
      : { left: `${left}px`, bottom: `${sheetBox.clientHeight - cellTop}px`, maxHeight: `${Math.max(80, above - 4)}px` };
  };

  const popups = (): JSX.Element | null => {
    if (picker)
      return (
        <ListPicker
          cell={address}
          items={picker.items}
          highlighted={picker.index}
          current={shownActive}
          locale={locale}
          onPick={pick}
          style={{ ...popupPlace(), minWidth: `${activeBox.width}px` }}
        />
      );
    if (editingInCell) return <FormulaHintsPopup suggestions={suggestions} highlighted={highlighted} argument={argument} locale={locale} onPick={accept} style={popupPlace()} />;
    return null;
  };

  /** The selected rows' and columns' headings, shaded over the drawn headings. */
  const headingMarks = (frozen: boolean): JSX.Element | null => {
    const box = rangeBox(view, range, framePane(view, frozen));
    return box ? <div class="pg-head-mark" style={{ top: `${box.top}px`, height: `${box.height}px`, width: `${ROW_HEAD_WIDTH}px` }} /> : null;
  };
  const columnMark = rangeBox(view, range, { frozen: false, rowFrom: range.top, rowTo: range.top, yOrigin: 0 });

  return (
    <div class="pg-sheet" ref={root}>
      <div class="pg-formula-bar">
        <NameBox
          address={address}
          locale={locale}
          onGo={goTo}
          onLeave={() => {
            pending.current.focus = 'sink';
            sink.current?.focus({ preventScroll: true });
          }}
        />
        <span class="pg-fx" aria-hidden="true">
          fx
        </span>
        <div class="pg-formula-field">
          <input
            id="pg-formula-input"
            ref={bar}
            class="pg-formula-input"
            aria-label={fill(PLAYGROUND_TEXT.contentsOf[locale], { cell: address })}
            value={edit ? edit.draft : view.input(active.row, active.col)}
            autocomplete="off"
            spellcheck={false}
            onFocus={() => {
              if (!edit) setEdit({ mode: 'edit', where: 'bar', draft: view.input(active.row, active.col), original: view.input(active.row, active.col), sheet, at: active });
              else if (edit.where === 'cell') setEdit({ ...edit, where: 'bar', mode: 'edit' });
              setPicker(null);
            }}
            onInput={(event) => {
              const draft = event.currentTarget.value;
              setEdit((before) => ({ ...(before ?? { mode: 'edit', original: view.input(active.row, active.col), sheet, at: active }), draft, where: 'bar' }));
              setCaret(caretOf(event));
              setHint({ index: 0, closedFor: '' });
            }}
            onKeyDown={(event) => onKey(event, 'edit')}
            onKeyUp={(event) => setCaret(caretOf(event))}
            onClick={(event) => setCaret(caretOf(event))}
            onBlur={(event) => {
              if (edit?.where === 'bar' && !insideSheet(event.relatedTarget) && document.hasFocus()) commit(null);
            }}
          />
          {edit?.where === 'bar' ? (
            <FormulaHintsPopup suggestions={suggestions} highlighted={highlighted} argument={argument} locale={locale} onPick={accept} style={{ left: '0px', top: '100%' }} />
          ) : null}
        </div>
      </div>
      <div
        class="pg-grid-scroll"
        ref={scroller}
        data-sheet={sheet}
        tabIndex={-1}
        role="grid"
        aria-multiselectable="true"
        aria-rowcount={view.rows}
        aria-colcount={view.cols}
        aria-label={fill(PLAYGROUND_TEXT.gridKeys[locale], { cell: address })}
        onScroll={() => {
          measureDrawn();
          // An open dropdown or function list follows its cell.
          if (picker || edit) setScrolled((n) => n + 1);
        }}
        onFocus={(event) => {
          // The grid itself never keeps the focus: the input on the active cell takes it, so typing lands there.
          if (event.target === event.currentTarget) sink.current?.focus({ preventScroll: true });
        }}
        onMouseDown={onMouseDown}
        onDblClick={onDblClick}
        onContextMenu={(event) => {
          const rect = root.current?.getBoundingClientRect();
          if (!rect || !hitTest(event.clientX, event.clientY, false)) return;
          event.preventDefault();
          setMenu({ x: event.clientX - rect.left, y: event.clientY - rect.top });
        }}
      >
        <div class="pg-grid-content" style={{ width: `${totalWidth}px` }}>
          <div class="pg-grid-top" style={{ width: `${totalWidth}px`, height: `${topHeight}px` }}>
            <ColumnHeads view={view} colFrom={colFrom} colTo={colTo} />
            {columnMark ? <div class="pg-head-mark" style={{ left: `${columnMark.left}px`, width: `${columnMark.width}px`, top: '0px', height: `${HEADER_HEIGHT}px` }} /> : null}
            {view.frozenRows > 0 ? <CellsPane view={view} rowFrom={0} rowTo={view.frozenRows - 1} colFrom={colFrom} colTo={colTo} yOrigin={HEADER_HEIGHT} locale={locale} /> : null}
            {view.frozenRows > 0 ? overlays(true) : null}
            <div class="pg-grid-corner" aria-hidden="true" style={{ height: `${topHeight}px` }}>
              <div class="pg-corner-cell" style={{ height: `${HEADER_HEIGHT}px` }} />
              {view.frozenRows > 0 ? <RowHeads view={view} rowFrom={0} rowTo={view.frozenRows - 1} yOrigin={HEADER_HEIGHT} /> : null}
              {headingMarks(true)}
            </div>
          </div>
          <div class="pg-grid-body" style={{ width: `${totalWidth}px`, height: `${bodyHeight}px` }}>
            <div class="pg-row-heads" aria-hidden="true" style={{ height: `${bodyHeight}px` }}>
              <RowHeads view={view} rowFrom={rowFrom} rowTo={rowTo} yOrigin={-frozenHeight(view)} />
              {headingMarks(false)}
            </div>
            <CellsPane view={view} rowFrom={rowFrom} rowTo={rowTo} colFrom={colFrom} colTo={colTo} yOrigin={-frozenHeight(view)} locale={locale} />
            {props.overlay?.((row, column) => ({ left: ROW_HEAD_WIDTH + view.columnAxis.starts[column], top: view.rowAxis.starts[row] - frozenHeight(view) }))}
            {overlays(false)}
          </div>
        </div>
      </div>
      {popups()}
      {menu ? (
        <CellMenu
          x={menu.x}
          y={menu.y}
          locale={locale}
          onAction={onMenuAction}
          onClose={() => {
            setMenu(null);
            sink.current?.focus({ preventScroll: true });
          }}
        />
      ) : null}
      <div class="pg-sheet-foot">
        <nav class="pg-tabs" aria-label={PLAYGROUND_TEXT.sheets[locale]}>
          {workbook.sheetNames().map((name) => (
            <button type="button" key={name} class={`pg-tab${name === sheet ? ' is-active' : ''}`} aria-pressed={name === sheet} data-sheet-tab={name} onClick={() => switchSheet(name)}>
              {name}
            </button>
          ))}
        </nav>
        <p class="pg-grid-status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </div>
  );
}
