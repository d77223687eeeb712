/**
 * The write plan: plain data describing everything an operation writes to a workbook.
 * Pure code builds plans; the shells (Excel add-in, Apps Script, .xlsx writer, playground) only apply them.
 *
 * Addresses are A1 strings relative to the plan's sheet ("B4", "B4:D9").
 * Formulas may hold two tokens that are resolved when the plan is applied:
 *   {{DEAL}}        the host's function prefix: "DEAL." in Excel and .xlsx, "" in Google Sheets and the playground;
 *   {{SHEET:key}}   the quoted final name of the plan sheet with that key (its name may change by the unique-name rule).
 */

export type A1 = string;
export type PlanValue = string | number | boolean | null;

export const PREFIX_TOKEN = '{{DEAL}}';
export function sheetToken(key: string): string {
  return `{{SHEET:${key}}}`;
}

/** Where a plan sheet goes. */
export type SheetTarget =
  /** A new sheet; a taken name gets " (2)", " (3)"… so no existing sheet is ever touched. */
  | { readonly kind: 'new'; readonly baseName: string }
  /** Cells of a sheet that already exists (wizard saves): only the blocks listed are written. */
  | { readonly kind: 'existing'; readonly name: string }
  /**
   * A sheet the operation owns and may rebuild (roll-up outputs): the first sheet named baseName or
   * "baseName (n)" whose A1 holds exactly `marker` is cleared and rewritten; if none, a new sheet is added.
   * A user's sheet of the same name without the marker is never touched.
   */
  | { readonly kind: 'owned'; readonly baseName: string; readonly marker: string };

/**
 * Literal values. Strings are text: appliers must never let a host parse one as a formula. A null
 * leaves that cell alone (every applier keeps what is there); write '' to clear a cell on purpose.
 */
export interface ValueBlock {
  readonly at: A1;
  readonly rows: readonly (readonly PlanValue[])[];
}

/** Formulas, each starting with "="; a null leaves that cell alone. */
export interface FormulaBlock {
  readonly at: A1;
  readonly rows: readonly (readonly (string | null)[])[];
}

/** Rows appended below the last used row of the sheet (history sheets). */
export interface AppendBlock {
  readonly rows: readonly (readonly PlanValue[])[];
  /** Column of the first appended value, default "A". */
  readonly column?: string;
}

/**
 * A dropdown that suggests rather than decides: a typed value outside the list is kept and the host
 * only warns (Sheets marks the cell, Excel and .xlsx ask before keeping it). Without it, one is refused.
 */
export interface SuggestedList {
  readonly allowOther?: boolean;
}

export type Validation =
  | ({ readonly range: A1; readonly kind: 'list'; readonly items: readonly string[] } & SuggestedList)
  /** Dropdown whose items are the cells of a range, e.g. a settings named range. */
  | ({ readonly range: A1; readonly kind: 'listFromRange'; readonly source: string } & SuggestedList)
  /** Sheets renders a checkbox; Excel and .xlsx a TRUE/FALSE dropdown. */
  | { readonly range: A1; readonly kind: 'checkbox' }
  | { readonly range: A1; readonly kind: 'number'; readonly min?: number; readonly max?: number }
  | { readonly range: A1; readonly kind: 'date' };

export interface NumberFormat {
  readonly range: A1;
  /** Excel-style code: "0%", "#,##0.00", "yyyy-mm-dd", "@". */
  readonly format: string;
}

export interface CellStyle {
  readonly range: A1;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  /** "#RRGGBB" */
  readonly fill?: string;
  readonly fontColor?: string;
  readonly align?: 'left' | 'center' | 'right';
}

export type ConditionalRule =
  | { readonly kind: 'textEquals'; readonly text: string }
  | { readonly kind: 'number'; readonly operator: 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'between'; readonly values: readonly number[] }
  /** A formula relative to the range's top-left cell, true where the format applies (may use {{DEAL}}). */
  | { readonly kind: 'formula'; readonly formula: string };

export interface ConditionalFormat {
  readonly range: A1;
  readonly rule: ConditionalRule;
  readonly fill?: string;
  readonly fontColor?: string;
}

export interface ColumnWidth {
  /** Column letter. */
  readonly column: string;
  /** Width in pixels. */
  readonly width: number;
}

export interface Protection {
  /** Ranges users may still edit: the inputs. Everything else (formulas, labels) is locked. */
  readonly editable: readonly A1[];
}

/** A scatter reads its first column as the x values of every series instead of as categories. */
export type ChartKind = 'column' | 'bar' | 'line' | 'pie' | 'funnel' | 'waterfall' | 'scatter';

export interface ChartPlan {
  readonly kind: ChartKind;
  readonly title: string;
  /** Data with a header row and the categories (a scatter's x values) in the first column. */
  readonly source: A1;
  /** Top-left cell the chart is placed at. */
  readonly anchor: A1;
  readonly width?: number;
  readonly height?: number;
}

/**
 * How a sheet prints. Excel (the Office JavaScript API's page layout, ExcelApi 1.9) and .xlsx files keep it with the
 * sheet; Apps Script has no print settings at all, so Google Sheets asks at print time.
 */
export interface PrintSetup {
  /** Scaled to one page wide, as many pages tall as it takes. */
  readonly fitToWidth: boolean;
  readonly orientation?: 'portrait' | 'landscape';
}

export interface SheetPlan {
  /** Plan-internal key, used by {{SHEET:key}} tokens and named ranges. */
  readonly key: string;
  readonly target: SheetTarget;
  readonly values?: readonly ValueBlock[];
  readonly formulas?: readonly FormulaBlock[];
  readonly appends?: readonly AppendBlock[];
  readonly validations?: readonly Validation[];
  readonly numberFormats?: readonly NumberFormat[];
  readonly styles?: readonly CellStyle[];
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly columnWidths?: readonly ColumnWidth[];
  readonly frozenRows?: number;
  /** Protect the sheet (Sheets: warning only) leaving these ranges editable. */
  readonly protection?: Protection;
  readonly charts?: readonly ChartPlan[];
  readonly print?: PrintSetup;
  /** Make this the active sheet after applying. */
  readonly activate?: boolean;
  /**
   * Add this sheet only when the workbook has no named range of this name yet: how a template brings
   * the shared Settings sheet along the first time and reuses the team's one afterwards.
   */
  readonly onlyIfNamedRangeMissing?: string;
}

export interface NamedRangePlan {
  /** Workbook-scoped name, e.g. "DK_LADDER". An existing name is left as it is. */
  readonly name: string;
  readonly sheetKey: string;
  readonly range: A1;
}

export interface WritePlan {
  readonly sheets: readonly SheetPlan[];
  readonly namedRanges?: readonly NamedRangePlan[];
}

/** Host facts a plan is resolved against. */
export type HostKind = 'excel' | 'sheets' | 'xlsx' | 'playground';

export function functionPrefix(host: HostKind): string {
  return host === 'excel' || host === 'xlsx' ? 'DEAL.' : '';
}

const MAX_SHEET_NAME = 31; // Excel's limit; Sheets allows more, so the stricter one keeps plans portable
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

/**
 * The first free name among base, "base (2)", "base (3)"… compared case-insensitively as both hosts do,
 * shortened so the suffix still fits Excel's 31 characters.
 */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const clean =
    base
      .replace(FORBIDDEN_IN_SHEET_NAME, ' ')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  const takenLower = new Set(taken.map((name) => name.toLowerCase()));
  const fit = (name: string, suffix: string): string => name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  const first = fit(clean, '');
  if (!takenLower.has(first.toLowerCase())) return first;
  for (let n = 2; ; n += 1) {
    const candidate = fit(clean, ` (${n})`);
    if (!takenLower.has(candidate.toLowerCase())) return candidate;
  }
}
