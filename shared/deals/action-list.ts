import { text, type Text } from '../i18n';
import { isDateValue, serialFromCell } from '../pipeline/dates';
import { headerKey } from '../pipeline/columns';
import { isGeneratedSheet } from '../pipeline/markers';
import type { SheetValues } from '../sheet-values';
import { actionStatusOf, type ActionStatusId } from './action-status';
import { dealIdOfSheet } from './deal-sheet';

/**
 * Finding a deal's actions wherever a rep keeps them: the action-plan template's Action list, or a
 * rep's own Actions sheet. A table is found by its header row, anywhere on the sheet and in either
 * language (the template puts its list below the plan, a rep's tracker starts at the top), not by the
 * sheet's name. A row's deal is its Deal ID cell, or the sheet's own Deal ID when the table has no
 * such column or the cell is blank.
 */

export type ActionColumnId = 'dealId' | 'action' | 'owner' | 'due' | 'status' | 'source';

export interface ActionColumn {
  readonly id: ActionColumnId;
  readonly header: Text;
  /** Other spellings accepted when reading (either language). */
  readonly aliases: readonly string[];
}

/** In the order the template writes them. */
export const ACTION_COLUMNS: readonly ActionColumn[] = [
  { id: 'dealId', header: text('Deal ID', '商机编号'), aliases: ['ID', 'Opportunity ID', 'Opp ID', '编号', '商机ID'] },
  { id: 'action', header: text('Action', '行动'), aliases: ['Actions', 'Action item', 'Task', 'To do', '行动项', '任务', '待办事项'] },
  { id: 'owner', header: text('Owner', '负责人'), aliases: ['Rep', 'Assigned to', 'Who', '责任人', '执行人'] },
  { id: 'due', header: text('Due date', '截止日期'), aliases: ['Due', 'Deadline', 'By when', 'Due by', '到期日', '期限', '完成期限'] },
  { id: 'status', header: text('Status', '状态'), aliases: ['State', '进展'] },
  { id: 'source', header: text('Source', '来源'), aliases: ['From', 'Origin', 'Raised by', '出处'] },
];

/** A header row is an action table when it names these: what to do and by when. */
const REQUIRED: readonly ActionColumnId[] = ['action', 'due'];

const COLUMN_BY_KEY: ReadonlyMap<string, ActionColumnId> = new Map(
  ACTION_COLUMNS.flatMap((column) => [column.header.en, column.header['zh-CN'], ...column.aliases].map((spelling) => [headerKey(spelling), column.id] as const)),
);

export function matchActionColumn(cell: unknown): ActionColumnId | undefined {
  return typeof cell === 'string' ? COLUMN_BY_KEY.get(headerKey(cell)) : undefined;
}

export interface ActionRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** The row's Deal ID, else the sheet's; '' when neither names one. */
  readonly dealId: string;
  readonly action: string;
  /** As typed; '' when blank (the deal's rep is then the owner). */
  readonly owner: string;
  /** Serial day; undefined when the cell holds no date. */
  readonly due?: number;
  /** What the due cell holds when it is not a date ('' when blank). */
  readonly dueText: string;
  /** undefined: the status cell names none of open / done / dropped. */
  readonly status?: ActionStatusId;
  readonly statusText: string;
  readonly source: string;
}

export interface ActionTable {
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 0-based column of each field the header names. */
  readonly columns: Readonly<Partial<Record<ActionColumnId, number>>>;
  /**
   * The Deal ID beside a Deal ID label above the table ('' when the label's cell is blank); undefined
   * when there is no such label: a tracker of several deals, each row naming its own.
   */
  readonly sheetDealId?: string;
  /** The rows holding anything in a column the table names. */
  readonly rows: readonly ActionRow[];
  /** 1-based row below which every read column is blank: where new actions go. */
  readonly lastFilledRow: number;
}

function textOf(cell: unknown): string {
  if (cell === null || cell === undefined || cell === false) return '';
  if (isDateValue(cell)) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function headerColumns(row: readonly unknown[]): Partial<Record<ActionColumnId, number>> {
  const columns: Partial<Record<ActionColumnId, number>> = {};
  row.forEach((cell, column) => {
    const id = matchActionColumn(cell);
    if (id !== undefined && columns[id] === undefined) columns[id] = column;
  });
  return columns;
}

function readRow(cells: readonly unknown[], row: number, columns: Partial<Record<ActionColumnId, number>>, sheetDealId: string): ActionRow {
  const at = (id: ActionColumnId): unknown => (columns[id] === undefined ? null : cells[columns[id]]);
  const due = serialFromCell(at('due'));
  const status = actionStatusOf(at('status'));
  return {
    row,
    dealId: textOf(at('dealId')) || sheetDealId,
    action: textOf(at('action')),
    owner: textOf(at('owner')),
    ...(due === undefined ? {} : { due }),
    dueText: due === undefined ? textOf(at('due')) : '',
    ...(status === undefined ? {} : { status }),
    statusText: textOf(at('status')),
    source: textOf(at('source')),
  };
}

/** The first action table on a sheet, or undefined. */
export function actionTableOf(sheet: SheetValues): ActionTable | undefined {
  if (isGeneratedSheet(sheet.values)) return undefined;
  for (let r = 0; r < sheet.values.length; r += 1) {
    const columns = headerColumns(sheet.values[r] ?? []);
    if (REQUIRED.some((id) => columns[id] === undefined)) continue;
    // The table's own Deal ID header is no label: a sheet's label sits above its table.
    const label = dealIdOfSheet(sheet);
    const sheetDeal = label !== undefined && label.row < r ? label : undefined;
    const sheetDealId = sheetDeal?.id ?? '';
    const read = Object.values(columns) as number[];
    const rows: ActionRow[] = [];
    let lastFilledRow = r + 1;
    for (let d = r + 1; d < sheet.values.length; d += 1) {
      const cells = sheet.values[d] ?? [];
      if (!read.some((c) => textOf(cells[c]) !== '')) continue;
      lastFilledRow = d + 1;
      rows.push(readRow(cells, d + 1, columns, sheetDealId));
    }
    return { sheet: sheet.name, headerRow: r + 1, columns, ...(sheetDeal === undefined ? {} : { sheetDealId }), rows, lastFilledRow };
  }
  return undefined;
}

/** Every action table in the workbook, one per sheet, DealKit's own report sheets left out. */
export function findActionTables(sheets: readonly SheetValues[]): ActionTable[] {
  return sheets.flatMap((sheet) => {
    const table = actionTableOf(sheet);
    return table ? [table] : [];
  });
}

/** Deal IDs compare as people read them: case and surrounding spaces do not matter. */
export function sameDealId(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
