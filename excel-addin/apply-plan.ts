/**
 * The Office.js applier. Phases so an operation can put its own reads into the same batch:
 * queueWorkbookRead (loads only) → one context.sync() → resolvePlan → queueResolvedPlan (every write
 * but charts) → one context.sync() → writeCharts → one more context.sync() when the plan has charts.
 * Whatever a plan's size, inserting it costs two round trips, three with charts.
 *
 * Charts get their own batch because Excel may refuse a property of the newer chart types
 * (office-js#2041: Chart.title is UnsupportedOperation on a waterfall in Excel 2016, although the API
 * set claims it), and a refused call fails its whole batch: the sheet's cells must not go with it.
 * Funnel and waterfall need ExcelApi 1.9 (Microsoft Learn, Excel.ChartType); where it is missing, or
 * the chart is refused, a clustered bar or column chart of the same data stands in, its title saying so.
 */
import { DealKitError } from '../shared/errors';
import { text } from '../shared/i18n';
import { fallbackChartTitle } from '../shared/chart-fallback';
import { resolvePlan, type ResolvedChart, type ResolvedConditionalFormat, type ResolvedPlan, type ResolvedSheet, type ResolvedValidation, type WorkbookState } from '../shared/plan-resolve';
import type { CellBox } from '../shared/a1';
import type { WritePlan } from '../shared/plan';

/**
 * Round trips inserting a plan costs: read and write, and one more when it has charts, which get a
 * batch of their own. Operations that read more first (a workbook too big for one walk) add to it.
 */
export function excelSyncBudget(plan: WritePlan): number {
  return plan.sheets.some((sheet) => (sheet.charts?.length ?? 0) > 0) ? 3 : 2;
}

/** How many numbered names ("Roll-up (2)"…) are probed for an owned sheet's marker. */
const OWNED_CANDIDATES = 10;
/** Office.js sizes columns and charts in points; plans give pixels. */
const POINTS_PER_PIXEL = 0.75;

export interface PendingWorkbookRead {
  /** After the sync: what resolvePlan needs. */
  state(): WorkbookState;
  /** After the sync: last used row (1-based, 0 when empty) of each existing sheet the plan appends to. */
  lastRows(): Record<string, number>;
  /** After the sync: the charts on each sheet that could be owned, deleted when that sheet is rewritten. */
  ownedCharts(): Record<string, Excel.Chart[]>;
}

function ownedCandidateNames(plan: WritePlan | undefined): string[] {
  const names: string[] = [];
  for (const sheet of plan?.sheets ?? []) {
    if (sheet.target.kind !== 'owned') continue;
    names.push(sheet.target.baseName);
    for (let n = 2; n <= OWNED_CANDIDATES; n += 1) names.push(`${sheet.target.baseName} (${n})`);
  }
  return names;
}

/**
 * Queues the loads resolvePlan needs: sheet names and whether each is protected, named items, A1 and
 * charts of the sheets that could be owned by the plan, and the used range of sheets the plan appends
 * to. Without a plan (when the plan depends on other reads in the same batch) only names, protection
 * and named items are read. No sync.
 */
export function queueWorkbookRead(context: Excel.RequestContext, plan?: WritePlan): PendingWorkbookRead {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/protection/protected');
  const names = context.workbook.names;
  names.load('items/name');

  const markers = ownedCandidateNames(plan).map((name) => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load('isNullObject,name');
    const a1 = sheet.getRange('A1');
    a1.load('values');
    const charts = sheet.charts;
    charts.load('items/name');
    return { sheet, a1, charts };
  });

  const appendTargets = (plan?.sheets ?? []).filter((s) => s.appends?.length && s.target.kind === 'existing');
  const used = appendTargets.map((s) => {
    const name = s.target.kind === 'existing' ? s.target.name : '';
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load('isNullObject,name');
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load('isNullObject,rowIndex,rowCount');
    return { sheet, range };
  });

  return {
    state(): WorkbookState {
      const a1ByName = new Map<string, unknown>();
      for (const m of markers) if (!m.sheet.isNullObject) a1ByName.set(m.sheet.name.toLowerCase(), m.a1.values?.[0]?.[0]);
      return {
        sheets: worksheets.items.map((sheet) => ({
          name: sheet.name,
          a1: a1ByName.get(sheet.name.toLowerCase()),
          ...(sheet.protection.protected ? { protected: true } : {}),
        })),
        namedRanges: names.items.map((item) => item.name),
      };
    },
    ownedCharts(): Record<string, Excel.Chart[]> {
      const out: Record<string, Excel.Chart[]> = {};
      for (const m of markers) if (!m.sheet.isNullObject) out[m.sheet.name] = m.charts.items;
      return out;
    },
    lastRows(): Record<string, number> {
      const out: Record<string, number> = {};
      for (const u of used) {
        if (u.sheet.isNullObject) continue;
        out[u.sheet.name] = u.range.isNullObject ? 0 : u.range.rowIndex + u.range.rowCount;
      }
      return out;
    },
  };
}

export interface QueueOptions {
  /** Last used row per existing sheet, for appends (from PendingWorkbookRead.lastRows()). */
  readonly lastRows?: Record<string, number>;
  /** Charts of owned sheets (from PendingWorkbookRead.ownedCharts()), deleted when their sheet is rewritten. */
  readonly ownedCharts?: Record<string, Excel.Chart[]>;
  /** Whether Excel has the funnel and waterfall chart types (ExcelApi 1.9); detected when not given. */
  readonly modernCharts?: boolean;
  /** Whether Excel has the sheet's print settings, PageLayout (ExcelApi 1.9 too); detected when not given. */
  readonly pageLayout?: boolean;
}

function excelApi19(): boolean {
  try {
    return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported('ExcelApi', '1.9');
  } catch {
    return false;
  }
}

const modernChartsSupported = excelApi19;

function rangeOf(sheet: Excel.Worksheet, box: CellBox): Excel.Range {
  return sheet.getRange(box.a1);
}

function filled<T>(box: CellBox, value: T): T[][] {
  return Array.from({ length: box.height }, () => Array.from({ length: box.width }, () => value));
}

/**
 * Queues every write of a resolved plan except its charts, which writeCharts adds after the caller's
 * sync. No sync; names come before the dropdowns that use them. A sheet with charts is protected
 * after them, in writeCharts' batch.
 */
export function queueResolvedPlan(context: Excel.RequestContext, resolved: ResolvedPlan, options: QueueOptions = {}): void {
  const worksheets = context.workbook.worksheets;
  const sheets = new Map<string, Excel.Worksheet>();
  for (const planned of resolved.sheets) {
    if (planned.action === 'create') {
      sheets.set(planned.key, worksheets.add(planned.name));
      continue;
    }
    const sheet = worksheets.getItem(planned.name);
    // Excel refuses writes to locked cells of a protected sheet: lift it now, put it back after the writes.
    if (planned.wasProtected) sheet.protection.unprotect();
    if (planned.action === 'rewrite') {
      // An owned sheet DealKit marked: rebuilt from nothing (its protection is DealKit's own, without password).
      sheet.protection.unprotect();
      const all = sheet.getRange();
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
      all.clear('All');
      for (const chart of options.ownedCharts?.[planned.name] ?? []) chart.delete();
    }
    sheets.set(planned.key, sheet);
  }

  for (const planned of resolved.sheets) queueCells(sheets.get(planned.key) as Excel.Worksheet, planned, options.lastRows ?? {});

  for (const named of resolved.namedRanges) {
    const owner = resolved.sheets.find((s) => s.name === named.sheetName);
    const sheet = owner ? sheets.get(owner.key) : worksheets.getItem(named.sheetName);
    if (sheet) context.workbook.names.add(named.name, rangeOf(sheet, named.range));
  }

  const pageLayout = options.pageLayout ?? excelApi19();
  for (const planned of resolved.sheets) {
    queueDecorations(sheets.get(planned.key) as Excel.Worksheet, planned);
    if (pageLayout) queuePrint(sheets.get(planned.key) as Excel.Worksheet, planned);
  }

  if (resolved.activeSheet) {
    const active = resolved.sheets.find((s) => s.name === resolved.activeSheet);
    (active ? (sheets.get(active.key) as Excel.Worksheet) : worksheets.getItem(resolved.activeSheet)).activate();
  }
}

function queueCells(sheet: Excel.Worksheet, planned: ResolvedSheet, lastRows: Record<string, number>): void {
  // Office.js skips null entries in values and formulas, which is exactly "leave this cell alone".
  for (const block of planned.values) rangeOf(sheet, block).values = block.rows.map((row) => row.slice()) as unknown[][];
  for (const block of planned.formulas) rangeOf(sheet, block).formulas = block.rows.map((row) => row.slice()) as unknown[][];
  // Appends go below the sheet's last used row, counting the rows this plan writes to it.
  let next = Math.max(lastRows[planned.name] ?? 0, ...[...planned.values, ...planned.formulas].map((b) => b.row + b.height));
  for (const block of planned.appends) {
    if (!block.rows.length) continue;
    const box: CellBox = { a1: '', row: next, column: block.column, height: block.rows.length, width: block.width };
    sheet.getRangeByIndexes(box.row, box.column, box.height, box.width).values = block.rows.map((row) => row.slice()) as unknown[][];
    next += block.rows.length;
  }
}

function queueDecorations(sheet: Excel.Worksheet, planned: ResolvedSheet): void {
  for (const v of planned.validations) {
    const range = rangeOf(sheet, v);
    range.dataValidation.clear();
    range.dataValidation.rule = validationRule(v);
    // A suggesting list keeps what the rep types; Excel still asks once, so the choice is theirs.
    if ((v.kind === 'list' || v.kind === 'listFromRange') && v.allowOther) range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: '', message: '' };
  }
  for (const f of planned.numberFormats) rangeOf(sheet, f).numberFormat = filled(f, f.format);
  for (const style of planned.styles) {
    const format = rangeOf(sheet, style).format;
    if (style.bold !== undefined) format.font.bold = style.bold;
    if (style.italic !== undefined) format.font.italic = style.italic;
    if (style.wrap !== undefined) format.wrapText = style.wrap;
    if (style.fill) format.fill.color = style.fill;
    if (style.fontColor) format.font.color = style.fontColor;
    if (style.align) format.horizontalAlignment = style.align === 'left' ? 'Left' : style.align === 'center' ? 'Center' : 'Right';
  }
  for (const cf of planned.conditionalFormats) queueConditionalFormat(rangeOf(sheet, cf), cf);
  for (const w of planned.columnWidths) sheet.getRange(`${w.column}:${w.column}`).format.columnWidth = w.width * POINTS_PER_PIXEL;
  if (planned.frozenRows !== undefined && planned.frozenRows > 0) sheet.freezePanes.freezeRows(planned.frozenRows);
  if (planned.protection) for (const box of planned.protection.editable) rangeOf(sheet, box).format.protection.locked = false;
  if (planned.charts.length === 0) queueProtection(sheet, planned);
}

/**
 * The plan's print setup. Only where Excel has PageLayout: a call an older Excel does not know would
 * fail the whole batch, cells and all, and a sheet that prints at the default scale is no loss.
 */
function queuePrint(sheet: Excel.Worksheet, planned: ResolvedSheet): void {
  if (!planned.print) return;
  // 0 pages tall is the file format's "as many as it takes".
  if (planned.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (planned.print.orientation) sheet.pageLayout.orientation = planned.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
}

function queueProtection(sheet: Excel.Worksheet, planned: ResolvedSheet): void {
  if (planned.protection || planned.wasProtected) sheet.protection.protect(PROTECTION_OPTIONS);
}

/** Locked cells stay locked; formatting, sorting and filtering stay open, as in DealKit's own sheets. */
const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
  allowEditObjects: true,
};

function validationRule(v: ResolvedValidation): Excel.DataValidationRule {
  switch (v.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.items.join(',') } };
    case 'listFromRange':
      return { list: { inCellDropDown: true, source: `=${v.source}` } };
    case 'checkbox':
      return { list: { inCellDropDown: true, source: 'TRUE,FALSE' } };
    case 'number':
      if (v.min !== undefined && v.max !== undefined) return { decimal: { formula1: v.min, formula2: v.max, operator: 'Between' } };
      if (v.min !== undefined) return { decimal: { formula1: v.min, operator: 'GreaterThanOrEqualTo' } };
      if (v.max !== undefined) return { decimal: { formula1: v.max, operator: 'LessThanOrEqualTo' } };
      return { decimal: { formula1: -1e15, formula2: 1e15, operator: 'Between' } };
    case 'date':
      return { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
  }
}

const CELL_VALUE_OPERATORS = {
  gt: 'GreaterThan',
  gte: 'GreaterThanOrEqual',
  lt: 'LessThan',
  lte: 'LessThanOrEqual',
  eq: 'EqualTo',
  between: 'Between',
} as const;

function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function queueConditionalFormat(range: Excel.Range, cf: ResolvedConditionalFormat): void {
  const rule = cf.rule;
  let format: Excel.ConditionalRangeFormat;
  if (rule.kind === 'formula') {
    const added = range.conditionalFormats.add('Custom');
    added.custom.rule.formula = rule.formula;
    format = added.custom.format;
  } else {
    const added = range.conditionalFormats.add('CellValue');
    if (rule.kind === 'textEquals') {
      added.cellValue.rule = { formula1: `=${excelString(rule.text)}`, operator: 'EqualTo' };
    } else {
      const [a, b] = rule.values;
      added.cellValue.rule =
        rule.operator === 'between' ? { formula1: String(a), formula2: String(b ?? a), operator: 'Between' } : { formula1: String(a), operator: CELL_VALUE_OPERATORS[rule.operator] };
    }
    format = added.cellValue.format;
  }
  if (cf.fill) format.fill.color = cf.fill;
  if (cf.fontColor) format.font.color = cf.fontColor;
}

/** Funnel and waterfall are Excel chart types from ExcelApi 1.9; older hosts get a bar / column chart of the same data. */
export function excelChartType(kind: ResolvedChart['kind'], modern: boolean): 'Funnel' | 'Waterfall' | 'BarClustered' | 'ColumnClustered' | 'Line' | 'Pie' | 'XYScatter' {
  switch (kind) {
    case 'funnel':
      return modern ? 'Funnel' : 'BarClustered';
    case 'waterfall':
      return modern ? 'Waterfall' : 'ColumnClustered';
    case 'bar':
      return 'BarClustered';
    case 'column':
      return 'ColumnClustered';
    case 'line':
      return 'Line';
    case 'pie':
      return 'Pie';
    case 'scatter':
      return 'XYScatter';
  }
}

function queueChart(sheet: Excel.Worksheet, chart: ResolvedChart, modern: boolean): void {
  const type = excelChartType(chart.kind, modern);
  // A scatter's series are its columns after the first, whatever the block's shape; 'Auto' may read a tall block by rows.
  const added = sheet.charts.add(type, rangeOf(sheet, chart.source), chart.kind === 'scatter' ? 'Columns' : 'Auto');
  added.title.text = type === excelChartType(chart.kind, true) ? chart.title : fallbackChartTitle(chart.title, chart.kind);
  added.setPosition(chart.anchor.a1);
  if (chart.width) added.width = chart.width * POINTS_PER_PIXEL;
  if (chart.height) added.height = chart.height * POINTS_PER_PIXEL;
}

/**
 * Adds the plan's charts in a batch of their own, after the caller synced queueResolvedPlan's writes,
 * then protects the sheets that carry them. Without charts: nothing, no round trip. Should Excel refuse
 * a funnel or waterfall, the charts of the sheets DealKit built in this run are read back (one round
 * trip), removed and drawn again as bar and column charts (one more); should that fail too, the sheets
 * are protected again and the operation fails saying the cells were written but the charts were not.
 */
export async function writeCharts(context: Excel.RequestContext, resolved: ResolvedPlan, options: Pick<QueueOptions, 'modernCharts'> = {}): Promise<void> {
  const withCharts = resolved.sheets.filter((planned) => planned.charts.length > 0);
  if (withCharts.length === 0) return;
  const modern = options.modernCharts ?? modernChartsSupported();
  const queueAll = (asModern: boolean): void => {
    for (const planned of withCharts) {
      const sheet = context.workbook.worksheets.getItem(planned.name);
      for (const chart of planned.charts) queueChart(sheet, chart, asModern);
      queueProtection(sheet, planned);
    }
  };
  queueAll(modern);
  try {
    await context.sync();
    return;
  } catch (refusal) {
    if (modern && (await drawAgainAsClassic(context, withCharts, () => queueAll(false)))) return;
    await protectWhatIsLeftOpen(context, withCharts).catch(() => undefined);
    const sheets = withCharts.map((planned) => planned.name).join(', ');
    const reason = refusal instanceof Error ? refusal.message : String(refusal);
    throw new DealKitError(
      text(
        `The cells of ${sheets} are written, but Excel refused their charts (${reason}). Insert them from the sheet's data by hand.`,
        `${sheets} 的单元格已写入，但 Excel 拒绝了其中的图表（${reason}）。请根据表中数据手动插入图表。`,
      ),
    );
  }
}

/** A refused batch applies its calls up to the refused one: protections queued after it were not. */
async function protectWhatIsLeftOpen(context: Excel.RequestContext, withCharts: readonly ResolvedSheet[]): Promise<void> {
  const guarded = withCharts
    .filter((planned) => planned.protection || planned.wasProtected)
    .map((planned) => {
      const sheet = context.workbook.worksheets.getItem(planned.name);
      sheet.protection.load('protected');
      return { sheet, planned };
    });
  if (guarded.length === 0) return;
  await context.sync();
  for (const { sheet, planned } of guarded) if (!sheet.protection.protected) queueProtection(sheet, planned);
  await context.sync();
}

async function drawAgainAsClassic(context: Excel.RequestContext, withCharts: readonly ResolvedSheet[], queueClassic: () => void): Promise<boolean> {
  try {
    // Office.js applies a batch's calls in order up to the refused one: some charts may exist already.
    const built = withCharts.filter((planned) => planned.action !== 'existing');
    const collections = built.map((planned) => {
      const charts = context.workbook.worksheets.getItem(planned.name).charts;
      charts.load('items/name');
      return charts;
    });
    await context.sync();
    for (const charts of collections) for (const chart of charts.items) chart.delete();
    queueClassic();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Read, one sync, resolve for Excel, queue, one sync, charts, one sync: the whole insertion in two
 * round trips, three when the plan has charts.
 * Probing an owned sheet's A1 goes through getItemOrNullObject(…).getRange('A1'); should a host refuse
 * a call on a null sheet, the read is made again in two steps (names, then A1 of the sheets that exist),
 * costing two more round trips (the refused one and the extra step) rather than failing the operation.
 */
export async function applyPlan(context: Excel.RequestContext, plan: WritePlan, options: Omit<QueueOptions, 'lastRows' | 'ownedCharts'> = {}): Promise<ResolvedPlan> {
  let read = queueWorkbookRead(context, plan);
  try {
    await context.sync();
  } catch (error) {
    if (!plan.sheets.some((s) => s.target.kind === 'owned')) throw error;
    read = await readInTwoSteps(context, plan);
  }
  const resolved = resolvePlan(plan, read.state(), 'excel');
  queueResolvedPlan(context, resolved, { ...options, lastRows: read.lastRows(), ownedCharts: read.ownedCharts() });
  await context.sync();
  await writeCharts(context, resolved, options);
  return resolved;
}

async function readInTwoSteps(context: Excel.RequestContext, plan: WritePlan): Promise<PendingWorkbookRead> {
  const names = queueWorkbookRead(context);
  await context.sync();
  const first = names.state();
  const candidates = new Set(ownedCandidateNames(plan).map((n) => n.toLowerCase()));
  const probes = first.sheets
    .filter((sheet) => candidates.has(sheet.name.toLowerCase()))
    .map((sheet) => {
      const target = context.workbook.worksheets.getItem(sheet.name);
      const a1 = target.getRange('A1');
      a1.load('values');
      const charts = target.charts;
      charts.load('items/name');
      return { name: sheet.name, a1, charts };
    });
  const rest = queueWorkbookRead(context, { sheets: plan.sheets.filter((s) => s.target.kind !== 'owned') });
  await context.sync();
  return {
    state: () => ({
      sheets: first.sheets.map((sheet) => ({ name: sheet.name, a1: probes.find((p) => p.name === sheet.name)?.a1.values?.[0]?.[0] })),
      namedRanges: first.namedRanges,
    }),
    lastRows: () => rest.lastRows(),
    ownedCharts: () => Object.fromEntries(probes.map((p) => [p.name, p.charts.items])),
  };
}
