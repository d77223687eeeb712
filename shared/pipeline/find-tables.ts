import { text, type Text } from '../i18n';
import type { SheetValues } from '../sheet-values';
import { isDateValue } from './dates';
import { PIPELINE_COLUMNS, REQUIRED_PIPELINE_COLUMNS, matchPipelineColumn, matchProofColumn, type PipelineColumnId } from './columns';

/**
 * Finding the pipeline tables in a workbook from each sheet's values. A table is found by its header
 * row (anywhere in the first rows, in either language), not by the sheet's name: reps rename sheets,
 * and a manager pastes tables under a title or a rep line.
 */

export interface PipelineTable {
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based column of each pipeline field present. */
  readonly columns: Readonly<Partial<Record<PipelineColumnId, number>>>;
  /** Proof tick-box columns, by the stage code their header names (as typed). */
  readonly proofColumns: readonly { readonly stageCode: string; readonly column: number }[];
  /**
   * Who owns the rows whose owner cell is blank (or all rows, with no owner column): the value beside
   * a "Rep:" / "负责人：" label above the header, else the sheet's name.
   */
  readonly sheetRep: string;
  readonly sheetRepSource: 'label' | 'sheetName';
  /** The rows below the header that hold anything in a column DealKit reads, with their 1-based sheet row. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly unknown[] }[];
  /** The rows holding something only in the table's unread columns (a note with no deal beside it). */
  readonly unreadOnlyRows: readonly { readonly row: number; readonly cells: readonly unknown[] }[];
  /** Pipeline columns the header row names more than once: which one to read cannot be told. */
  readonly duplicates: readonly DuplicateColumn[];
  /** Columns inside the table that DealKit does not read (a header it does not know, or none). */
  readonly unreadColumns: readonly UnreadColumn[];
}

/** One pipeline column headed twice or more in one header row. */
export interface DuplicateColumn {
  readonly id: PipelineColumnId;
  /** 0-based columns, left to right, with each header as typed. */
  readonly columns: readonly { readonly column: number; readonly header: string }[];
}

export interface UnreadColumn {
  /** 0-based column. */
  readonly column: number;
  /** The header as typed ('' when the column has none). */
  readonly header: string;
}

/** A header row that looks like a pipeline table but misses a required column: reported, not ignored. */
export interface IncompleteTable {
  readonly sheet: string;
  readonly headerRow: number;
  readonly missing: readonly PipelineColumnId[];
  readonly reason: Text;
  /** The columns that were recognised, so the rows can still be listed with their id and amount. */
  readonly columns: Readonly<Partial<Record<PipelineColumnId, number>>>;
  readonly rows: readonly { readonly row: number; readonly cells: readonly unknown[] }[];
  readonly unreadOnlyRows: readonly { readonly row: number; readonly cells: readonly unknown[] }[];
  readonly duplicates: readonly DuplicateColumn[];
  readonly unreadColumns: readonly UnreadColumn[];
}

export interface FoundTables {
  readonly tables: readonly PipelineTable[];
  readonly incomplete: readonly IncompleteTable[];
}

export interface FindTablesOptions {
  /** How many rows from the top may hold the header row; default 20. */
  readonly headerRows?: number;
  /** Sheets whose A1 holds one of these texts are DealKit's own outputs (team pipeline, history): skipped. */
  readonly skipMarkers?: readonly string[];
}

/** A header row with this many recognised pipeline headers but a required one missing is reported. */
const NEAR_MISS_MATCHES = 3;

export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

interface HeaderMatches {
  /** The first column of each pipeline field (the only one, unless it is among the duplicates). */
  readonly columns: Partial<Record<PipelineColumnId, number>>;
  readonly proofColumns: { stageCode: string; column: number }[];
  readonly duplicates: DuplicateColumn[];
  readonly unreadColumns: UnreadColumn[];
}

function headerText(cell: unknown): string {
  return isBlankCell(cell) ? '' : String(cell).trim();
}

function headerMatches(row: readonly unknown[]): HeaderMatches {
  const columns: Partial<Record<PipelineColumnId, number>> = {};
  const all = new Map<PipelineColumnId, { column: number; header: string }[]>();
  const proofColumns: { stageCode: string; column: number }[] = [];
  const read = new Set<number>();
  row.forEach((cell, column) => {
    const id = matchPipelineColumn(cell);
    if (id !== undefined) {
      if (columns[id] === undefined) columns[id] = column;
      all.set(id, [...(all.get(id) ?? []), { column, header: headerText(cell) }]);
      read.add(column);
      return;
    }
    const stageCode = matchProofColumn(cell);
    if (stageCode !== undefined) {
      proofColumns.push({ stageCode, column });
      read.add(column);
    }
  });
  const duplicates = [...all].filter(([, found]) => found.length > 1).map(([id, found]) => ({ id, columns: found }));
  return { columns, proofColumns, duplicates, unreadColumns: unreadColumnsOf(row, read) };
}

/**
 * The columns inside the table that no pipeline header names: from the first read column to the last,
 * widened to the run of headed columns around them. A blank header column ends the table, so what a
 * sheet keeps beside it (the template's funnel and forecast, a manager's notes) is not part of it.
 */
function unreadColumnsOf(row: readonly unknown[], read: ReadonlySet<number>): UnreadColumn[] {
  if (read.size === 0) return [];
  let first = Math.min(...read);
  let last = Math.max(...read);
  while (first > 0 && !isBlankCell(row[first - 1])) first -= 1;
  while (last + 1 < row.length && !isBlankCell(row[last + 1])) last += 1;
  const unread: UnreadColumn[] = [];
  for (let column = first; column <= last; column += 1) if (!read.has(column)) unread.push({ column, header: headerText(row[column]) });
  return unread;
}

/** Whether a read cell holds anything: an unticked checkbox (FALSE) does not count. */
function holdsSomething(value: unknown): boolean {
  return !isBlankCell(value) && value !== false;
}

/** A formula's error as Sheets and Excel hand it over (#N/A, #NAME?, #SPILL!…). */
const ERROR_TEXT = /^#(?:N\/A|NAME\?|VALUE!|REF!|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!)/;

/**
 * Whether an unread cell holds something a person put there: text, a number, a date or a ticked box.
 * A formula's error or an engine's error object is not: a column of spill formulas beside the table
 * (the template's Win probability…) fills every empty row with one until the functions load.
 */
export function holdsTyped(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '' && !ERROR_TEXT.test(value.trim());
  return typeof value === 'number' || value === true || isDateValue(value);
}

/** "Rep: Alice" above the table, as a label cell with the name in the next non-blank cell to its right. */
function repAbove(values: readonly (readonly unknown[])[], headerIndex: number): string | undefined {
  for (let r = 0; r < headerIndex; r += 1) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      if (matchPipelineColumn(row[c]) !== 'owner') continue;
      for (let k = c + 1; k < row.length; k += 1) {
        if (!isBlankCell(row[k])) return String(row[k]).trim();
      }
    }
  }
  return undefined;
}

function missingColumnsText(missing: readonly PipelineColumnId[]): Text {
  const names = (locale: 'en' | 'zh-CN'): string => missing.map((id) => PIPELINE_COLUMNS.find((c) => c.id === id)?.header[locale] ?? id).join(locale === 'en' ? ', ' : '、');
  return text(`Looks like a pipeline table but has no ${names('en')} column, so its rows were not rolled up.`, `看起来是商机表，但缺少“${names('zh-CN')}”列，因此其中的行没有汇总。`);
}

type TableRow = { row: number; cells: readonly unknown[] };

/**
 * The rows under a header that hold anything in the columns DealKit reads, with their 1-based sheet
 * row; apart, the rows holding something only in the table's other columns, which are still rows
 * someone typed and the roll-up lists. An unticked box does not count: Google Sheets fills every
 * checkbox cell of an empty template row with FALSE, and those rows are empty, not deals with
 * everything missing.
 */
function rowsBelow(values: readonly (readonly unknown[])[], headerIndex: number, header: HeaderMatches): { rows: TableRow[]; unreadOnlyRows: TableRow[] } {
  const read = [...(Object.values(header.columns) as number[]), ...header.duplicates.flatMap((d) => d.columns.map((c) => c.column)), ...header.proofColumns.map((p) => p.column)];
  const unread = header.unreadColumns.map((u) => u.column);
  const rows: TableRow[] = [];
  const unreadOnlyRows: TableRow[] = [];
  for (let d = headerIndex + 1; d < values.length; d += 1) {
    const cells = values[d] ?? [];
    if (read.some((c) => holdsSomething(cells[c]))) rows.push({ row: d + 1, cells });
    else if (unread.some((c) => holdsTyped(cells[c]))) unreadOnlyRows.push({ row: d + 1, cells });
  }
  return { rows, unreadOnlyRows };
}

/** Every pipeline table in the workbook: at most one per sheet, the first header row found. */
export function findPipelineTables(sheets: readonly SheetValues[], options: FindTablesOptions = {}): FoundTables {
  const headerRows = options.headerRows ?? 20;
  const skip = new Set(options.skipMarkers ?? []);
  const tables: PipelineTable[] = [];
  const incomplete: IncompleteTable[] = [];

  for (const sheet of sheets) {
    const first = sheet.values[0]?.[0];
    if (typeof first === 'string' && skip.has(first)) continue;

    let nearMiss: IncompleteTable | undefined;
    for (let r = 0; r < Math.min(headerRows, sheet.values.length); r += 1) {
      const header = headerMatches(sheet.values[r] ?? []);
      const { columns, proofColumns, duplicates, unreadColumns } = header;
      const missing = REQUIRED_PIPELINE_COLUMNS.filter((id) => columns[id] === undefined);
      if (missing.length > 0) {
        if (nearMiss === undefined && Object.keys(columns).length >= NEAR_MISS_MATCHES) {
          const { rows, unreadOnlyRows } = rowsBelow(sheet.values, r, header);
          nearMiss = { sheet: sheet.name, headerRow: r + 1, missing, reason: missingColumnsText(missing), columns, rows, unreadOnlyRows, duplicates, unreadColumns };
        }
        continue;
      }
      const { rows, unreadOnlyRows } = rowsBelow(sheet.values, r, header);
      const label = repAbove(sheet.values, r);
      tables.push({
        sheet: sheet.name,
        headerRow: r + 1,
        columns,
        proofColumns,
        unreadOnlyRows,
        duplicates,
        unreadColumns,
        sheetRep: label ?? sheet.name,
        sheetRepSource: label === undefined ? 'sheetName' : 'label',
        rows,
      });
      nearMiss = undefined;
      break;
    }
    if (nearMiss) incomplete.push(nearMiss);
  }
  return { tables, incomplete };
}
