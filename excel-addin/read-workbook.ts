/**
 * What an operation asks to read (shared/workbook/reading.ts), queued as one Office.js batch: the
 * sheets asked for (their used ranges, anchored at A1), the names' ranges, the active sheet, and —
 * for an operation that writes — what the plan resolver needs (sheet list with protection, named
 * items). One context.sync() whatever the size of the workbook, in the normal case.
 *
 * Every sheet is reached without knowing its name beforehand by walking worksheets.getFirst() →
 * getNextOrNullObject() up to CHAINED_SHEETS; the sheet list loaded in the same batch tells whether the
 * walk saw them all. A bigger workbook, or a host that refuses calls on a null object, costs one more
 * read (names first, then the ranges by name) rather than failing.
 */
import { parseSheetReference, valuesFromA1 } from '../shared/a1';
import type { WorkbookState } from '../shared/plan-resolve';
import type { SheetValues } from '../shared/sheet-values';
import type { NamedRangeRead, ReadRequest, WorkbookReading } from '../shared/workbook/reading';

/** How many sheets one batch walks; more than this costs one more round trip. */
export const CHAINED_SHEETS = 60;

/** The reading, and what the applier needs to write the operation's plan in the same run. */
export interface ExcelReading {
  readonly reading: WorkbookReading;
  readonly state: WorkbookState;
  /** Last used row (1-based, 0 when empty) per sheet read, for appends. */
  readonly lastRows: Record<string, number>;
  /** Charts per sheet read, deleted by the applier when it rebuilds a sheet DealKit owns. */
  readonly charts: Record<string, Excel.Chart[]>;
}

export interface Clock {
  /** Today as an ISO date, the user's calendar day. */
  readonly today: string;
  /** Now as an ISO timestamp. */
  readonly now: string;
}

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** Optional because a test double's null sheet may have no chart collection; Office.js always has one. */
  readonly charts: Excel.ChartCollection | undefined;
  /** Came from getNextOrNullObject or getItemOrNullObject: may be no sheet at all. */
  readonly nullable: boolean;
}

interface NameProbe {
  readonly name: string;
  readonly range: Excel.Range;
}

interface Pending {
  readonly worksheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  readonly probes: readonly SheetProbe[];
  readonly named: readonly NameProbe[];
  readonly active: Excel.Worksheet | undefined;
}

function queueSheet(sheet: Excel.Worksheet, formulas: boolean, nullable: boolean, withCharts: boolean): SheetProbe {
  sheet.load(nullable ? 'isNullObject,name' : 'name');
  const used = sheet.getUsedRangeOrNullObject(true);
  // The top-left comes from the address ("'Rep 1'!B3:H40"): every range, null or not, has one.
  used.load(formulas ? 'isNullObject,values,formulas,address' : 'isNullObject,values,address');
  const charts = withCharts ? (sheet.charts as Excel.ChartCollection | undefined) : undefined;
  charts?.load('items/name');
  return { sheet, used, charts, nullable };
}

/** Everything but the sheets: the sheet list, named items, the names asked for and the active sheet. */
function queueCommon(context: Excel.RequestContext, request: ReadRequest, probes: SheetProbe[]): Pending {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  const names = context.workbook.names;
  names.load('items/name');
  const named = (request.names ?? []).map((name) => {
    const range = names.getItemOrNullObject(name).getRangeOrNullObject();
    range.load('isNullObject,values,address');
    return { name, range };
  });
  let active: Excel.Worksheet | undefined;
  if (request.sheets === 'active' || request.activeSheet === true) {
    active = worksheets.getActiveWorksheet();
    active.load('name');
  }
  return { worksheets, names, probes, named, active };
}

function queueSheets(context: Excel.RequestContext, request: ReadRequest): SheetProbe[] {
  const formulas = request.formulas === true;
  const wanted = request.sheets;
  const worksheets = context.workbook.worksheets;
  if (wanted === 'none') return [];
  if (wanted === 'active') return [queueSheet(worksheets.getActiveWorksheet(), formulas, false, false)];
  if (wanted !== 'all') return [queueSheet(worksheets.getItemOrNullObject(wanted.name), formulas, true, false)];
  let sheet = worksheets.getFirst();
  const probes = [queueSheet(sheet, formulas, false, true)];
  for (let i = 1; i < CHAINED_SHEETS; i += 1) {
    sheet = sheet.getNextOrNullObject();
    probes.push(queueSheet(sheet, formulas, true, true));
  }
  return probes;
}

function exists(probe: SheetProbe): boolean {
  return !probe.nullable || !probe.sheet.isNullObject;
}

function missingSheets(pending: Pending): string[] {
  const read = new Set(pending.probes.filter(exists).map((probe) => probe.sheet.name.toLowerCase()));
  return pending.worksheets.items.map((sheet) => sheet.name).filter((name) => !read.has(name.toLowerCase()));
}

function collect(pending: Pending, request: ReadRequest, clock: Clock): ExcelReading {
  const sheets: SheetValues[] = [];
  const lastRows: Record<string, number> = {};
  const charts: Record<string, Excel.Chart[]> = {};
  const seen = new Set<string>();
  const formulas = request.formulas === true;
  for (const probe of pending.probes) {
    if (!exists(probe)) continue;
    const name = probe.sheet.name;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    if (probe.charts) charts[name] = probe.charts.items;
    if (probe.used.isNullObject) {
      sheets.push(formulas ? { name, values: [], formulas: [] } : { name, values: [] });
      lastRows[name] = 0;
      continue;
    }
    const at = parseSheetReference(probe.used.address) ?? { row: 0, column: 0 };
    const values = valuesFromA1(probe.used.values, at.row, at.column);
    sheets.push(formulas ? { name, values, formulas: valuesFromA1(probe.used.formulas, at.row, at.column) } : { name, values });
    lastRows[name] = at.row + probe.used.values.length;
  }
  const names: Record<string, NamedRangeRead> = {};
  for (const { name, range } of pending.named) {
    const at = range.isNullObject ? undefined : parseSheetReference(range.address);
    if (at) names[name] = { sheet: at.sheet, row: at.row, column: at.column, values: range.values };
  }
  // A1 of each sheet read tells the plan resolver which sheets DealKit owns (their marker).
  const a1 = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet.values[0]?.[0]]));
  return {
    reading: { ...(pending.active ? { activeSheet: pending.active.name } : {}), sheets, names, today: clock.today, now: clock.now },
    state: {
      sheets: pending.worksheets.items.map((sheet) => ({
        name: sheet.name,
        a1: a1.get(sheet.name.toLowerCase()),
        ...(sheet.protection.protected ? { protected: true } : {}),
      })),
      namedRanges: pending.names.items.map((item) => item.name),
    },
    lastRows,
    charts,
  };
}

/** Nothing to read: no sheet, no name, not even the active sheet's name (the template catalog). */
export function readsNothing(request: ReadRequest): boolean {
  return request.sheets === 'none' && (request.names ?? []).length === 0 && request.activeSheet !== true;
}

/** What an operation that reads nothing and writes nothing is handed: no round trip to the workbook. */
export function emptyReading(clock: Clock): ExcelReading {
  return { reading: { sheets: [], names: {}, today: clock.today, now: clock.now }, state: { sheets: [], namedRanges: [] }, lastRows: {}, charts: {} };
}

/** Reads what `request` asks: one sync normally; see the file comment for when it takes two. */
export async function readForOperation(context: Excel.RequestContext, request: ReadRequest, clock: Clock): Promise<ExcelReading> {
  let pending: Pending;
  try {
    pending = queueCommon(context, request, queueSheets(context, request));
    await context.sync();
  } catch (error) {
    if (request.sheets !== 'all') throw error;
    // A host that refuses a call on a null sheet fails the whole batch: read names first, then by name.
    const listed = queueCommon(context, request, []);
    await context.sync();
    const probes = listed.worksheets.items.map((sheet) => queueSheet(context.workbook.worksheets.getItem(sheet.name), request.formulas === true, false, true));
    pending = queueCommon(context, request, probes);
    await context.sync();
    return collect(pending, request, clock);
  }
  if (request.sheets === 'all') {
    const missing = missingSheets(pending);
    if (missing.length > 0) {
      const rest = missing.map((name) => queueSheet(context.workbook.worksheets.getItem(name), request.formulas === true, false, true));
      pending = queueCommon(context, request, [...pending.probes, ...rest]);
      await context.sync();
    }
  }
  return collect(pending, request, clock);
}
