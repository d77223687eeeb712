import { cellA1, quotedCellReference } from '../a1';
import { namedValuesFromRanges, type NamedValues } from '../pipeline/named-values';
import type { SheetValues } from '../sheet-values';

/**
 * What an operation asks a host to read before it runs, as data: each host turns it into its own
 * reads (one Excel batch, Spreadsheet-service range reads under the document lock, HyperFormula lookups).
 */
export interface ReadRequest {
  /** `all`: every sheet in workbook order; `active`: the sheet the user is on; a name: that sheet; `none`. */
  readonly sheets: 'none' | 'active' | 'all' | { readonly name: string };
  /** Read formulas beside the values (the assessment reader tells a typed rating from a formula). */
  readonly formulas?: boolean;
  /** Workbook-scoped names whose cells the operation reads (a Settings name, a DK_* table). */
  readonly names?: readonly string[];
  /** The active sheet's name even when its cells are not read (`sheets: 'active'` reads it anyway). */
  readonly activeSheet?: boolean;
}

/** A named range as read: where its first cell is (0-based) and the values of its cells. */
export interface NamedRangeRead {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
}

/** What a host hands an operation: the answer to its ReadRequest, plus the clock in the workbook's terms. */
export interface WorkbookReading {
  /** The active sheet's name, when the request asked for it or for its cells. */
  readonly activeSheet?: string;
  /** The sheets asked for; a named sheet that does not exist is simply absent. */
  readonly sheets: readonly SheetValues[];
  /** The names asked for that exist, keyed as asked. */
  readonly names: Readonly<Record<string, NamedRangeRead>>;
  /** Today as an ISO date in the workbook's time zone (Sheets) or the user's (Excel, the playground). */
  readonly today: string;
  /** The moment of the read as an ISO timestamp: when a snapshot was taken. */
  readonly now: string;
}

/** A name's first cell value; undefined when the workbook does not define the name. */
export function namedCellValue(reading: WorkbookReading, name: string): unknown {
  const range = reading.names[name];
  return range ? (range.values[0]?.[0] ?? null) : undefined;
}

/** Sheet and A1 address of a name's first cell; null when the name is not defined. */
export function namedCell(reading: WorkbookReading, name: string): { readonly sheet: string; readonly a1: string } | null {
  const range = reading.names[name];
  return range ? { sheet: range.sheet, a1: cellA1(range.row, range.column) } : null;
}

/** Where a name points, as a message names it: `'Sheet'!B7`, or the name itself when it points nowhere. */
export function namedPlace(reading: WorkbookReading, name: string): string {
  const cell = namedCell(reading, name);
  return cell ? quotedCellReference(cell.sheet, cell.a1) : name;
}

/** The names read, as the pipeline core takes them (each remembering its cells, for messages). */
export function namedValues(reading: WorkbookReading): NamedValues {
  return namedValuesFromRanges(reading.names);
}
