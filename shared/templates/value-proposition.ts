import { text, tr, type Locale, type Text } from '../i18n';
import type { A1 } from '../plan';
import { dealkitCall } from './dealkit-call';
import { cellAt, columnLettersOfNumber, parseCellNumbers, rangeAt } from '../a1';
import {
  BENEFITS_DECREASE,
  BENEFITS_INCREASE,
  COST_CATEGORIES,
  BUSINESS_MODEL_GRADES,
  INVESTMENT_KINDS,
  PAIN_SHEET_BLOCKS,
  PAIN_SHEET_COLUMNS,
  PAIN_SHEET_ROWS,
  REFERENCE_STORY_PARTS,
  TITLED_VALUE_STATEMENTS,
  type CostCategory,
} from './method-data';
import { PALETTE, lightColours } from './palette';
import { SETTINGS_NAMES } from '../settings/names';
import { SheetBuilder } from './sheet-builder';
import { painSuggestions, rootNeedInput, typicalPainsTable } from './typical-pains';
import type { TemplateSheetBuild } from './template-build';
import { AMOUNT_FORMAT } from '../numbers/amount-format';
import { DEAL_ID_LABEL } from '../deals/deal-sheet';

export const VALUE_SHEET_KEY = 'value';

export interface ValuePropositionOptions {
  readonly locale: Locale;
}

/** Years 0…5: year 0 is the investment year and is never discounted. */
export const VALUE_PERIODS = 6;
const BENEFIT_ROWS_EACH = 4;

export interface ValuePropositionLayout {
  readonly sheetKey: string;
  readonly account: A1;
  readonly opportunity: A1;
  /** The Deal ID beside its label (shared/deals/deal-sheet.ts): what joins the sheet to its pipeline row. */
  readonly dealId: A1;
  /** When the figures were last worked on: of two value propositions for one deal, the later one counts. */
  readonly date: A1;
  /** How many years after year 0 the figures count (1–5). */
  readonly periodsCounted: A1;
  readonly discountRate: A1;
  /** Column letters of years 0…5. */
  readonly periodColumns: readonly string[];
  readonly benefits: readonly { readonly direction: 'increase' | 'decrease'; readonly row: number; readonly item: A1; readonly amounts: A1 }[];
  readonly costs: Readonly<Record<CostCategory['id'], A1>>;
  readonly investment: Readonly<Record<'hardware' | 'software' | 'services', A1>>;
  readonly totals: { readonly benefits: A1; readonly costs: A1; readonly risks: A1; readonly netCashFlow: A1; readonly cumulative: A1 };
  readonly results: { readonly netValue: A1; readonly roi: A1; readonly payback: A1; readonly npv: A1; readonly irr: A1 };
  readonly statements: readonly { readonly number: number; readonly slots: readonly A1[]; readonly result: A1 }[];
  readonly referenceStory: Readonly<Record<string, A1>>;
  readonly painSheet: {
    readonly person: A1;
    readonly title: A1;
    readonly pain: A1;
    /** Make money, save money or manage risk: what the pain comes back to. */
    readonly rootNeed: A1;
    /** The typical pains of the title typed above, across the Pain row; the Pain dropdown offers them. */
    readonly suggestions: A1;
    /** By row id (reasons, impact, capabilities) then question id (open, control, confirming). */
    readonly blocks: Readonly<Record<string, Readonly<Record<string, A1>>>>;
  };
  readonly grade: { readonly valueToCustomer: A1; readonly valueToUs: A1; readonly strategic: A1; readonly grade: A1; readonly meaning: A1 };
}

const T = {
  sheetName: text('Value proposition', '价值主张'),
  title: text('Value proposition', '价值主张'),
  intro: text('Value = benefits − (costs + risks). Fill in the shaded cells; results update as you type.', '价值 = 收益 −（成本 + 风险）。填写带底色的单元格，结果随之更新。'),
  account: text('Account', '客户'),
  opportunity: text('Opportunity', '商机'),
  date: text('Date', '日期'),
  assumptions: text('Assumptions', '基本假设'),
  periods: text('Years counted after year 0 (1–5)', '第 0 年之后计入的年数（1–5）'),
  discount: text('Discount rate per year', '年折现率'),
  currency: text('Currency', '币种'),
  cashFlows: text('Cash flows by year', '逐年现金流'),
  line: text('Line', '类别'),
  item: text('Item', '项目'),
  yearFormat: text('"Year "0', '"第"0"年"'),
  increase: text('Benefit: increase', '收益：增加'),
  decrease: text('Benefit: decrease', '收益：减少'),
  totalBenefits: text('Total benefits', '收益合计'),
  cost: text('Cost', '成本'),
  investment: text('Investment', '投资'),
  totalCosts: text('Total costs (incl. investment)', '成本合计（含投资）'),
  risks: text('Risks and opportunity costs', '风险与机会成本'),
  net: text('Net cash flow', '净现金流'),
  cumulative: text('Cumulative', '累计'),
  results: text('Results', '结果'),
  netValue: text('Net value', '净价值'),
  roi: text('Return on investment (ROI)', '投资回报率（ROI）'),
  payback: text('Payback (years)', '回收期（年）'),
  npv: text('Net present value (NPV; year 0 not discounted)', '净现值（NPV，第 0 年不折现）'),
  irr: text('Internal rate of return (IRR)', '内部收益率（IRR）'),
  statements: text('Value statements (fill every slot of a statement you use)', '价值陈述（所用陈述的每个空都要填写）'),
  statement: text('Statement', '陈述'),
  story: text('Reference story', '成功案例'),
  pain: text('Pain sheet (9 blocks)', '痛苦清单（九宫格）'),
  painPerson: text('Key player', '关键人物'),
  painTitle: text('Title', '职位'),
  painPain: text('Pain', '痛苦'),
  painRootNeed: text('Root need (make money, save money or manage risk)', '基本需求（赚钱、省钱或管理风险）'),
  grade: text('Business-model grade', '商业模式评级'),
  valueToCustomer: text('Value to the customer (1–5)', '对客户的价值（1–5）'),
  valueToUs: text('Value to us (1–5)', '对我方的价值（1–5）'),
  strategic: text('Strategic for the customer?', '对客户有战略意义？'),
  gradeResult: text('Grade', '评级'),
  gradeScale: text('Grades', '评级说明'),
  prompts: text('Questions to start from', '参考提问'),
};

/**
 * The value-proposition sheet: benefits, costs and investment by year, the value figures (DealKit's
 * NETVALUE, ROI, PAYBACK beside the host's own NPV and IRR), the six value statements, the reference
 * story, the pain sheet and the business-model grade.
 */
export function valuePropositionTemplate(options: ValuePropositionOptions): TemplateSheetBuild<ValuePropositionLayout> {
  const { locale } = options;
  const L = (t: Text): string => tr(t, locale);
  const b = new SheetBuilder(VALUE_SHEET_KEY, { kind: 'new', baseName: L(T.sheetName) }, { activate: true });
  const firstPeriodCol = 3; // C
  const lastPeriodCol = firstPeriodCol + VALUE_PERIODS - 1; // H
  const periodColumns = Array.from({ length: VALUE_PERIODS }, (_, i) => columnLettersOfNumber(firstPeriodCol + i));
  const across = (row: number): A1 => rangeAt(firstPeriodCol, row, lastPeriodCol, row);
  const section = (row: number, label: Text): void => {
    b.value(`A${row}`, L(label));
    b.style({ range: `A${row}:H${row}`, bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  };
  const inputFill = (range: A1): void => {
    b.style({ range, fill: PALETTE.inputFill });
  };

  b.value('A1', L(T.title)).style({ range: 'A1', bold: true, fontColor: PALETTE.title });
  b.value('A2', L(T.intro)).style({ range: 'A2', italic: true, fontColor: PALETTE.muted });
  b.column('A3', [L(T.account), L(T.opportunity), L(DEAL_ID_LABEL)]);
  b.input('B3:B5');
  inputFill('B3:B5');
  // Not beside the Deal ID: the id is read from the first filled cell right of its label, so a blank id
  // must have nothing to its right.
  b.value('C3', L(T.date)).style({ range: 'C3', bold: true, align: 'right' });
  b.input('D3', { kind: 'date' });
  b.numberFormat('D3', 'yyyy-mm-dd');
  inputFill('D3');

  section(6, T.assumptions);
  b.column('A7', [L(T.periods), L(T.discount), L(T.currency)]);
  b.value('B7', 3).input('B7', { kind: 'number', min: 1, max: VALUE_PERIODS - 1 });
  b.value('B8', 0.1).input('B8', { kind: 'number', min: 0, max: 1 });
  b.numberFormat('B8', '0.0%');
  b.formula('B9', `=${SETTINGS_NAMES.currency}`);
  inputFill('B7:B8');

  section(11, T.cashFlows);
  b.row('A12', [L(T.line), L(T.item), ...periodColumns.map((_, i) => i)]);
  b.numberFormat(across(12), L(T.yearFormat));
  b.style({ range: 'A12:H12', bold: true, fill: PALETTE.headerFill });

  let row = 13;
  const benefits: { direction: 'increase' | 'decrease'; row: number; item: A1; amounts: A1 }[] = [];
  for (const [direction, items, label] of [
    ['increase', BENEFITS_INCREASE, T.increase],
    ['decrease', BENEFITS_DECREASE, T.decrease],
  ] as const) {
    const first = row;
    for (let i = 0; i < BENEFIT_ROWS_EACH; i += 1) {
      b.value(`A${row}`, L(label));
      benefits.push({ direction, row, item: `B${row}`, amounts: across(row) });
      row += 1;
    }
    b.input(`B${first}:B${row - 1}`, { kind: 'list', items: items.map((item) => L(item.label)) });
  }
  const benefitFirst = 13;
  const benefitLast = row - 1;
  const totalBenefitsRow = row;
  row += 1;

  const costs = {} as Record<CostCategory['id'], A1>;
  const costRow = {} as Record<CostCategory['id'], number>;
  for (const category of COST_CATEGORIES) {
    b.row(`A${row}`, [L(T.cost), L(category.label)]);
    costs[category.id] = across(row);
    costRow[category.id] = row;
    row += 1;
  }
  const investment = {} as Record<'hardware' | 'software' | 'services', A1>;
  const investmentFirst = row;
  for (const kind of INVESTMENT_KINDS) {
    b.row(`A${row}`, [L(T.investment), L(kind.label)]);
    investment[kind.id] = across(row);
    row += 1;
  }
  const investmentLast = row - 1;
  const amountInputs = rangeAt(firstPeriodCol, benefitFirst, lastPeriodCol, benefitLast);
  const costInputs = rangeAt(firstPeriodCol, costRow.acquisition, lastPeriodCol, investmentLast);
  b.input(amountInputs, { kind: 'number', min: 0 });
  b.input(costInputs, { kind: 'number', min: 0 });
  inputFill(`B${benefitFirst}:H${benefitLast}`);
  inputFill(costInputs);
  b.numberFormat(rangeAt(firstPeriodCol, benefitFirst, lastPeriodCol, row + 3), AMOUNT_FORMAT);

  const totalCostsRow = row;
  const risksRow = row + 1;
  const netRow = row + 2;
  const cumulativeRow = row + 3;
  b.column(`A${totalBenefitsRow}`, [L(T.totalBenefits)]);
  b.column(`A${totalCostsRow}`, [L(T.totalCosts), L(T.risks), L(T.net), L(T.cumulative)]);
  const costCells = (col: string): string => `SUM(${col}${costRow.acquisition}:${col}${costRow.usage},${col}${investmentFirst}:${col}${investmentLast})`;
  periodColumns.forEach((col) => {
    const counted = (expr: string): string => `=IF(${col}$12<=$B$7,${expr},0)`;
    b.formula(`${col}${totalBenefitsRow}`, counted(`SUM(${col}${benefitFirst}:${col}${benefitLast})`));
    b.formula(`${col}${totalCostsRow}`, counted(costCells(col)));
    b.formula(`${col}${risksRow}`, counted(`${col}${costRow.opportunity}`));
    b.formula(`${col}${netRow}`, `=${col}${totalBenefitsRow}-${col}${totalCostsRow}-${col}${risksRow}`);
    b.formula(`${col}${cumulativeRow}`, `=SUM($C$${netRow}:${col}${netRow})`);
  });
  for (const r of [totalBenefitsRow, totalCostsRow, risksRow, netRow, cumulativeRow]) {
    b.style({ range: `A${r}:H${r}`, bold: r === netRow || r === totalBenefitsRow || r === totalCostsRow, fill: PALETTE.resultFill });
  }
  b.conditional({ range: across(netRow), rule: { kind: 'number', operator: 'lt', values: [0] }, fontColor: PALETTE.redFont });
  b.conditional({ range: across(cumulativeRow), rule: { kind: 'number', operator: 'lt', values: [0] }, fontColor: PALETTE.redFont });

  // Results
  row = cumulativeRow + 2;
  section(row, T.results);
  const resultsFirst = row + 1;
  b.column(`A${resultsFirst}`, [L(T.netValue), L(T.roi), L(T.payback), L(T.npv), L(T.irr)]);
  const benefitsRange = across(totalBenefitsRow);
  const costsRange = across(totalCostsRow);
  const risksRange = across(risksRow);
  const costsAndRisks = rangeAt(firstPeriodCol, totalCostsRow, lastPeriodCol, risksRow);
  const netRange = across(netRow);
  const results = {
    netValue: `B${resultsFirst}`,
    roi: `B${resultsFirst + 1}`,
    payback: `B${resultsFirst + 2}`,
    npv: `B${resultsFirst + 3}`,
    irr: `B${resultsFirst + 4}`,
  };
  b.formula(results.netValue, `=${dealkitCall('NETVALUE', [benefitsRange, costsRange, risksRange])}`);
  // ROI and PAYBACK explain themselves with an error on impossible input; a blank sheet is not that.
  b.formula(results.roi, `=IF(SUM(${costsAndRisks})<=0,"",${dealkitCall('ROI', [benefitsRange, costsAndRisks])})`);
  b.formula(results.payback, `=IF(COUNT(${amountInputs},${costInputs})=0,"",${dealkitCall('PAYBACK', [netRange])})`);
  b.formula(results.npv, `=C${netRow}+NPV($B$8,D${netRow}:H${netRow})`);
  b.formula(results.irr, `=IFERROR(IRR(${netRange}),"")`);
  b.numberFormat(results.netValue, AMOUNT_FORMAT);
  b.numberFormat(results.roi, '0%');
  b.numberFormat(results.payback, '0.0');
  b.numberFormat(results.npv, AMOUNT_FORMAT);
  b.numberFormat(results.irr, '0.0%');
  b.style({ range: `B${resultsFirst}:B${resultsFirst + 4}`, bold: true, fill: PALETTE.resultFill });
  for (const cell of [results.netValue, results.npv]) {
    b.conditional({ range: cell, rule: { kind: 'number', operator: 'gt', values: [0] }, ...lightColours('green') });
    b.conditional({ range: cell, rule: { kind: 'number', operator: 'lt', values: [0] }, ...lightColours('red') });
  }

  // Value statements: slot names, the slots, the sentence
  row = resultsFirst + 6;
  section(row, T.statements);
  row += 1;
  const statements = TITLED_VALUE_STATEMENTS.map((shape) => {
    const slotCols = shape.slots.map((_, i) => 2 + i); // B, C, D, E
    b.value(`A${row}`, `${shape.number}. ${L(shape.title)}`).style({ range: `A${row}`, bold: true });
    shape.slots.forEach((slot, i) => b.value(cellAt(slotCols[i], row), L(slot.label)));
    b.style({ range: rangeAt(2, row, 1 + shape.slots.length, row), italic: true, fontColor: PALETTE.muted, wrap: true });
    const slotRow = row + 1;
    const slots = slotCols.map((col) => cellAt(col, slotRow));
    const slotRange = rangeAt(2, slotRow, 1 + shape.slots.length, slotRow);
    b.input(slotRange);
    b.style({ range: slotRange, fill: PALETTE.inputFill, wrap: true });
    const resultRow = row + 2;
    const result = `B${resultRow}`;
    b.value(`A${resultRow}`, L(T.statement));
    b.formula(result, `=IF(COUNTA(${slotRange})=0,"",${dealkitCall('VALUE_STATEMENT', [String(shape.number), ...slots])})`);
    b.style({ range: result, italic: true });
    row += 3;
    return { number: shape.number, slots, result };
  });

  // Reference story
  row += 1;
  section(row, T.story);
  row += 1;
  const referenceStory: Record<string, A1> = {};
  const storyFirst = row;
  for (const part of REFERENCE_STORY_PARTS) {
    b.value(`A${row}`, L(part.label)).value(`C${row}`, L(part.description));
    referenceStory[part.id] = `B${row}`;
    row += 1;
  }
  b.input(`B${storyFirst}:B${row - 1}`);
  b.style({ range: `B${storyFirst}:B${row - 1}`, fill: PALETTE.inputFill, wrap: true });
  b.style({ range: `C${storyFirst}:C${row - 1}`, italic: true, fontColor: PALETTE.muted });

  // Pain sheet: one pain of one person, three rows by three kinds of question
  row += 1;
  section(row, T.pain);
  row += 1;
  b.column(`A${row}`, [L(T.painPerson), L(T.painTitle), L(T.painPain), L(T.painRootNeed)]);
  const painHead = { person: `B${row}`, title: `B${row + 1}`, pain: `B${row + 2}`, rootNeed: `B${row + 3}` };
  b.input(painHead.person);
  rootNeedInput(b, painHead.rootNeed, locale);
  inputFill(`B${row}:B${row + 3}`);
  row += 4;
  const nQ = PAIN_SHEET_COLUMNS.length;
  // The questions to start each block from sit beside the grid, in the same places.
  const promptCol = 2 + nQ + 1;
  PAIN_SHEET_COLUMNS.forEach((q, i) => {
    b.value(cellAt(2 + i, row), L(q.label));
    b.value(cellAt(promptCol + i, row), L(q.label));
  });
  b.value(cellAt(promptCol, row - 1), L(T.prompts)).style({ range: cellAt(promptCol, row - 1), bold: true });
  b.style({ range: rangeAt(1, row, 1 + nQ, row), bold: true, fill: PALETTE.headerFill });
  b.style({ range: rangeAt(promptCol, row, promptCol + nQ - 1, row), bold: true, fill: PALETTE.headerFill });
  row += 1;
  const blocks: Record<string, Record<string, A1>> = {};
  const gridFirst = row;
  for (const r of PAIN_SHEET_ROWS) {
    b.value(`A${row}`, L(r.label)).style({ range: `A${row}`, bold: true });
    blocks[r.id] = {};
    PAIN_SHEET_COLUMNS.forEach((q, i) => {
      blocks[r.id][q.id] = cellAt(2 + i, row);
      const block = PAIN_SHEET_BLOCKS.find((k) => k.row === r.id && k.column === q.id);
      if (block) b.value(cellAt(promptCol + i, row), `${block.number}. ${L(block.prompt)}`);
    });
    row += 1;
  }
  const grid = rangeAt(2, gridFirst, 1 + nQ, row - 1);
  b.input(grid);
  b.style({ range: grid, fill: PALETTE.inputFill, wrap: true });
  b.style({ range: rangeAt(promptCol, gridFirst, promptCol + nQ - 1, row - 1), italic: true, wrap: true, fontColor: PALETTE.muted });
  const typicalPains = typicalPainsTable(b, row + 1, locale);
  const { suggestions: painSuggestionCells } = painSuggestions(b, { ...painHead, suggestionRow: parseCellNumbers(painHead.pain).row, sheetKey: VALUE_SHEET_KEY }, typicalPains, locale);
  row = typicalPains.lastRow;

  // Business-model grade
  row += 1;
  section(row, T.grade);
  row += 1;
  b.column(`A${row}`, [L(T.valueToCustomer), L(T.valueToUs), L(T.strategic), L(T.gradeResult)]);
  const grade = {
    valueToCustomer: `B${row}`,
    valueToUs: `B${row + 1}`,
    strategic: `B${row + 2}`,
    grade: `B${row + 3}`,
    meaning: `C${row + 3}`,
  };
  b.input(`B${row}:B${row + 1}`, { kind: 'number', min: 1, max: 5 });
  b.value(grade.strategic, false).input(grade.strategic, { kind: 'checkbox' });
  inputFill(`B${row}:B${row + 2}`);
  const scaleFirst = row + 5;
  const scaleLast = scaleFirst + BUSINESS_MODEL_GRADES.length - 1;
  b.formula(grade.grade, `=IF(OR(${grade.valueToCustomer}="",${grade.valueToUs}=""),"",${dealkitCall('DEAL_GRADE', [grade.valueToCustomer, grade.valueToUs, grade.strategic])})`);
  b.formula(grade.meaning, `=IFERROR(INDEX($C$${scaleFirst}:$C$${scaleLast},MATCH(${grade.grade},$A$${scaleFirst}:$A$${scaleLast},0)),"")`);
  b.style({ range: grade.grade, bold: true, align: 'center', fill: PALETTE.resultFill });
  for (const [letter, light] of [
    ['A', 'green'],
    ['B', 'green'],
    ['C', 'amber'],
    ['D', 'red'],
    ['E', 'red'],
  ] as const) {
    b.conditional({ range: grade.grade, rule: { kind: 'textEquals', text: letter }, ...lightColours(light) });
  }
  b.value(`A${scaleFirst - 1}`, L(T.gradeScale)).style({ range: `A${scaleFirst - 1}`, bold: true });
  BUSINESS_MODEL_GRADES.forEach((g, i) => b.row(`A${scaleFirst + i}`, [g.id, L(g.label), L(g.description)]));
  b.style({ range: `A${scaleFirst}:A${scaleLast}`, align: 'center' });

  b.width('A', 300).width('B', 240);
  for (const col of periodColumns) b.width(col, 130);
  b.freeze(2);

  return {
    sheet: b.build(),
    inputs: b.inputs(),
    layout: {
      sheetKey: VALUE_SHEET_KEY,
      account: 'B3',
      opportunity: 'B4',
      dealId: 'B5',
      date: 'D3',
      periodsCounted: 'B7',
      discountRate: 'B8',
      periodColumns,
      benefits,
      costs,
      investment,
      totals: { benefits: benefitsRange, costs: costsRange, risks: risksRange, netCashFlow: netRange, cumulative: across(cumulativeRow) },
      results,
      statements,
      referenceStory,
      painSheet: { ...painHead, suggestions: painSuggestionCells, blocks },
      grade,
    },
  };
}

/** The labels the roll-up finds a value proposition's results by (shared/deals/value-summary.ts), whatever cell they moved to. */
export const VALUE_RESULT_LABELS = {
  netValue: T.netValue,
  grade: T.gradeResult,
  businessModel: T.grade,
  date: T.date,
} as const;
