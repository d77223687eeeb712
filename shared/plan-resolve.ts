/**
 * Resolving a WritePlan against what a workbook already holds: final sheet names, tokens, literal text
 * and cell geometry. The result is everything a shell writes, as data, so the three appliers stay thin
 * and agree with one another.
 */
import { DealKitError } from './errors';
import { text } from './i18n';
import { absoluteA1, boxToA1, columnIndex, parseA1, quoteSheetName, type CellBox } from './a1';
import {
  PREFIX_TOKEN,
  functionPrefix,
  uniqueSheetName,
  type A1,
  type CellStyle,
  type ChartPlan,
  type ColumnWidth,
  type ConditionalRule,
  type HostKind,
  type PlanValue,
  type PrintSetup,
  type SheetPlan,
  type SuggestedList,
  type WritePlan,
} from './plan';

export interface WorkbookSheetState {
  readonly name: string;
  readonly a1: unknown;
  /** Whether the sheet was protected when read: a shell lifts it to write into an existing sheet and puts it back. */
  readonly protected?: boolean;
}

/** What a shell reads before resolving: every sheet's name and A1 (A1 may be left undefined when not read). */
export interface WorkbookState {
  readonly sheets: readonly WorkbookSheetState[];
  readonly namedRanges: readonly string[];
}

export interface ResolvedValueBlock extends CellBox {
  /** Strings a host would parse as a formula already carry the host's literal-text prefix. */
  readonly rows: readonly (readonly PlanValue[])[];
}

export interface ResolvedFormulaBlock extends CellBox {
  /** Tokens replaced; null leaves a cell alone. */
  readonly rows: readonly (readonly (string | null)[])[];
}

export interface ResolvedAppendBlock {
  /** 0-based column of the first appended value. */
  readonly column: number;
  readonly width: number;
  readonly rows: readonly (readonly PlanValue[])[];
}

export type ResolvedValidation =
  | (CellBox & SuggestedList & { readonly kind: 'list'; readonly items: readonly string[] })
  /** `source` is a workbook name ("DK_LADDER") or a sheet-qualified reference ("'Settings'!B3:B9"). */
  | (CellBox & SuggestedList & { readonly kind: 'listFromRange'; readonly source: string })
  | (CellBox & { readonly kind: 'checkbox' })
  | (CellBox & { readonly kind: 'number'; readonly min?: number; readonly max?: number })
  | (CellBox & { readonly kind: 'date' });

export interface ResolvedNumberFormat extends CellBox {
  readonly format: string;
}

export type ResolvedStyle = CellBox & Omit<CellStyle, 'range'>;

export interface ResolvedConditionalFormat extends CellBox {
  readonly rule: ConditionalRule;
  readonly fill?: string;
  readonly fontColor?: string;
}

export interface ResolvedColumnWidth extends ColumnWidth {
  /** 0-based column index. */
  readonly index: number;
}

export interface ResolvedChart extends Omit<ChartPlan, 'source' | 'anchor'> {
  readonly source: CellBox;
  readonly anchor: CellBox;
}

/**
 * How the shell gets the sheet: `create` adds it under `name`; `rewrite` clears an owned sheet that
 * already carries the marker and writes it again; `existing` writes only the listed cells of a sheet.
 */
export type SheetAction = 'create' | 'rewrite' | 'existing';

export interface ResolvedSheet {
  readonly key: string;
  readonly name: string;
  readonly action: SheetAction;
  readonly values: readonly ResolvedValueBlock[];
  readonly formulas: readonly ResolvedFormulaBlock[];
  readonly appends: readonly ResolvedAppendBlock[];
  readonly validations: readonly ResolvedValidation[];
  readonly numberFormats: readonly ResolvedNumberFormat[];
  readonly styles: readonly ResolvedStyle[];
  readonly conditionalFormats: readonly ResolvedConditionalFormat[];
  readonly columnWidths: readonly ResolvedColumnWidth[];
  readonly frozenRows?: number;
  readonly protection?: { readonly editable: readonly CellBox[] };
  readonly charts: readonly ResolvedChart[];
  readonly print?: PrintSetup;
  /** For `existing` sheets: protected when the workbook was read (the shell unprotects, writes, protects again). */
  readonly wasProtected?: boolean;
}

export interface ResolvedNamedRange {
  readonly name: string;
  readonly sheetName: string;
  readonly range: CellBox;
  /** "'Settings'!$B$3:$B$9": the reference as a host's name manager takes it (without "="). */
  readonly reference: string;
}

export interface ResolvedPlan {
  readonly host: HostKind;
  readonly sheets: readonly ResolvedSheet[];
  /** Only names the workbook does not have yet; existing ones are left as they are. */
  readonly namedRanges: readonly ResolvedNamedRange[];
  /** Final name of the sheet to activate, if the plan asks for one. */
  readonly activeSheet?: string;
  /** Plan keys of sheets left out because the workbook already has their named range (shared Settings). */
  readonly skippedSheetKeys: readonly string[];
  /** Plan key → final sheet name, for every sheet the plan mentions (skipped ones map to the sheet already there when known). */
  readonly sheetNames: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// Literal text

/** Leading characters a spreadsheet reads as the start of a formula when a string is written as a value. */
const FORMULA_LEADS = ['=', '+', '-', '@'];

/**
 * Text a host would turn into a number, date, time or boolean when typed: "0012", "1,200", "15%",
 * "$300", "2024-05", "3/4", "9:30", "TRUE". Written as is, a deal named "2024-05" would become a date.
 */
const COERCIBLE = [
  /^\s*[$€£¥]?\s*[-+]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?\s*%?\s*$/i,
  /^\s*\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,4}\s*日?)?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$/,
  /^\s*\d{1,2}\s*[-/ ]\s*[A-Za-z]{3,9}(\s*[-/ ]\s*\d{2,4})?\s*$/,
  /^\s*[A-Za-z]{3,9}\s*[-/ ]\s*\d{1,2}(,?\s*\d{2,4})?\s*$/,
  /^\s*\d{1,2}:\d{2}(:\d{2})?\s*([ap]m?)?\s*$/i,
  /^\s*(true|false)\s*$/i,
];

/** Hosts that parse a written string (Excel values, Sheets setValues, HyperFormula) need the quote prefix. */
/** A horizontal run of adjacent cells to write, 0-based from a block's top-left cell. */
export interface CellRun<T> {
  readonly row: number;
  readonly column: number;
  readonly cells: T[];
}

/**
 * The runs of present cells in a block whose null cells mean "leave this cell alone": hosts that
 * would clear a cell given a blank (Sheets setFormulas, HyperFormula) write each run instead.
 * A block with no gap is one run covering it all, so the common case stays one host call.
 */
export function presentCellRuns<T>(rows: readonly (readonly (T | null)[])[]): { readonly whole: boolean; readonly runs: CellRun<T>[] } {
  if (rows.every((row) => row.every((cell) => cell !== null))) {
    return { whole: true, runs: [] };
  }
  const runs: CellRun<T>[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (row[c] === null) {
        c += 1;
        continue;
      }
      const start = c;
      while (c < row.length && row[c] !== null) c += 1;
      runs.push({ row: r, column: start, cells: row.slice(start, c) as T[] });
    }
  });
  return { whole: false, runs };
}

export function hostParsesWrittenText(host: HostKind): boolean {
  return host !== 'xlsx';
}

/** A string as it must be written so the host keeps it as the same text. */
export function literalValue(value: PlanValue, host: HostKind): PlanValue {
  if (typeof value !== 'string' || !hostParsesWrittenText(host)) return value;
  // A leading apostrophe is itself eaten by these hosts, so text that starts with one needs one more.
  if (FORMULA_LEADS.some((lead) => value.startsWith(lead)) || value.startsWith("'")) return `'${value}`;
  if (COERCIBLE.some((pattern) => pattern.test(value))) return `'${value}`;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Resolution

function planError(en: string, zh: string, subject: string): DealKitError {
  return new DealKitError(text(en, zh), subject);
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Resolves a plan for one host against a workbook's state. Throws DealKitError naming the sheet or key at fault. */
export function resolvePlan(plan: WritePlan, workbook: WorkbookState, host: HostKind): ResolvedPlan {
  const existingNames = new Set(workbook.namedRanges.map((name) => name.toLowerCase()));
  const hasName = (name: string): boolean => existingNames.has(name.toLowerCase());

  const seenKeys = new Set<string>();
  for (const sheet of plan.sheets) {
    if (seenKeys.has(sheet.key)) throw planError(`The plan has two sheets with key "${sheet.key}".`, `计划中有两个键为“${sheet.key}”的工作表。`, sheet.key);
    seenKeys.add(sheet.key);
  }

  const kept = plan.sheets.filter((sheet) => !(sheet.onlyIfNamedRangeMissing && hasName(sheet.onlyIfNamedRangeMissing)));
  const skipped = plan.sheets.filter((sheet) => !kept.includes(sheet));

  // Names: existing sheets stay; each new sheet takes the next free name, so two new sheets never collide either.
  const taken = workbook.sheets.map((sheet) => sheet.name);
  const claimed = new Set<string>();
  const finalNames: Record<string, string> = {};
  const actions: Record<string, SheetAction> = {};
  for (const sheet of kept) {
    const target = sheet.target;
    if (target.kind === 'existing') {
      const found = workbook.sheets.find((s) => sameName(s.name, target.name));
      if (!found) throw planError(`The sheet "${target.name}" does not exist in this workbook.`, `此工作簿中没有名为“${target.name}”的工作表。`, target.name);
      finalNames[sheet.key] = found.name;
      actions[sheet.key] = 'existing';
    } else if (target.kind === 'owned') {
      const owned = workbook.sheets.find((s) => !claimed.has(s.name.toLowerCase()) && isBaseOrNumbered(s.name, target.baseName) && s.a1 === target.marker);
      if (owned) {
        finalNames[sheet.key] = owned.name;
        actions[sheet.key] = 'rewrite';
      } else {
        finalNames[sheet.key] = uniqueSheetName(target.baseName, taken);
        taken.push(finalNames[sheet.key]);
        actions[sheet.key] = 'create';
      }
    } else {
      finalNames[sheet.key] = uniqueSheetName(target.baseName, taken);
      taken.push(finalNames[sheet.key]);
      actions[sheet.key] = 'create';
    }
    claimed.add(finalNames[sheet.key].toLowerCase());
  }
  // A sheet left out because the team already has it is still referable: use the sheet of that name if there is one.
  for (const sheet of skipped) {
    const base = sheet.target.kind === 'existing' ? sheet.target.name : sheet.target.baseName;
    const found = workbook.sheets.find((s) => sameName(s.name, base));
    if (found) finalNames[sheet.key] = found.name;
  }

  const tokens = (formula: string, where: string): string => resolveTokens(formula, host, finalNames, where);

  const sheets: ResolvedSheet[] = kept.map((sheet) => {
    const resolved = resolveSheet(sheet, finalNames[sheet.key], actions[sheet.key], host, tokens);
    const wasProtected = resolved.action === 'existing' && workbook.sheets.some((s) => s.name === resolved.name && s.protected === true);
    return wasProtected ? { ...resolved, wasProtected } : resolved;
  });

  const namedRanges: ResolvedNamedRange[] = [];
  for (const named of plan.namedRanges ?? []) {
    if (hasName(named.name) || namedRanges.some((n) => sameName(n.name, named.name))) continue;
    if (!seenKeys.has(named.sheetKey)) {
      throw planError(
        `The named range "${named.name}" points at sheet key "${named.sheetKey}", which the plan does not have.`,
        `命名区域“${named.name}”指向的工作表键“${named.sheetKey}”不在计划中。`,
        named.name,
      );
    }
    if (skipped.some((s) => s.key === named.sheetKey)) continue;
    const range = parseA1(named.range);
    const sheetName = finalNames[named.sheetKey];
    namedRanges.push({ name: named.name, sheetName, range, reference: `${quoteSheetName(sheetName)}!${absoluteA1(range)}` });
  }

  const activated = kept.filter((sheet) => sheet.activate);
  const activeSheet = activated.length ? finalNames[activated[activated.length - 1].key] : undefined;

  return { host, sheets, namedRanges, activeSheet, skippedSheetKeys: skipped.map((s) => s.key), sheetNames: { ...finalNames } };
}

function isBaseOrNumbered(name: string, base: string): boolean {
  if (sameName(name, base)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(name);
  return !!m && sameName(m[1], base);
}

const SHEET_TOKEN = /\{\{SHEET:([^}]+)\}\}/g;

function resolveTokens(formula: string, host: HostKind, names: Readonly<Record<string, string>>, where: string): string {
  const prefixed = formula.split(PREFIX_TOKEN).join(functionPrefix(host));
  return prefixed.replace(SHEET_TOKEN, (_whole, key: string) => {
    const name = names[key];
    if (name === undefined) {
      throw planError(`${where} refers to sheet key "${key}", which is not in the plan or the workbook.`, `${where} 引用的工作表键“${key}”不在计划或工作簿中。`, key);
    }
    return quoteSheetName(name);
  });
}

function resolveSheet(sheet: SheetPlan, name: string, action: SheetAction, host: HostKind, tokens: (formula: string, where: string) => string): ResolvedSheet {
  const where = (a1: string): string => `${name}!${a1}`;
  const values = (sheet.values ?? []).map((block): ResolvedValueBlock => {
    const box = blockBox(block.at, block.rows, where(block.at));
    return { ...box, rows: block.rows.map((row) => row.map((v) => literalValue(v, host))) };
  });
  const formulas = (sheet.formulas ?? []).map((block): ResolvedFormulaBlock => {
    const box = blockBox(block.at, block.rows, where(block.at));
    return {
      ...box,
      rows: block.rows.map((row, r) =>
        row.map((f, c) => {
          if (f === null) return null;
          const cell = where(boxToA1(box.row + r, box.column + c, 1, 1));
          if (!f.startsWith('=')) throw planError(`The formula for ${cell} does not start with "=".`, `${cell} 的公式没有以“=”开头。`, cell);
          return tokens(f, cell);
        }),
      ),
    };
  });
  const appends = (sheet.appends ?? []).map((block): ResolvedAppendBlock => ({
    column: columnIndex(block.column ?? 'A'),
    width: rectangularWidth(block.rows, `${name} (append)`),
    rows: block.rows.map((row) => row.map((v) => literalValue(v, host))),
  }));
  const validations = (sheet.validations ?? []).map((v): ResolvedValidation => {
    const box = parseA1(v.range);
    const suggested = v.kind === 'list' || v.kind === 'listFromRange' ? (v.allowOther ? { allowOther: true } : {}) : {};
    if (v.kind === 'listFromRange') return { ...box, kind: v.kind, source: tokens(v.source, `The dropdown at ${where(v.range)}`), ...suggested };
    if (v.kind === 'list') {
      checkListForExcel(v.items, host, where(v.range));
      return { ...box, kind: v.kind, items: v.items, ...suggested };
    }
    if (v.kind === 'number') return { ...box, kind: v.kind, min: v.min, max: v.max };
    return { ...box, kind: v.kind };
  });
  const numberFormats = (sheet.numberFormats ?? []).map((f) => ({ ...parseA1(f.range), format: f.format }));
  const styles = (sheet.styles ?? []).map(({ range, ...style }) => ({ ...parseA1(range), ...style }));
  const conditionalFormats = (sheet.conditionalFormats ?? []).map((cf): ResolvedConditionalFormat => ({
    ...parseA1(cf.range),
    rule: cf.rule.kind === 'formula' ? { kind: 'formula', formula: tokens(cf.rule.formula, `The conditional format at ${where(cf.range)}`) } : cf.rule,
    fill: cf.fill,
    fontColor: cf.fontColor,
  }));
  const columnWidths = (sheet.columnWidths ?? []).map((w) => ({ ...w, index: columnIndex(w.column) }));
  const charts = (sheet.charts ?? []).map(({ source, anchor, ...chart }) => ({ ...chart, source: parseA1(source), anchor: parseA1(anchor) }));
  return {
    key: sheet.key,
    name,
    action,
    values,
    formulas,
    appends,
    validations,
    numberFormats,
    styles,
    conditionalFormats,
    columnWidths,
    frozenRows: sheet.frozenRows,
    protection: sheet.protection ? { editable: sheet.protection.editable.map(parseA1) } : undefined,
    charts,
    ...(sheet.print ? { print: sheet.print } : {}),
  };
}

/** Excel keeps a dropdown's items as one comma-separated string of at most 255 characters. */
const EXCEL_LIST_LIMIT = 255;

function checkListForExcel(items: readonly string[], host: HostKind, where: string): void {
  if (host !== 'excel' && host !== 'xlsx') return;
  const withComma = items.find((item) => item.includes(','));
  if (withComma !== undefined) {
    throw planError(
      `The dropdown at ${where} has the item "${withComma}", whose comma Excel would read as two items.`,
      `${where} 的下拉项“${withComma}”含有逗号，Excel 会把它当成两项。`,
      where,
    );
  }
  const length = items.join(',').length;
  if (length > EXCEL_LIST_LIMIT) {
    throw planError(
      `The dropdown at ${where} lists ${length} characters; Excel takes at most ${EXCEL_LIST_LIMIT}. Take the items from a range instead.`,
      `${where} 的下拉列表共 ${length} 个字符，Excel 最多接受 ${EXCEL_LIST_LIMIT} 个；请改为从区域读取选项。`,
      where,
    );
  }
}

function rectangularWidth(rows: readonly (readonly unknown[])[], where: string): number {
  const width = rows.length ? rows[0].length : 0;
  rows.forEach((row, i) => {
    if (row.length !== width) {
      throw planError(
        `Row ${i + 1} of the block at ${where} has ${row.length} cells; the first row has ${width}.`,
        `${where} 处数据块的第 ${i + 1} 行有 ${row.length} 个单元格，而第一行有 ${width} 个。`,
        where,
      );
    }
  });
  return width;
}

/** The block's box from its top-left cell and the size of its rows; a range in `at` must match that size. */
function blockBox(at: A1, rows: readonly (readonly unknown[])[], where: string): CellBox {
  const width = rectangularWidth(rows, where);
  const given = parseA1(at);
  if (rows.length === 0 || width === 0) throw planError(`The block at ${where} is empty.`, `${where} 处的数据块是空的。`, where);
  if ((given.height > 1 || given.width > 1) && (given.height !== rows.length || given.width !== width)) {
    throw planError(
      `The block at ${where} is ${given.height}×${given.width} but holds ${rows.length}×${width} cells.`,
      `${where} 处的数据块为 ${given.height}×${given.width}，却有 ${rows.length}×${width} 个单元格。`,
      where,
    );
  }
  return { a1: boxToA1(given.row, given.column, rows.length, width), row: given.row, column: given.column, height: rows.length, width };
}
