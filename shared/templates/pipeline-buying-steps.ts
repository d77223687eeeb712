import { text, tr, type Locale, type Text } from '../i18n';
import { sheetToken, type A1 } from '../plan';
import { absoluteA1, boxToA1, cellAt, columnLettersOfNumber, parseA1, rangeAt } from '../a1';
import { BUYING_PROCESSES, buyingStepWord } from '../methods/buying-process';
import type { LadderId } from '../methods/types';
import { LADDERS } from './method-data';
import { PALETTE, lightColours } from './palette';
import type { SheetBuilder } from './sheet-builder';

/*
 * The customer's buying process on the pipeline sheet: a reference table pairing each selling stage
 * with the buying step it expects (and listing every step, the dropdown's source), and two per-row
 * columns beside the deal table, the step the stage expects and how many steps the rep's evidenced
 * step lags it. Plain INDEX/MATCH over this sheet's own cells, which every host computes without a
 * DealKit call, so the flag works in a file opened without the add-in.
 */

export const BUYING_STEP_TEXTS = {
  expected: text('Buying step expected at this stage', '本阶段应有的客户购买步骤'),
  behind: text('Buying steps behind', '购买步骤落后数'),
  section: text('Selling stage and the customer’s buying step', '销售阶段与客户购买步骤'),
  note: text(
    'Record in the buying-step column the step the customer has evidently reached. A deal whose customer is behind the step its stage expects is flagged red.',
    '在“客户购买步骤”列中记录客户有据可查已到达的步骤。客户落后于本阶段应有步骤的商机标为红色。',
  ),
  headers: [text('Stage', '阶段'), text('Stage name', '阶段名称'), text('Step no.', '步骤编号'), text('Expected buying step', '应有的客户购买步骤')],
} satisfies Record<string, Text | readonly Text[]>;

export interface BuyingStepsLayout {
  /** Column letter of the per-row "step expected" column. */
  readonly expected: string;
  /** Column letter of the per-row "steps behind" column. */
  readonly behind: string;
  /** The stage ↔ step table's data rows (stage code, name, step number, step), without its header. */
  readonly stageTable: A1;
  /** Every step, one per row, in order: the dropdown's source. */
  readonly stepList: A1;
}

export interface BuyingStepsPlace {
  readonly ladder: LadderId;
  readonly locale: Locale;
  readonly sheetKey: string;
  readonly headerRow: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Column letters of the deal's stage and of the rep's evidenced buying step. */
  readonly stageColumn: string;
  readonly buyingStepColumn: string;
  /** 1-based column number of the two per-row columns (expected, then behind). */
  readonly rowColumns: number;
  /** 1-based column and row of the reference table's title. */
  readonly tableColumn: number;
  readonly tableRow: number;
}

/** One column of a table, absolute: "$AB$9:$AB$16". */
function tableColumn(table: A1, offset: number): string {
  const box = parseA1(table);
  return absoluteA1(parseA1(boxToA1(box.row, box.column + offset, box.height, 1)));
}

/** The row formula for "steps behind": blank without a stage or a step, for a won or lost deal, or a stage the ladder does not pair. */
export function buyingBehindFormula(stage: string, step: string, wonCode: string, stageTable: A1, stepList: A1): string {
  const codes = tableColumn(stageTable, 0);
  const numbers = tableColumn(stageTable, 2);
  const list = absoluteA1(parseA1(stepList));
  // The list is in step order, so a step's place in it is its number.
  const recorded = `MATCH(${step},${list},0)`;
  return `=IF(OR(${stage}="",${step}="",${stage}="${wonCode}"),"",IFERROR(MAX(0,INDEX(${numbers},MATCH(${stage},${codes},0))-${recorded}),""))`;
}

export function addBuyingSteps(b: SheetBuilder, place: BuyingStepsPlace): BuyingStepsLayout {
  const L = (t: Text): string => tr(t, place.locale);
  const process = BUYING_PROCESSES[place.ladder];
  const stages = LADDERS[place.ladder].stages;
  const wonCode = stages[stages.length - 1].code;

  // Reference table: the stage ↔ step pairs, then every step as the dropdown's source.
  const c = place.tableColumn;
  let r = place.tableRow;
  b.value(cellAt(c, r), `${L(BUYING_STEP_TEXTS.section)} — ${L(process.name)}`);
  b.style({ range: rangeAt(c, r, c + 3, r), bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  r += 1;
  b.value(cellAt(c, r), L(BUYING_STEP_TEXTS.note)).style({ range: cellAt(c, r), italic: true, fontColor: PALETTE.muted });
  r += 1;
  b.row(cellAt(c, r), BUYING_STEP_TEXTS.headers.map(L));
  b.style({ range: rangeAt(c, r, c + 3, r), bold: true, fill: PALETTE.headerFill });
  const pairsFirst = r + 1;
  const paired = stages.filter((stage) => process.expected[stage.code] !== undefined);
  paired.forEach((stage, i) => {
    const step = process.steps[process.expected[stage.code] - 1];
    b.row(cellAt(c, pairsFirst + i), [stage.code, L(stage.label), step.number, buyingStepWord(step, place.locale)]);
  });
  const stageTable = rangeAt(c, pairsFirst, c + 3, pairsFirst + paired.length - 1);
  r = pairsFirst + paired.length + 1;
  b.value(cellAt(c, r), L(process.name)).style({ range: cellAt(c, r), bold: true, fill: PALETTE.headerFill });
  const listFirst = r + 1;
  b.column(
    cellAt(c, listFirst),
    process.steps.map((step) => buyingStepWord(step, place.locale)),
  );
  const stepList = rangeAt(c, listFirst, c, listFirst + process.steps.length - 1);

  // The rep's evidenced step picks from the list above, in this sheet.
  const stepRange = `${place.buyingStepColumn}${place.firstRow}:${place.buyingStepColumn}${place.lastRow}`;
  b.input(stepRange, { kind: 'listFromRange', source: `${sheetToken(place.sheetKey)}!${absoluteA1(parseA1(stepList))}` });

  const expected = columnLettersOfNumber(place.rowColumns);
  const behind = columnLettersOfNumber(place.rowColumns + 1);
  b.row(`${expected}${place.headerRow}`, [L(BUYING_STEP_TEXTS.expected), L(BUYING_STEP_TEXTS.behind)]);
  b.style({ range: `${expected}${place.headerRow}:${behind}${place.headerRow}`, bold: true, fill: PALETTE.resultFill, wrap: true });
  const codes = tableColumn(stageTable, 0);
  const words = tableColumn(stageTable, 3);
  for (let row = place.firstRow; row <= place.lastRow; row += 1) {
    const stage = `$${place.stageColumn}${row}`;
    b.formula(`${expected}${row}`, `=IFERROR(INDEX(${words},MATCH(${stage},${codes},0)),"")`);
    b.formula(`${behind}${row}`, buyingBehindFormula(stage, `$${place.buyingStepColumn}${row}`, wonCode, stageTable, stepList));
  }
  const behindRange = `${behind}${place.firstRow}:${behind}${place.lastRow}`;
  b.numberFormat(behindRange, '0');
  b.conditional({ range: behindRange, rule: { kind: 'number', operator: 'gt', values: [0] }, ...lightColours('red') });
  // The rep's own cell is flagged too: it is where the eye is when the step is picked.
  b.conditional({
    range: stepRange,
    rule: { kind: 'formula', formula: `=AND(ISNUMBER($${behind}${place.firstRow}),$${behind}${place.firstRow}>0)` },
    ...lightColours('red'),
  });
  b.width(expected, 220).width(behind, 90);
  return { expected, behind, stageTable, stepList };
}
