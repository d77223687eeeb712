import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../shared/i18n';
import type { ResolvedStyle } from '../../shared/plan-resolve';
import { fill } from '../../shared/ui/texts';
import { PLAYGROUND_TEXT } from '../playground-texts';
import type { PlaygroundWorkbook } from '../playground-workbook';
import { columnLetters } from '../../shared/a1';
import { showCell } from './cell-format';
import { conditionalLooks } from './conditional-looks';

/**
 * The playground's spreadsheet: sheet tabs, column letters and row numbers, a formula bar. Clicking a
 * cell shows its formula (or typed value) in the bar; Enter there commits it to HyperFormula. Every
 * cell is rendered as a text node.
 */
export interface GridProps {
  readonly workbook: PlaygroundWorkbook;
  /** Bumped by the page whenever the workbook changed outside the grid (a wizard wrote to it). */
  readonly version: number;
  readonly onChanged: () => void;
  readonly locale: Locale;
  /** Drawn over the cells and scrolling with them (the charts); finds its cells by their data-cell. */
  readonly overlay?: ComponentChildren;
}

interface Selection {
  readonly row: number;
  readonly col: number;
}

const MIN_ROWS = 30;
const MIN_COLS = 12;
const MAX_ROWS = 400;
const MAX_COLS = 60;
const DEFAULT_WIDTH = 96;
const ROW_HEAD_WIDTH = 40;

function styleMap(styles: readonly ResolvedStyle[]): Map<string, ResolvedStyle> {
  const map = new Map<string, ResolvedStyle>();
  for (const style of styles) {
    if (style.height * style.width > 20000) continue;
    for (let r = 0; r < style.height; r += 1)
      for (let c = 0; c < style.width; c += 1) {
        const key = `${style.row + r},${style.column + c}`;
        map.set(key, { ...(map.get(key) ?? {}), ...style });
      }
  }
  return map;
}

export function SpreadsheetGrid(props: GridProps) {
  const { workbook } = props;
  const sheet = workbook.activeSheet();
  const [selection, setSelection] = useState<Selection>({ row: 0, col: 0 });
  const [draft, setDraft] = useState('');
  const [localVersion, setLocalVersion] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const address = `${columnLetters(selection.col)}${selection.row + 1}`;

  useEffect(() => {
    setDraft(workbook.cellInput(sheet, selection.row, selection.col));
  }, [sheet, selection.row, selection.col, props.version, localVersion]);

  const id = workbook.sheetId(sheet);
  const size = id === undefined ? { width: 0, height: 0 } : workbook.hf.getSheetDimensions(id);
  const rows = Math.min(MAX_ROWS, Math.max(MIN_ROWS, size.height + 5));
  const cols = Math.min(MAX_COLS, Math.max(MIN_COLS, size.width + 2));
  const extras = workbook.extras[sheet];
  const styles = useMemo(() => styleMap(extras?.styles ?? []), [sheet, props.version, extras?.styles.length]);
  // Worked out again whenever a cell may have changed, not on every selection move.
  const looks = useMemo(
    () => (id === undefined || !extras?.conditionalFormats.length ? new Map() : conditionalLooks(workbook.hf, id, extras.conditionalFormats, workbook.hf.getSheetValues(id))),
    [sheet, id, props.version, localVersion, extras?.conditionalFormats.length],
  );

  const columnWidth = (c: number): number => Math.max(40, Math.min(320, extras?.columnWidths[columnLetters(c)] ?? DEFAULT_WIDTH));

  const commit = (move: boolean) => {
    workbook.setCellInput(sheet, address, draft);
    setLocalVersion((v) => v + 1);
    props.onChanged();
    if (move) setSelection({ row: selection.row + 1, col: selection.col });
  };

  const select = (row: number, col: number) => setSelection({ row, col });

  return (
    <div class="pg-sheet">
      <div class="pg-formula-bar">
        <label class="pg-name-box" for="pg-formula-input" data-address={address}>
          {address}
        </label>
        <span class="pg-fx" aria-hidden="true">
          fx
        </span>
        <input
          id="pg-formula-input"
          ref={inputRef}
          class="pg-formula-input"
          aria-label={fill(PLAYGROUND_TEXT.contentsOf[props.locale], { cell: address })}
          value={draft}
          onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(true);
            } else if (event.key === 'Escape') {
              setDraft(workbook.cellInput(sheet, selection.row, selection.col));
            }
          }}
        />
      </div>
      <div
        class="pg-grid-scroll"
        data-sheet={sheet}
        tabIndex={0}
        aria-label={fill(PLAYGROUND_TEXT.gridKeys[props.locale], { cell: address })}
        onKeyDown={(event) => {
          const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
          const move = moves[event.key];
          if (move) {
            event.preventDefault();
            setSelection({ row: Math.max(0, Math.min(rows - 1, selection.row + move[0])), col: Math.max(0, Math.min(cols - 1, selection.col + move[1])) });
          } else if (event.key === 'Enter' || event.key === 'F2') {
            event.preventDefault();
            inputRef.current?.focus();
          }
        }}
      >
        <table class="pg-grid" aria-label={sheet} style={{ width: `${ROW_HEAD_WIDTH + Array.from({ length: cols }, (_, c) => columnWidth(c)).reduce((a, b) => a + b, 0)}px` }}>
          <thead>
            <tr>
              <th class="pg-corner" style={{ width: `${ROW_HEAD_WIDTH}px` }} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" class="pg-col-head" style={{ width: `${columnWidth(c)}px` }}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row" class="pg-row-head">
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const a1 = `${columnLetters(c)}${r + 1}`;
                  const shown = showCell(workbook.cellValue(sheet, r, c), extras?.numberFormats[a1]);
                  const style = styles.get(`${r},${c}`);
                  const look = looks.get(`${r},${c}`);
                  const selected = r === selection.row && c === selection.col;
                  // Text runs on over empty neighbours, as in a spreadsheet.
                  const spills = shown.kind === 'text' && !style?.wrap && c + 1 < cols && showCell(workbook.cellValue(sheet, r, c + 1), undefined).kind === 'empty';
                  return (
                    <td
                      key={c}
                      data-cell={a1}
                      data-conditional={look ? '' : undefined}
                      title={shown.title}
                      class={`pg-cell pg-${shown.kind}${selected ? ' is-selected' : ''}${spills ? ' pg-spills' : ''}`}
                      style={{
                        fontWeight: style?.bold ? 600 : undefined,
                        fontStyle: style?.italic ? 'italic' : undefined,
                        background: look?.fill ?? style?.fill,
                        color: look?.fontColor ?? style?.fontColor,
                        textAlign: style?.align ?? (shown.kind === 'number' ? 'right' : undefined),
                        whiteSpace: style?.wrap ? 'normal' : undefined,
                      }}
                      onClick={() => select(r, c)}
                      onDblClick={() => {
                        select(r, c);
                        inputRef.current?.focus();
                      }}
                    >
                      {shown.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {props.overlay}
      </div>
      <nav class="pg-tabs" aria-label={PLAYGROUND_TEXT.sheets[props.locale]}>
        {workbook.sheetNames().map((name) => (
          <button
            type="button"
            key={name}
            class={`pg-tab${name === sheet ? ' is-active' : ''}`}
            aria-pressed={name === sheet}
            data-sheet-tab={name}
            onClick={() => {
              workbook.activate(name);
              setSelection({ row: 0, col: 0 });
              props.onChanged();
            }}
          >
            {name}
          </button>
        ))}
      </nav>
    </div>
  );
}
