import { text, type Text } from '../i18n';
import {
  PIPELINE_COLUMNS,
  REQUIRED_PIPELINE_COLUMNS,
  matchPipelineColumn,
  matchProofColumn,
  type PipelineColumnId,
} from './columns';

/**
 * Finding the pipeline tables in a workbook from each sheet's values. A table is found by its header
 * row (anywhere in the first rows, in either language), not by the sheet's name: reps rename sheets,
 * and a manager pastes tables under a title or a rep line.
 */

/** One sheet as the host read it: its name and the values of its used range from A1. */
export interface SheetValues {
  readonly name: string;
  /** Row 0 is sheet row 1, column 0 is column A (the shells read the used range from A1). */
  readonly values: readonly (readonly unknown[])[];
}

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
  /** The rows below the header that hold anything, with their 1-based sheet row. */
  readonly rows: readonly { readonly row: number; readonly cells: readonly unknown[] }[];
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

function headerMatches(row: readonly unknown[]): {
  columns: Partial<Record<PipelineColumnId, number>>;
  proofColumns: { stageCode: string; column: number }[];
} {
  const columns: Partial<Record<PipelineColumnId, number>> = {};
  const proofColumns: { stageCode: string; column: number }[] = [];
  row.forEach((cell, column) => {
    const id = matchPipelineColumn(cell);
    if (id !== undefined) {
      if (columns[id] === undefined) columns[id] = column;
      return;
    }
    const stageCode = matchProofColumn(cell);
    if (stageCode !== undefined) proofColumns.push({ stageCode, column });
  });
  return { columns, proofColumns };
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
  const names = (locale: 'en' | 'zh-CN'): string =>
    missing.map((id) => PIPELINE_COLUMNS.find((c) => c.id === id)?.header[locale] ?? id).join(locale === 'en' ? ', ' : '、');
  return text(
    `Looks like a pipeline table but has no ${names('en')} column, so its rows were not rolled up.`,
    `看起来是商机表，但缺少“${names('zh-CN')}”列，因此其中的行没有汇总。`,
  );
}

/**
 * The rows under a header that hold anything in the table's columns, with their 1-based sheet row. An
 * unticked proof box does not count: Google Sheets fills every checkbox cell of an empty template row
 * with FALSE, and those rows are empty, not deals with everything missing.
 */
function rowsBelow(
  values: readonly (readonly unknown[])[],
  headerIndex: number,
  fields: readonly number[],
  proofs: readonly number[],
): { row: number; cells: readonly unknown[] }[] {
  const rows: { row: number; cells: readonly unknown[] }[] = [];
  for (let d = headerIndex + 1; d < values.length; d += 1) {
    const cells = values[d] ?? [];
    const used = fields.some((c) => !isBlankCell(cells[c])) || proofs.some((c) => !isBlankCell(cells[c]) && cells[c] !== false);
    if (used) rows.push({ row: d + 1, cells });
  }
  return rows;
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
      const { columns, proofColumns } = headerMatches(sheet.values[r] ?? []);
      const missing = REQUIRED_PIPELINE_COLUMNS.filter((id) => columns[id] === undefined);
      if (missing.length > 0) {
        if (nearMiss === undefined && Object.keys(columns).length >= NEAR_MISS_MATCHES) {
          const rows = rowsBelow(sheet.values, r, Object.values(columns) as number[], proofColumns.map((p) => p.column));
          nearMiss = { sheet: sheet.name, headerRow: r + 1, missing, reason: missingColumnsText(missing), columns, rows };
        }
        continue;
      }
      const rows = rowsBelow(sheet.values, r, Object.values(columns) as number[], proofColumns.map((p) => p.column));
      const label = repAbove(sheet.values, r);
      tables.push({
        sheet: sheet.name,
        headerRow: r + 1,
        columns,
        proofColumns,
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
