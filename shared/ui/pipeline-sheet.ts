import { DealKitError } from '../errors';
import { text, type Locale } from '../i18n';
import { LADDER_IDS, type LadderId } from '../methods/types';
import type { PlanValue, ValueBlock, WritePlan } from '../plan';
import { boxToA1, parseA1 } from '../plan-resolve';
import { findPipelineTables, type PipelineTable } from '../pipeline/find-tables';
import { isoFromSerial, serialFromCell } from '../pipeline/dates';
import { amountFromCell } from '../pipeline/rollup';
import { DEFAULT_DECIMAL_MARK, type DecimalMark } from '../numbers/decimal-mark';
import type { DealUpdate, PipelineDeal, PipelineView } from './backend';
import { ladderFor, stageProof } from './method-data';
import type { SheetSnapshot } from './sheet-snapshot';

/**
 * Reading the pipeline table the Update-a-deal wizard works on, and the plan that writes one deal's
 * update. Tables are found by their headers (shared/pipeline), in the active sheet first.
 */

function sameCode(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The ladder whose stage codes the table's proof columns name most; the workbook's ladder otherwise. */
function ladderOf(table: PipelineTable, fallback: LadderId): LadderId {
  let best: LadderId = fallback;
  let bestHits = 0;
  for (const id of LADDER_IDS) {
    const hits = ladderFor(id).stages.filter((stage) => table.proofColumns.some((proof) => sameCode(proof.stageCode, stage.code))).length;
    if (hits > bestHits) {
      best = id;
      bestHits = hits;
    }
  }
  return best;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

function dateOf(value: unknown): string {
  const serial = serialFromCell(value);
  return serial === undefined ? textOf(value) : isoFromSerial(serial);
}

function ticked(value: unknown): boolean {
  if (value === true || value === 1) return true;
  if (typeof value === 'string') return ['true', 'x', 'yes', 'y', '✓', '✔', '是', '1'].includes(value.trim().toLowerCase());
  return false;
}

/** The amount as the roll-up reads it (text by the workbook's decimal mark); null when the cell holds none. */
function amountOf(value: unknown, decimalMark: DecimalMark): number | null {
  return amountFromCell(value, decimalMark) ?? null;
}

export interface FoundPipeline {
  readonly view: PipelineView;
  readonly table: PipelineTable;
}

/** The pipeline table of the active sheet, else of the first sheet holding one; null when there is none. */
export function findPipeline(
  sheets: readonly SheetSnapshot[],
  activeSheet: string,
  workbookLadder: LadderId = 'MILESTONES',
  decimalMark: DecimalMark = DEFAULT_DECIMAL_MARK,
): FoundPipeline | null {
  const { tables } = findPipelineTables(sheets.map((sheet) => ({ name: sheet.name, values: sheet.values })));
  const table = tables.find((candidate) => candidate.sheet === activeSheet) ?? tables[0];
  if (!table) return null;
  const ladderId = ladderOf(table, workbookLadder);
  const ladder = ladderFor(ladderId);
  const cell = (cells: readonly unknown[], id: keyof PipelineTable['columns']): unknown => {
    const column = table.columns[id];
    return column === undefined ? undefined : cells[column];
  };
  const deals: PipelineDeal[] = table.rows.map(({ row, cells }) => ({
    row,
    id: textOf(cell(cells, 'id')),
    account: textOf(cell(cells, 'account')),
    opportunity: textOf(cell(cells, 'opportunity')),
    owner: textOf(cell(cells, 'owner')),
    amount: amountOf(cell(cells, 'amount'), decimalMark),
    stage: textOf(cell(cells, 'stage')),
    stageEntered: dateOf(cell(cells, 'stageEntered')),
    closeDate: dateOf(cell(cells, 'closeDate')),
    nextStep: textOf(cell(cells, 'nextStep')),
    evidence: textOf(cell(cells, 'evidence')),
    proofs: ladder.stages.map((stage) => {
      const proof = table.proofColumns.find((candidate) => sameCode(candidate.stageCode, stage.code));
      return proof ? ticked(cells[proof.column]) : false;
    }),
  }));
  return {
    table,
    view: {
      sheetName: table.sheet,
      ladder: ladderId,
      stages: ladder.stages.map((stage) => ({ code: stage.code, label: stage.label, proof: stageProof(ladderId, stage.code) })),
      deals,
    },
  };
}

const REVIEW_WORDS = {
  finished: text('Finished', '已完成'),
  evidence: text('Evidence', '证据'),
  doingNow: text('Now', '当前'),
  preparingNext: text('Next', '下一步'),
};

/** The four review answers as one dated line, added under what the evidence cell already says. */
export function reviewLine(update: DealUpdate, locale: Locale): string {
  const parts = (Object.keys(REVIEW_WORDS) as (keyof typeof REVIEW_WORDS)[])
    .filter((key) => update.review[key].trim() !== '')
    .map((key) => `${REVIEW_WORDS[key][locale]}: ${update.review[key].trim()}`);
  return parts.length === 0 ? '' : `[${update.stageEntered || ''} ${update.stage}] ${parts.join('; ')}`;
}

/**
 * Days since 1899-12-30, as every host counts dates, so STALLED and the roll-up read the written
 * date as a date whatever the host's locale.
 */
export function serialFromIso(iso: string, argument: string): number {
  const serial = serialFromCell(iso);
  if (serial === undefined) {
    throw new DealKitError(text(`${argument}: "${iso}" is not a date (use yyyy-mm-dd)`, `${argument}：“${iso}”不是日期（请用 yyyy-mm-dd）`), argument);
  }
  return serial;
}

/**
 * The plan that writes one deal's update: stage, stage-entered date (when the stage changed), the
 * proof ticks, the next step (when the rep gave one) and the review appended to the evidence. The
 * row must still hold the same deal id the wizard read, or nothing is written.
 */
export function dealUpdatePlan(found: FoundPipeline, update: DealUpdate, locale: Locale): WritePlan {
  const { table, view } = found;
  const current = table.rows.find((candidate) => candidate.row === update.row);
  const idColumn = table.columns.id;
  const currentId = current && idColumn !== undefined ? textOf(current.cells[idColumn]) : '';
  if (!current || currentId !== update.dealId) {
    throw new DealKitError(
      text(
        `Sheet "${table.sheet}", row ${update.row}: the row no longer holds deal "${update.dealId}"; pick the deal again`,
        `工作表“${table.sheet}”第 ${update.row} 行已不是商机“${update.dealId}”；请重新选择商机`,
      ),
      `row ${update.row}`,
    );
  }
  const known = view.stages.some((stage) => sameCode(stage.code, update.stage)) || sameCode(update.stage, 'LOST');
  if (!known) {
    throw new DealKitError(
      text(`stage: "${update.stage}" is not a stage of the ${view.ladder} ladder`, `stage：“${update.stage}”不是 ${view.ladder} 阶段体系中的阶段`),
      'stage',
    );
  }
  const row0 = update.row - 1;
  const written = new Map<number, PlanValue>();
  const put = (column: number | undefined, value: PlanValue): void => {
    if (column !== undefined) written.set(column, value);
  };
  const previous = view.deals.find((deal) => deal.row === update.row);
  const stageChanged = !previous || !sameCode(previous.stage, update.stage);
  put(table.columns.stage, update.stage);
  const numberFormats = [];
  if (stageChanged && table.columns.stageEntered !== undefined) {
    put(table.columns.stageEntered, serialFromIso(update.stageEntered, 'stageEntered'));
    numberFormats.push({ range: boxToA1(row0, table.columns.stageEntered, 1, 1), format: 'yyyy-mm-dd' });
  }
  view.stages.forEach((stage, i) => {
    const proof = table.proofColumns.find((candidate) => sameCode(candidate.stageCode, stage.code));
    if (proof) put(proof.column, update.proofs[i] === true);
  });
  // The Next step cell is the rep's: replaced only by a non-blank answer the confirm step showed as
  // "old → new", and left alone when the rep chose to keep the old one.
  if (update.review.preparingNext.trim() !== '' && update.keepNextStep !== true) put(table.columns.nextStep, update.review.preparingNext.trim());
  const line = reviewLine(update, locale);
  if (line !== '' && table.columns.evidence !== undefined) {
    const before = textOf(current.cells[table.columns.evidence]);
    put(table.columns.evidence, before === '' ? line : `${before}\n${line}`);
  }
  return { sheets: [{ key: 'pipeline', target: { kind: 'existing', name: table.sheet }, values: rowBlocks(row0, written), numberFormats }] };
}

/** One block per run of adjacent written columns, so a host writes the row in as few calls as it can. */
function rowBlocks(row0: number, written: ReadonlyMap<number, PlanValue>): ValueBlock[] {
  const columns = [...written.keys()].sort((a, b) => a - b);
  const blocks: ValueBlock[] = [];
  let start = 0;
  while (start < columns.length) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1] === columns[end] + 1) end += 1;
    const run = columns.slice(start, end + 1);
    blocks.push({ at: boxToA1(row0, run[0], 1, run.length), rows: [run.map((column) => written.get(column) as PlanValue)] });
    start = end + 1;
  }
  return blocks;
}

/**
 * A sheet as it stands after a plan's value blocks for it are written: lets a host that must not
 * read again (Excel's two-sync budget) show the table it just updated.
 */
export function snapshotAfterPlan(sheet: SheetSnapshot, plan: WritePlan): SheetSnapshot {
  const values = sheet.values.map((row) => [...row]);
  for (const planned of plan.sheets) {
    if (planned.target.kind !== 'existing' || planned.target.name.toLowerCase() !== sheet.name.toLowerCase()) continue;
    for (const block of planned.values ?? []) {
      const box = parseA1(block.at);
      block.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          while (values.length <= box.row + r) values.push([]);
          const line = values[box.row + r];
          while (line.length < box.column + c) line.push('');
          line[box.column + c] = value;
        }),
      );
    }
  }
  return { ...sheet, values };
}
