/**
 * An Excel workbook for tests, built from Microsoft's office-addin-mock: every proxy (worksheet, range,
 * format, conditional format, chart, named item) is an OfficeMockObject, so reading a property that was
 * not loaded and synced gives the mock's "not loaded" / "sync not called" error, as Office.js would.
 *
 * Behind the proxies sits a plain workbook model. Writes (property sets and method calls) are queued and
 * applied to the model only at `context.sync()`, in order, as Office.js batches them; errors Office.js
 * raises at sync (a taken sheet or name, a missing sheet, a values array of the wrong size) reject that
 * sync. Loads return the state when the proxy was created (reads are queued before writes in DealKit).
 *
 * Modelled as Office.js does it: `values` strings starting with "=" (or "+"/"-" followed by more) become
 * formulas and a leading apostrophe keeps text literal; null entries in values / formulas / numberFormat
 * leave that cell alone; sheet names compare case-insensitively; writing values or formulas into locked
 * cells of a protected sheet, protecting a protected sheet, or changing `locked` on one fails the sync.
 *
 * Usage:
 *   const mock = createExcelMock({ sheets: [{ name: 'Sheet1', cells: { A1: 'x' } }] });
 *   const sync = jest.spyOn(mock.context, 'sync');
 *   await mock.Excel.run((context) => applyPlan(context, plan));
 *   expect(sync).toHaveBeenCalledTimes(2); mock.model.snapshot('Sheet1');
 */
import { OfficeMockObject } from 'office-addin-mock';
import { columnLetters, parseA1, parseColumnSpan, sheetNameInReference, type CellBox } from '../shared/a1';

export interface ExcelCellModel {
  value: unknown;
  formula: string;
  numberFormat: string;
  locked: boolean;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  align?: string;
  validation?: unknown;
  /** What Excel does with a value outside the validation (errorAlert), when set. */
  validationAlert?: unknown;
}

export interface ExcelConditionalFormatModel {
  readonly range: string;
  readonly type: string;
  rule?: unknown;
  fill?: string;
  fontColor?: string;
}

export interface ExcelChartModel {
  readonly type: string;
  readonly source: string;
  title: string;
  position?: string;
  width?: number;
  height?: number;
}

export interface ExcelSheetModel {
  name: string;
  readonly cells: Map<string, ExcelCellModel>;
  conditionalFormats: ExcelConditionalFormatModel[];
  readonly charts: ExcelChartModel[];
  frozenRows: number;
  protection: null | Record<string, unknown>;
  /** Column letter → width in points. */
  readonly columnWidths: Map<string, number>;
  /** What PageLayout was given (ExcelApi 1.9): zoom and orientation as set. */
  readonly print: { zoom?: unknown; orientation?: string };
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function parseAddress(address: string | undefined): Box {
  if (address === undefined) return { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
  const span = parseColumnSpan(address);
  if (span) return { row: 0, col: span.column, rows: MAX_ROWS, cols: span.width };
  let box: CellBox;
  try {
    box = parseA1(address);
  } catch {
    throw new Error(`InvalidArgument: the address "${address}" is not valid.`);
  }
  return { row: box.row, col: box.column, rows: box.height, cols: box.width };
}

function boxAddress(box: Box): string {
  if (box.rows === MAX_ROWS && box.cols === MAX_COLS) return `A1:${columnLetters(MAX_COLS - 1)}${MAX_ROWS}`;
  if (box.rows === MAX_ROWS) return `${columnLetters(box.col)}:${columnLetters(box.col + box.cols - 1)}`;
  const start = `${columnLetters(box.col)}${box.row + 1}`;
  return box.rows === 1 && box.cols === 1 ? start : `${start}:${columnLetters(box.col + box.cols - 1)}${box.row + box.rows}`;
}

/** Where a range proxy points, kept off the Office.js surface so the mock can read it without a load. */
const BOX = Symbol('excel-mock-box');

function boxOf(range: unknown): { sheetName: string; box: Box } {
  const at = (range as Record<symbol, { sheetName: string; box: Box } | undefined>)[BOX];
  if (!at) throw officeError('InvalidArgument', 'Expected a Range from this workbook.');
  return at;
}

const MOCK_ERRORS = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

function officeError(code: string, message: string): Error {
  const error = new Error(`${code}: ${message}`);
  (error as Error & { code: string }).code = code;
  return error;
}

export class ExcelWorkbookModel {
  readonly sheets: ExcelSheetModel[] = [];
  readonly names: { name: string; reference: string }[] = [];
  active = '';
  syncs = 0;
  /** True while sync hands loaded values to the proxies (their property sets are not writes). */
  resolvingLoads = false;
  /** Writes queued since the last sync, applied in order by sync. */
  readonly pending: (() => void)[] = [];
  /** Every proxy handed out, so sync can resolve their loads. */
  readonly proxies: OfficeMockObject[] = [];
  /** Property writes and method calls queued, for tests that count them ("values", "formulas", …). */
  readonly queued: { readonly what: string; readonly target: string }[] = [];

  findSheet(name: string): ExcelSheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): ExcelSheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet "${name}" in the mock workbook (it has ${this.sheets.map((s) => s.name).join(', ')}).`);
    return sheet;
  }

  addSheet(name: string): ExcelSheetModel {
    if (this.findSheet(name)) throw officeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
    const sheet: ExcelSheetModel = { name, cells: new Map(), conditionalFormats: [], charts: [], frozenRows: 0, protection: null, columnWidths: new Map(), print: {} };
    this.sheets.push(sheet);
    return sheet;
  }

  cell(sheetName: string, a1: string, create = false): ExcelCellModel | undefined {
    const box = parseAddress(a1);
    return this.cellAt(this.sheet(sheetName), box.row, box.col, create);
  }

  cellAt(sheet: ExcelSheetModel, row: number, col: number, create: boolean): ExcelCellModel | undefined {
    const key = `${row},${col}`;
    let cell = sheet.cells.get(key);
    if (!cell && create) {
      cell = { value: '', formula: '', numberFormat: 'General', locked: true };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** Every cell holding a value or formula: A1 → formula or value. */
  snapshot(sheetName: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, cell] of this.sheet(sheetName).cells) {
      const [r, c] = key.split(',').map(Number);
      if (cell.formula) out[`${columnLetters(c)}${r + 1}`] = cell.formula;
      else if (cell.value !== '') out[`${columnLetters(c)}${r + 1}`] = cell.value;
    }
    return out;
  }

  /** Everything about a sheet a user could see, as JSON, for "nothing changed" checks. */
  fingerprint(sheetName: string): string {
    const sheet = this.sheet(sheetName);
    const cells = [...sheet.cells.entries()].sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify({
      name: sheet.name,
      cells,
      cf: sheet.conditionalFormats,
      charts: sheet.charts,
      frozen: sheet.frozenRows,
      protection: sheet.protection,
      widths: [...sheet.columnWidths.entries()],
      print: sheet.print,
    });
  }
}

export interface ExcelMockSetup {
  readonly sheets?: readonly { readonly name: string; readonly cells?: Readonly<Record<string, unknown>> }[];
  readonly names?: readonly { readonly name: string; readonly reference: string }[];
  /**
   * What `Office.context.requirements.isSetSupported('ExcelApi', v)` answers for v ≥ 1.9 (default true):
   * funnel and waterfall charts, and PageLayout, whose writes fail the batch without it.
   */
  readonly modernCharts?: boolean;
  /**
   * What a method called on a null worksheet does: 'null' (default) gives a null object in turn;
   * 'throw' fails the next sync with ItemNotFound, for testing a host that refuses such calls.
   */
  readonly nullObjectMethods?: 'null' | 'throw';
  /**
   * Chart types whose title this Excel refuses: setting it fails the sync with UnsupportedOperation,
   * after the chart itself was added, as Excel 2016 does for waterfall charts (office-js#2041).
   */
  readonly refusedChartTitles?: readonly string[];
}

export interface ExcelMock {
  /** Stands in for the `Excel` global: `Excel.run(cb)`. */
  readonly Excel: { run<T>(callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  /** Stands in for the `Office` global (requirement sets only). */
  readonly Office: unknown;
  /** The request context Excel.run passes; spy on its `sync`. */
  readonly context: Excel.RequestContext;
  readonly model: ExcelWorkbookModel;
}

/** Installs a setter on `owner.prop` that queues `write(value)` for real writes (not the mock's own load bookkeeping). */
function watch(model: ExcelWorkbookModel, owner: Record<string, unknown>, prop: string, label: string, write: (value: unknown) => void): void {
  let current = owner[prop];
  Object.defineProperty(owner, prop, {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value: unknown) => {
      // office-addin-mock assigns properties itself on load and when a load is synced: reads, not writes.
      const bookkeeping = model.resolvingLoads || (typeof value === 'string' && MOCK_ERRORS.has(value));
      current = value;
      if (bookkeeping) return;
      model.queued.push({ what: prop, target: label });
      model.pending.push(() => write(value));
    },
  });
}

function child(obj: unknown, path: string): Record<string, unknown> {
  let at = obj as Record<string, unknown>;
  for (const part of path.split('/')) if (part) at = at[part] as Record<string, unknown>;
  return at;
}

export function createExcelMock(setup: ExcelMockSetup = {}): ExcelMock {
  const model = new ExcelWorkbookModel();
  const modern = setup.modernCharts ?? true;
  for (const s of setup.sheets ?? [{ name: 'Sheet1' }]) {
    const sheet = model.addSheet(s.name);
    for (const [a1, v] of Object.entries(s.cells ?? {})) {
      const cell = model.cell(sheet.name, a1, true) as ExcelCellModel;
      if (typeof v === 'string' && v.startsWith('=')) cell.formula = v;
      else cell.value = v;
    }
  }
  model.active = model.sheets[0]?.name ?? '';
  for (const n of setup.names ?? []) model.names.push({ ...n });

  const queue = (what: string, target: string, op: () => void): void => {
    model.queued.push({ what, target });
    model.pending.push(op);
  };
  const register = (proxy: OfficeMockObject): OfficeMockObject => {
    model.proxies.push(proxy);
    return proxy;
  };

  const sheetOf = (name: string): ExcelSheetModel => {
    const sheet = model.findSheet(name);
    if (!sheet) throw officeError('ItemNotFound', `The sheet "${name}" does not exist.`);
    return sheet;
  };

  const forCells = (sheetName: string, box: Box, fn: (cell: ExcelCellModel, r: number, c: number) => void): void => {
    const sheet = sheetOf(sheetName);
    for (let r = 0; r < box.rows; r += 1) for (let c = 0; c < box.cols; c += 1) fn(model.cellAt(sheet, box.row + r, box.col + c, true) as ExcelCellModel, r, c);
  };

  /** Cells that exist in the box: clearing a whole sheet must not walk a million rows. */
  const existingCells = (sheetName: string, box: Box, fn: (cell: ExcelCellModel) => void): void => {
    for (const [key, cell] of sheetOf(sheetName).cells) {
      const [r, c] = key.split(',').map(Number);
      if (r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.cols) fn(cell);
    }
  };

  const checkGrid = (grid: unknown, box: Box): unknown[][] => {
    if (!Array.isArray(grid) || grid.length !== box.rows || grid.some((row) => !Array.isArray(row) || row.length !== box.cols)) {
      throw officeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    return grid as unknown[][];
  };

  const writeValue = (cell: ExcelCellModel, v: unknown): void => {
    if (v === null || v === undefined) return;
    if (typeof v === 'string') {
      if (v.startsWith("'")) Object.assign(cell, { value: v.slice(1), formula: '' });
      else if (v.startsWith('=') || (/^[+-]./.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v))) Object.assign(cell, { value: '', formula: v.startsWith('=') ? v : `=${v}` });
      else if (/^[+-]?\d+(\.\d+)?$/.test(v)) Object.assign(cell, { value: Number(v), formula: '' });
      else Object.assign(cell, { value: v, formula: '' });
      return;
    }
    Object.assign(cell, { value: v, formula: '' });
  };

  const nullRange = (): OfficeMockObject => register(new OfficeMockObject({ isNullObject: true, values: [], formulas: [], rowIndex: 0, columnIndex: 0, rowCount: 0, address: '' }));

  const rangeProxy = (sheetName: string, box: Box): OfficeMockObject => {
    const label = `${sheetName}!${boxAddress(box)}`;
    const existing = model.findSheet(sheetName);
    const grid = <T>(pick: (cell: ExcelCellModel | undefined) => T): T[][] =>
      box.rows > 1000 || box.cols > 200
        ? []
        : Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => pick(existing ? model.cellAt(existing, box.row + r, box.col + c, false) : undefined)));
    const proxy = new OfficeMockObject({
      isNullObject: false,
      address: `${sheetNameInReference(sheetName)}!${boxAddress(box)}`,
      rowIndex: box.row,
      columnIndex: box.col,
      rowCount: box.rows,
      columnCount: box.cols,
      values: grid((cell) => (cell ? cell.value : '')),
      formulas: grid((cell) => (cell ? cell.formula || cell.value : '')),
      numberFormat: grid((cell) => cell?.numberFormat ?? 'General'),
      format: {
        fill: { color: '#FFFFFF' },
        font: { bold: false, italic: false, color: '#000000' },
        wrapText: false,
        horizontalAlignment: 'General',
        columnWidth: 48,
        protection: { locked: true },
      },
      dataValidation: {
        rule: { placeholder: true },
        errorAlert: { placeholder: true },
        clear: () =>
          queue('dataValidation.clear', label, () =>
            existingCells(sheetName, box, (cell) => {
              cell.validation = undefined;
              cell.validationAlert = undefined;
            }),
          ),
      },
      conditionalFormats: {
        add: (type: string) => conditionalFormatProxy(sheetName, box, type),
        clearAll: () =>
          queue('conditionalFormats.clearAll', label, () => {
            const sheet = sheetOf(sheetName);
            sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.range !== boxAddress(box));
            if (box.rows === MAX_ROWS && box.cols === MAX_COLS) sheet.conditionalFormats = [];
          }),
      },
      clear: (applyTo?: string) =>
        queue('clear', label, () => {
          const sheet = sheetOf(sheetName);
          for (const [key] of [...sheet.cells]) {
            const [r, c] = key.split(',').map(Number);
            if (r < box.row || r >= box.row + box.rows || c < box.col || c >= box.col + box.cols) continue;
            if (applyTo === 'Contents') Object.assign(sheet.cells.get(key) as ExcelCellModel, { value: '', formula: '' });
            else sheet.cells.delete(key);
          }
        }),
    }) as unknown as Record<string, unknown>;
    Object.defineProperty(proxy, BOX, { value: { sheetName, box } });
    const checkUnlocked = (): void => {
      const sheet = sheetOf(sheetName);
      if (!sheet.protection) return;
      forCells(sheetName, box, (cell) => {
        if (cell.locked) throw officeError('AccessDenied', `The cell you are trying to change (${label}) is on a protected sheet.`);
      });
    };
    watch(model, proxy, 'values', label, (v) => {
      checkUnlocked();
      const rows = checkGrid(v, box);
      forCells(sheetName, box, (cell, r, c) => writeValue(cell, rows[r][c]));
    });
    watch(model, proxy, 'formulas', label, (v) => {
      checkUnlocked();
      const rows = checkGrid(v, box);
      forCells(sheetName, box, (cell, r, c) => {
        const f = rows[r][c];
        if (f === null || f === undefined) return;
        if (typeof f === 'string' && f.startsWith('=')) Object.assign(cell, { value: '', formula: f });
        else writeValue(cell, f);
      });
    });
    watch(model, proxy, 'numberFormat', label, (v) => {
      const rows = checkGrid(v, box);
      forCells(sheetName, box, (cell, r, c) => {
        if (rows[r][c] !== null && rows[r][c] !== undefined) cell.numberFormat = String(rows[r][c]);
      });
    });
    const format = child(proxy, 'format');
    watch(model, child(format, 'fill'), 'color', label, (v) => forCells(sheetName, box, (cell) => (cell.fill = String(v))));
    watch(model, child(format, 'font'), 'bold', label, (v) => forCells(sheetName, box, (cell) => (cell.bold = Boolean(v))));
    watch(model, child(format, 'font'), 'italic', label, (v) => forCells(sheetName, box, (cell) => (cell.italic = Boolean(v))));
    watch(model, child(format, 'font'), 'color', label, (v) => forCells(sheetName, box, (cell) => (cell.fontColor = String(v))));
    watch(model, format, 'wrapText', label, (v) => forCells(sheetName, box, (cell) => (cell.wrap = Boolean(v))));
    watch(model, format, 'horizontalAlignment', label, (v) => forCells(sheetName, box, (cell) => (cell.align = String(v))));
    watch(model, child(format, 'protection'), 'locked', label, (v) => {
      if (sheetOf(sheetName).protection) throw officeError('InvalidOperation', 'The sheet is protected: unprotect it before changing locked cells.');
      forCells(sheetName, box, (cell) => (cell.locked = Boolean(v)));
    });
    watch(model, format, 'columnWidth', label, (v) => {
      const sheet = sheetOf(sheetName);
      for (let c = box.col; c < box.col + box.cols; c += 1) sheet.columnWidths.set(columnLetters(c), Number(v));
    });
    watch(model, child(proxy, 'dataValidation'), 'rule', label, (v) => {
      forCells(sheetName, box, (cell) => {
        if (cell.validation !== undefined) throw officeError('InvalidOperation', 'The range already has a data validation rule: clear it first.');
        cell.validation = v;
      });
    });
    watch(model, child(proxy, 'dataValidation'), 'errorAlert', label, (v) => forCells(sheetName, box, (cell) => (cell.validationAlert = v)));
    return register(proxy as unknown as OfficeMockObject);
  };

  const conditionalFormatProxy = (sheetName: string, box: Box, type: string): OfficeMockObject => {
    const label = `${sheetName}!${boxAddress(box)}`;
    const entry: ExcelConditionalFormatModel = { range: boxAddress(box), type };
    const part = () => ({ format: { fill: { color: '' }, font: { color: '' } }, rule: { formula: '', placeholder: true } });
    const proxy = new OfficeMockObject({ type, cellValue: part(), custom: part(), textComparison: part() }) as unknown as Record<string, unknown>;
    queue('conditionalFormats.add', label, () => sheetOf(sheetName).conditionalFormats.push(entry));
    for (const kind of ['cellValue', 'custom', 'textComparison']) {
      const at = child(proxy, kind);
      watch(model, child(at, 'format/fill'), 'color', label, (v) => (entry.fill = String(v)));
      watch(model, child(at, 'format/font'), 'color', label, (v) => (entry.fontColor = String(v)));
      watch(model, at, 'rule', label, (v) => (entry.rule = v));
      watch(model, child(at, 'rule'), 'formula', label, (v) => (entry.rule = { formula: v }));
    }
    return register(proxy as unknown as OfficeMockObject);
  };

  const chartProxy = (sheetName: string, type: string, source: Box): OfficeMockObject => {
    const label = `${sheetName}!chart`;
    const entry: ExcelChartModel = { type, source: boxAddress(source), title: '' };
    const proxy = new OfficeMockObject({
      name: `Chart ${model.queued.length}`,
      width: 360,
      height: 216,
      title: { text: '' },
      setPosition: (start: string) => queue('chart.setPosition', label, () => (entry.position = start)),
    }) as unknown as Record<string, unknown>;
    queue('charts.add', label, () => sheetOf(sheetName).charts.push(entry));
    watch(model, child(proxy, 'title'), 'text', label, (v) => {
      if (setup.refusedChartTitles?.includes(type)) throw officeError('UnsupportedOperation', 'This operation is not supported. (Chart.title)');
      entry.title = String(v);
    });
    watch(model, proxy, 'width', label, (v) => (entry.width = Number(v)));
    watch(model, proxy, 'height', label, (v) => (entry.height = Number(v)));
    return register(proxy as unknown as OfficeMockObject);
  };

  const existingChartProxy = (sheetName: string, entry: ExcelChartModel): OfficeMockObject =>
    register(
      new OfficeMockObject({
        name: entry.title,
        delete: () =>
          queue('chart.delete', sheetName, () => {
            const charts = sheetOf(sheetName).charts;
            const at = charts.indexOf(entry);
            if (at >= 0) charts.splice(at, 1);
          }),
      }),
    );

  const sheetProxy = (name: string): OfficeMockObject => {
    // The proxy follows the sheet by name; a rename is not modelled.
    const proxy: OfficeMockObject = new OfficeMockObject({
      name,
      isNullObject: false,
      getRange: (address?: string) => rangeProxy(name, parseAddress(address)),
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => rangeProxy(name, { row, col, rows, cols }),
      getUsedRangeOrNullObject: () => {
        const sheet = model.findSheet(name);
        const used = [...(sheet?.cells.entries() ?? [])].filter(([, cell]) => cell.value !== '' || cell.formula !== '').map(([key]) => key.split(',').map(Number));
        if (!used.length) return nullRange();
        const rows = used.map(([r]) => r);
        const cols = used.map(([, c]) => c);
        const box = { row: Math.min(...rows), col: Math.min(...cols), rows: Math.max(...rows) - Math.min(...rows) + 1, cols: Math.max(...cols) - Math.min(...cols) + 1 };
        return rangeProxy(name, box);
      },
      activate: () => queue('activate', name, () => (model.active = sheetOf(name).name)),
      delete: () =>
        queue('delete', name, () => {
          const sheet = sheetOf(name);
          model.sheets.splice(model.sheets.indexOf(sheet), 1);
        }),
      freezePanes: {
        freezeRows: (n: number) => queue('freezeRows', name, () => (sheetOf(name).frozenRows = n)),
      },
      pageLayout: { zoom: {}, orientation: 'Portrait' },
      protection: {
        protected: !!model.findSheet(name)?.protection,
        options: { ...(model.findSheet(name)?.protection ?? {}) },
        protect: (options?: Record<string, unknown>) =>
          queue('protect', name, () => {
            const sheet = sheetOf(name);
            if (sheet.protection) throw officeError('InvalidOperation', 'The sheet is already protected.');
            // Loaded options come back as a mock object; Office.js hands a plain object.
            sheet.protection = Object.fromEntries(Object.entries(options ?? {}).filter(([key]) => !key.startsWith('_')));
          }),
        unprotect: () => queue('unprotect', name, () => (sheetOf(name).protection = null)),
      },
      charts: {
        items: [],
        load: () => {
          chartLoads.push(() => {
            const collection = (proxy as unknown as { charts: { items: unknown[] } }).charts;
            collection.items = (model.findSheet(name)?.charts ?? []).map((entry) => existingChartProxy(name, entry));
          });
        },
        add: (type: string, source: unknown, _seriesBy?: string) => chartProxy(name, type, boxOf(source).box),
      },
    });
    // PageLayout is ExcelApi 1.9: an Excel without it fails the batch that touches it.
    const needsPageLayout = (): void => {
      if (!modern) throw officeError('ApiNotFound', 'PageLayout needs ExcelApi 1.9.');
    };
    watch(model, child(proxy, 'pageLayout'), 'zoom', `${name}!pageLayout`, (v) => {
      needsPageLayout();
      sheetOf(name).print.zoom = { ...(v as object) };
    });
    watch(model, child(proxy, 'pageLayout'), 'orientation', `${name}!pageLayout`, (v) => {
      needsPageLayout();
      sheetOf(name).print.orientation = String(v);
    });
    return register(proxy);
  };

  const refuseNullCalls = setup.nullObjectMethods === 'throw';
  const onNull = (): OfficeMockObject => {
    if (refuseNullCalls)
      queue('null-object call', '', () => {
        throw officeError('ItemNotFound', 'The requested resource does not exist.');
      });
    return nullRange();
  };
  const nullSheet = (): OfficeMockObject =>
    register(
      new OfficeMockObject({
        isNullObject: true,
        name: '',
        getRange: onNull,
        getUsedRangeOrNullObject: onNull,
        protection: { protected: false, options: {} },
        charts: { items: [], load: () => undefined },
      }),
    );

  let loadSheets = false;
  let loadNames = false;
  /** Chart collections loaded since the last sync, filled in at sync. */
  const chartLoads: (() => void)[] = [];
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          items: [],
          load: () => {
            loadSheets = true;
          },
          add: (name: string) => {
            queue('worksheets.add', name, () => model.addSheet(name));
            return sheetProxy(name);
          },
          getItem: (name: string) => {
            queue('worksheets.getItem', name, () => void sheetOf(name));
            return sheetProxy(model.findSheet(name)?.name ?? name);
          },
          getItemOrNullObject: (name: string) => {
            const found = model.findSheet(name);
            return found ? sheetProxy(found.name) : nullSheet();
          },
          getActiveWorksheet: () => sheetProxy(model.active),
        },
        names: {
          items: [],
          load: () => {
            loadNames = true;
          },
          add: (name: string, reference: unknown) => {
            const ref = typeof reference === 'string' ? reference.replace(/^=/, '') : `${sheetNameInReference(boxOf(reference).sheetName)}!${boxAddress(boxOf(reference).box)}`;
            queue('names.add', name, () => {
              if (model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `The name "${name}" already exists.`);
              model.names.push({ name, reference: ref });
            });
            return register(new OfficeMockObject({ name, formula: `=${ref}` }));
          },
          getItemOrNullObject: (name: string) => {
            const found = model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
            return register(new OfficeMockObject(found ? { name: found.name, isNullObject: false, formula: `=${found.reference}` } : { name: '', isNullObject: true, formula: '' }));
          },
        },
      },
      sync: async () => {
        model.syncs += 1;
        const ops = model.pending.splice(0);
        try {
          for (const op of ops) op();
        } catch (error) {
          // A failed batch loads nothing, as in Office.js.
          loadSheets = false;
          loadNames = false;
          chartLoads.length = 0;
          throw error;
        }
        const workbook = (excel as unknown as { context: { workbook: { worksheets: Record<string, unknown>; names: Record<string, unknown> } } }).context.workbook;
        if (loadSheets) {
          workbook.worksheets.items = model.sheets.map((s) => {
            const p = sheetProxy(s.name);
            p.load('name,protection/protected');
            return p;
          });
          loadSheets = false;
        }
        if (loadNames) {
          workbook.names.items = model.names.map((n) => {
            const p = register(new OfficeMockObject({ name: n.name, formula: `=${n.reference}` }));
            p.load('name');
            return p;
          });
          loadNames = false;
        }
        for (const load of chartLoads.splice(0)) load();
        model.resolvingLoads = true;
        try {
          for (const proxy of model.proxies) void proxy.sync();
          // office-addin-mock settles nested loads over a few microtasks.
          await new Promise((resolve) => setImmediate(resolve));
        } finally {
          model.resolvingLoads = false;
        }
      },
    },
    run: async function <T>(this: { context: Excel.RequestContext }, callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      return callback(this.context);
    },
  });
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && (modern || Number(version ?? '1.1') < 1.9),
      },
    },
  });
  const excelGlobal = excel as unknown as ExcelMock['Excel'] & { context: Excel.RequestContext };
  return { Excel: excelGlobal, Office: office, context: excelGlobal.context, model };
}

// ---------------------------------------------------------------------------------------------
// Office.js surface office-addin-mock does not model, added on top of the mock's own objects so
// loads and null objects behave as it defines them.

/** Office.js walks sheets in order (worksheets.getFirst() → getNextOrNullObject()); the mock knows them by name. */
export function withSheetOrder(mock: ExcelMock): ExcelMock {
  const worksheets = mock.context.workbook.worksheets as unknown as Record<string, unknown> & {
    getItemOrNullObject(name: string): Record<string, unknown>;
  };
  const at = (index: number): Record<string, unknown> => {
    const proxy = worksheets.getItemOrNullObject(mock.model.sheets[index]?.name ?? '\u0000past-the-end');
    proxy.getNextOrNullObject = () => at(index + 1);
    return proxy;
  };
  worksheets.getFirst = () => at(0);
  return mock;
}

/** A named item's range (getRangeOrNullObject, ExcelApi 1.4), read from the names the model keeps as formulas. */
export function withNamedRangeRanges(mock: ExcelMock): ExcelMock {
  const names = mock.context.workbook.names as unknown as { getItemOrNullObject(name: string): Record<string, unknown> };
  const original = names.getItemOrNullObject.bind(names);
  names.getItemOrNullObject = (name: string) => {
    const item = original(name);
    const found = mock.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
    item.getRangeOrNullObject = () => {
      const match = found ? /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(found.reference) : null;
      const worksheets = mock.context.workbook.worksheets as unknown as { getItemOrNullObject(n: string): { getRange(a: string): unknown } };
      if (!match) return worksheets.getItemOrNullObject('\u0000missing').getRange('A1');
      return worksheets.getItemOrNullObject((match[1] ?? match[2]).replace(/''/g, "'")).getRange(match[3].replace(/\$/g, ''));
    };
    return item;
  };
  return mock;
}

/** Rows of a sheet as the `cells` of a mock sheet (A1 → value), blanks left out. */
export function cellsFromRows(rows: readonly (readonly unknown[])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined && value !== '') out[`${columnLetters(c)}${r + 1}`] = value;
    }),
  );
  return out;
}
