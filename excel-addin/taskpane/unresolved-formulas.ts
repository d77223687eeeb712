/**
 * A DealKit formula Excel could not resolve when the file was opened (saved by another program, or
 * before the add-in was installed) stays #NAME? after the add-in loads: recalculating does not help
 * and Microsoft's only workaround is entering the formula again (office-js#6611, office-js#4185,
 * Excel-Custom-Functions#108). The task pane does that once when it opens, in one batch: one sync
 * reads every sheet's formulas and values, one sync re-enters the stuck DealKit formulas. A protected
 * sheet is unprotected for the write and protected again with the options it had, in the same batch.
 *
 * Sheets are walked with worksheets.getFirst() → getNextOrNullObject() as the roll-up does; a workbook
 * with more sheets than one walk covers, or a host that refuses calls on a null sheet, costs one more
 * read by name.
 */
import { callsAddinFunction, fromStoredAddinCalls } from '../../shared/addin-function-names';
import { CHAINED_SHEETS } from '../read-workbook';

export interface ReenteredFormulas {
  /** How many cells got their formula entered again. */
  readonly cells: number;
  /** The sheets they are on, in workbook order. */
  readonly sheets: readonly string[];
}

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly nullable: boolean;
}

interface StuckCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

function queueProbe(sheet: Excel.Worksheet, nullable: boolean): SheetProbe {
  sheet.load(`${nullable ? 'isNullObject,' : ''}name,protection/protected,protection/options`);
  const used = sheet.getUsedRangeOrNullObject();
  used.load('isNullObject,formulas,values,rowIndex,columnIndex');
  return { sheet, used, nullable };
}

function queueWalk(context: Excel.RequestContext): SheetProbe[] {
  let sheet = context.workbook.worksheets.getFirst();
  const probes = [queueProbe(sheet, false)];
  for (let i = 1; i < CHAINED_SHEETS; i += 1) {
    sheet = sheet.getNextOrNullObject();
    probes.push(queueProbe(sheet, true));
  }
  return probes;
}

function stuckCells(probe: SheetProbe): StuckCell[] {
  if (probe.used.isNullObject) return [];
  const out: StuckCell[] = [];
  probe.used.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula !== 'string' || !formula.startsWith('=') || probe.used.values[r]?.[c] !== '#NAME?') return;
      if (!callsAddinFunction(formula)) return;
      out.push({ row: probe.used.rowIndex + r, column: probe.used.columnIndex + c, formula: fromStoredAddinCalls(formula) });
    }),
  );
  return out;
}

async function readEverySheet(context: Excel.RequestContext): Promise<SheetProbe[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  let probes: SheetProbe[];
  try {
    probes = queueWalk(context);
    await context.sync();
  } catch {
    worksheets.load('items/name');
    await context.sync();
    probes = worksheets.items.map((ws) => queueProbe(worksheets.getItem(ws.name), false));
    await context.sync();
    return probes;
  }
  const walked = probes.filter((p) => !p.nullable || !p.sheet.isNullObject);
  const seen = new Set(walked.map((p) => p.sheet.name.toLowerCase()));
  const missing = worksheets.items.map((ws) => ws.name).filter((name) => !seen.has(name.toLowerCase()));
  if (missing.length === 0) return walked;
  const rest = missing.map((name) => queueProbe(worksheets.getItem(name), false));
  await context.sync();
  return [...walked, ...rest];
}

/**
 * Re-enters every DealKit formula that shows #NAME?, as typed (`=DEAL.QUALIFY(…)`), so Excel resolves
 * it against the loaded add-in. Unprotected sheets are written first: a sheet protected with a
 * password cannot be unprotected without it and fails the batch, and then only that sheet and the
 * protected ones after it keep their #NAME? cells.
 */
export async function reenterUnresolvedFormulas(context: Excel.RequestContext): Promise<ReenteredFormulas> {
  const probes = await readEverySheet(context);
  const work = probes.map((probe) => ({ probe, cells: stuckCells(probe) })).filter((w) => w.cells.length > 0);
  if (work.length === 0) return { cells: 0, sheets: [] };
  const ordered = [...work.filter((w) => !w.probe.sheet.protection.protected), ...work.filter((w) => w.probe.sheet.protection.protected)];
  for (const { probe, cells } of ordered) {
    const { sheet } = probe;
    const protectedWith = sheet.protection.protected ? sheet.protection.options : undefined;
    if (protectedWith) sheet.protection.unprotect();
    for (const cell of cells) sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).formulas = [[cell.formula]];
    if (protectedWith) sheet.protection.protect(protectedWith);
  }
  await context.sync();
  return { cells: work.reduce((n, w) => n + w.cells.length, 0), sheets: work.map((w) => w.probe.sheet.name) };
}
