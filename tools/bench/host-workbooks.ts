/**
 * The two fake hosts the round-trip benchmark runs on, seeded with the same sheets: Microsoft's
 * office-addin-mock workbook (fakes/excel-mock.ts), which counts `context.sync()`, and the
 * in-memory SpreadsheetApp (fakes/spreadsheet-app.ts), which logs every read and write call.
 */
import { columnLetters } from '../../shared/a1';
import type { SheetValues } from '../../shared/sheet-values';
import { createExcelMock, withNamedRangeRanges, withSheetOrder, type ExcelMock } from '../../fakes/excel-mock';
import { createGasGlobals, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { rectangular } from './team-workbook';

function cellsOf(values: readonly (readonly unknown[])[]): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== '') cells[`${columnLetters(c)}${r + 1}`] = value;
    }),
  );
  return cells;
}

/** What reached the workbook: round trips, and the values / formulas writes those round trips carried. */
export interface ExcelCounter {
  syncs: number;
  cellWrites: number;
}

export interface ExcelWorkbook {
  readonly mock: ExcelMock;
  readonly counter: ExcelCounter;
  /** Excel.run: one request context per batch. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/**
 * An Excel workbook holding `sheets` (or one empty Sheet1), with Excel and Office installed as globals.
 *
 * Each run ends its request context as Office.js does: the mock keeps every proxy it ever made and would
 * otherwise settle a finished batch's loads into the next one (and queue a loaded grid set back on a
 * proxy as if written). Writes are counted when a sync ships them, so such artefacts never count.
 * `perCellBaseline` also forgets proxies after every sync: thousands of one-cell syncs would otherwise
 * cost the harness quadratic time; the baseline reads each proxy right after the sync that loads it.
 */
export function excelWorkbook(sheets: readonly SheetValues[] = [], perCellBaseline = false): ExcelWorkbook {
  const mock = withNamedRangeRanges(
    withSheetOrder(
      createExcelMock({
        sheets: sheets.length ? sheets.map((sheet) => ({ name: sheet.name, cells: cellsOf(sheet.values) })) : [{ name: 'Sheet1' }],
        modernCharts: true,
      }),
    ),
  );
  Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
  const counter: ExcelCounter = { syncs: 0, cellWrites: 0 };
  const context = mock.context as unknown as { sync: () => Promise<void> };
  const sync = context.sync.bind(context);
  let shipped = mock.model.queued.length;
  context.sync = async () => {
    counter.syncs += 1;
    for (let i = shipped; i < mock.model.queued.length; i += 1) {
      const what = mock.model.queued[i].what;
      if (what === 'values' || what === 'formulas') counter.cellWrites += 1;
    }
    shipped = mock.model.queued.length;
    try {
      await sync();
    } finally {
      if (perCellBaseline) mock.model.proxies.length = 0;
    }
  };
  return {
    mock,
    counter,
    async run(batch) {
      try {
        return await mock.Excel.run(batch);
      } finally {
        mock.model.proxies.length = 0;
        mock.model.pending.length = 0;
        shipped = mock.model.queued.length;
      }
    },
  };
}

/** A Google Sheets spreadsheet holding `sheets` (or one empty Sheet1), with the Apps Script globals installed; the call log starts empty. */
export function sheetsWorkbook(sheets: readonly SheetValues[] = []): FakeGasGlobals {
  const globals = createGasGlobals({ sheets: sheets.length ? [] : ['Sheet1'] });
  const app = globals.SpreadsheetApp;
  for (const sheet of sheets) {
    const inserted = app.spreadsheet.insertSheet(sheet.name);
    const rows = rectangular(sheet.values);
    if (rows.length) inserted.getRange(1, 1, rows.length, rows[0].length).setValues(rows as (string | number | boolean)[][]);
  }
  app.resetLog();
  countLookups(globals);
  Object.assign(globalThis, { SpreadsheetApp: app, Charts: globals.Charts, LockService: globals.LockService, Session: globals.Session });
  return globals;
}

/** Spreadsheet-level lookups the fake does not log; each is a service call in Apps Script too. */
const LOOKUPS = ['getSheets', 'getSheetByName', 'getNamedRanges', 'getRangeByName', 'getActiveSheet'] as const;
const lookupCounts = new WeakMap<FakeGasGlobals, { count: number }>();

function countLookups(globals: FakeGasGlobals): void {
  const counter = { count: 0 };
  lookupCounts.set(globals, counter);
  const spreadsheet = globals.SpreadsheetApp.spreadsheet as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of LOOKUPS) {
    const original = spreadsheet[name].bind(spreadsheet);
    spreadsheet[name] = (...args: unknown[]) => {
      counter.count += 1;
      return original(...args);
    };
  }
}

/** Forget the calls so far (after seeding a workbook): the fake's log and the lookups. */
export function resetSheetsCalls(globals: FakeGasGlobals): void {
  globals.SpreadsheetApp.resetLog();
  const counter = lookupCounts.get(globals);
  if (counter) counter.count = 0;
}

/** SpreadsheetApp calls logged since the workbook was seeded. */
export interface SheetsCalls {
  readonly reads: number;
  readonly writes: number;
  /** setValues / setFormulas / setValue / setFormula: the calls that put cell contents. */
  readonly cellWrites: number;
  /** getSheets, getSheetByName, getNamedRanges, getRangeByName, getActiveSheet on the spreadsheet. */
  readonly lookups: number;
}

export function sheetsCalls(globals: FakeGasGlobals): SheetsCalls {
  const app = globals.SpreadsheetApp;
  const cellMethods = new Set(['setValues', 'setFormulas', 'setValue', 'setFormula']);
  return {
    reads: app.reads().length,
    writes: app.writes().length,
    cellWrites: app.log.filter((c) => cellMethods.has(c.method)).length,
    lookups: lookupCounts.get(globals)?.count ?? 0,
  };
}
