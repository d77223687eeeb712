import { text, tr, type Locale, type Text } from '../i18n';
import type { A1 } from '../plan';
import { EVALUATION_EVENT_FIELDS, EVALUATION_EVENT_KINDS, FUNNEL_REVIEW_QUESTIONS, OBJECTIVE_PARTS, PLAN_STEPS } from './method-data';
import { PALETTE, lightColours } from './palette';
import { SheetBuilder } from './sheet-builder';
import type { TemplateSheetBuild } from './template-build';
import { AMOUNT_FORMAT } from '../numbers/amount-format';
import { DEAL_ID_LABEL } from '../deals/deal-sheet';
import { actionListBlock, type ActionListLayout } from './action-list-block';

export const ACTION_PLAN_SHEET_KEY = 'actionPlan';
/** Rows of the evaluation plan; the usual events fill the first ones. */
export const EVALUATION_ROWS = 14;

export interface ActionPlanOptions {
  readonly locale: Locale;
}

export interface ActionPlanLayout {
  readonly sheetKey: string;
  readonly account: A1;
  readonly opportunity: A1;
  /** The deal's id beside its Deal ID label: what joins the plan and its action list to the pipeline row. */
  readonly dealId: A1;
  /** The GOSAT (and CES Profile) text cells by step id. */
  readonly gosat: Readonly<Record<string, A1>>;
  readonly objectiveParts: { readonly product: A1; readonly amount: A1; readonly closeDate: A1 };
  /** Says whether the objective is specific, measurable and time-bound, or what it lacks. */
  readonly objectiveCheck: A1;
  /** The text the check shows when nothing is missing, in the sheet's language. */
  readonly objectiveOk: string;
  readonly evaluation: {
    readonly firstRow: number;
    readonly lastRow: number;
    readonly week: string;
    readonly event: string;
    readonly owner: string;
    readonly goNoGo: string;
    readonly billable: string;
    readonly outcome: string;
    readonly checkpoints: A1;
    readonly billableCount: A1;
  };
  readonly review: { readonly reviewedOn: A1; readonly answers: Readonly<Record<string, A1>> };
  /** Last, so actions added later grow down the sheet into empty rows. */
  readonly actions: ActionListLayout;
}

const T = {
  sheetName: text('Action plan', '行动计划'),
  title: text('Action plan', '行动计划'),
  account: text('Account', '客户'),
  opportunity: text('Opportunity', '商机'),
  gosat: text('Goal, profile, objective, strategy, actions, resources, test', '目标、概况、目的、策略、行动、资源、检验'),
  step: text('Step', '步骤'),
  plan: text('Our plan', '我们的计划'),
  guidance: text('What it should say', '应包含的内容'),
  parts: text('The objective names…', '目的中应写明……'),
  check: text('Objective check', '目的检查'),
  ok: text('✓ Specific, measurable and time-bound', '✓ 明确、可量化、有时限'),
  missing: text('Missing: ', '缺少：'),
  missingProduct: text('the product or service in the objective', '目的中的产品或服务'),
  missingAmount: text('the order amount', '订单金额'),
  missingDate: text('the close date', '成交日期'),
  separator: text('; ', '；'),
  evaluation: text('Evaluation plan (agreed with the customer)', '评估计划（与客户共同商定）'),
  owner: text('Owner', '负责人'),
  outcome: text('Outcome / notes', '结果 / 备注'),
  checkpoints: text('Go / no-go checkpoints', '检查点数量'),
  billableCount: text('Billable events', '收费活动数量'),
  review: text('Deal review: the four funnel questions', '商机复盘：漏斗四问'),
  reviewedOn: text('Reviewed on', '复盘日期'),
};

/** GOSAT with the objective check, the evaluation plan, the four CES review questions and the deal's action list. */
export function actionPlanTemplate(options: ActionPlanOptions): TemplateSheetBuild<ActionPlanLayout> {
  const { locale } = options;
  const L = (t: Text): string => tr(t, locale);
  const b = new SheetBuilder(ACTION_PLAN_SHEET_KEY, { kind: 'new', baseName: L(T.sheetName) }, { activate: true });
  const section = (row: number, label: Text): void => {
    b.value(`A${row}`, L(label));
    b.style({ range: `A${row}:F${row}`, bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  };
  const fill = (range: A1): void => {
    b.style({ range, fill: PALETTE.inputFill, wrap: true });
  };

  b.value('A1', L(T.title)).style({ range: 'A1', bold: true, fontColor: PALETTE.title });
  b.column('A2', [L(T.account), L(T.opportunity), L(DEAL_ID_LABEL)]).style({ range: 'A2:A4', bold: true });
  b.input('B2:B4');
  fill('B2:B4');

  // GOSAT
  section(5, T.gosat);
  b.row('A6', [L(T.step), L(T.plan), L(T.guidance)]);
  b.style({ range: 'A6:C6', bold: true, fill: PALETTE.headerFill });
  const gosat: Record<string, A1> = {};
  let row = 7;
  for (const step of PLAN_STEPS) {
    b.value(`A${row}`, L(step.label)).style({ range: `A${row}`, bold: true });
    if (step.guidance) b.value(`C${row}`, L(step.guidance));
    gosat[step.id] = `B${row}`;
    row += 1;
  }
  b.input(`B7:B${row - 1}`);
  fill(`B7:B${row - 1}`);
  b.style({ range: `C7:C${row - 1}`, italic: true, wrap: true, fontColor: PALETTE.muted });

  row += 1;
  b.value(`A${row}`, L(T.parts)).style({ range: `A${row}`, bold: true });
  row += 1;
  const part = (id: 'product' | 'amount' | 'closeDate'): string => {
    const found = OBJECTIVE_PARTS.find((p) => p.id === id);
    return found ? `${L(found.label)} — ${L(found.description)}` : id;
  };
  b.column(`A${row}`, [part('product'), part('amount'), part('closeDate'), L(T.check)]);
  const parts = { product: `B${row}`, amount: `B${row + 1}`, closeDate: `B${row + 2}` };
  b.input(parts.product);
  b.input(parts.amount, { kind: 'number', min: 0 });
  b.input(parts.closeDate, { kind: 'date' });
  b.numberFormat(parts.amount, AMOUNT_FORMAT);
  b.numberFormat(parts.closeDate, 'yyyy-mm-dd');
  fill(`B${row}:B${row + 2}`);
  const objectiveCheck = `B${row + 3}`;
  const objective = gosat.objective;
  const named = `AND(LEN(TRIM(${parts.product}))>0,ISNUMBER(SEARCH(TRIM(${parts.product}),${objective})))`;
  const measurable = `AND(ISNUMBER(${parts.amount}),${parts.amount}>0)`;
  const timed = `ISNUMBER(${parts.closeDate})`;
  const q = (t: Text): string => `"${L(t).replace(/"/g, '""')}"`;
  const sep = L(T.separator);
  const lacking = `IF(${named},"",${q(T.missingProduct)}&"${sep}")&IF(${measurable},"",${q(T.missingAmount)}&"${sep}")&IF(${timed},"",${q(T.missingDate)}&"${sep}")`;
  // The list of what is missing, less its last separator.
  b.formula(objectiveCheck, `=IF(AND(${named},${measurable},${timed}),${q(T.ok)},${q(T.missing)}&LEFT(${lacking},LEN(${lacking})-${sep.length}))`);
  b.style({ range: objectiveCheck, bold: true });
  b.conditional({ range: objectiveCheck, rule: { kind: 'textEquals', text: L(T.ok) }, ...lightColours('green') });
  b.conditional({ range: objectiveCheck, rule: { kind: 'formula', formula: `=${objectiveCheck}<>${q(T.ok)}` }, ...lightColours('amber') });
  row += 5;

  // Evaluation plan
  section(row, T.evaluation);
  row += 1;
  const field = (id: 'week' | 'event' | 'checkpoint' | 'billable'): string => {
    const found = EVALUATION_EVENT_FIELDS.find((f) => f.id === id);
    return found ? L(found.label) : id;
  };
  b.row(`A${row}`, [field('week'), field('event'), L(T.owner), field('checkpoint'), field('billable'), L(T.outcome)]);
  b.style({ range: `A${row}:F${row}`, bold: true, fill: PALETTE.headerFill, wrap: true });
  const evalFirst = row + 1;
  const evalLast = evalFirst + EVALUATION_ROWS - 1;
  EVALUATION_EVENT_KINDS.forEach((event, i) => b.value(`B${evalFirst + i}`, L(event.label)));
  b.input(`A${evalFirst}:A${evalLast}`, { kind: 'number', min: 1, max: 104 });
  b.input(`B${evalFirst}:C${evalLast}`);
  b.input(`D${evalFirst}:E${evalLast}`, { kind: 'checkbox' });
  b.input(`F${evalFirst}:F${evalLast}`);
  fill(`A${evalFirst}:F${evalLast}`);
  b.style({ range: `A${evalFirst}:A${evalLast}`, align: 'center' });
  const checkpoints = `B${evalLast + 1}`;
  const billableCount = `B${evalLast + 2}`;
  b.column(`A${evalLast + 1}`, [L(T.checkpoints), L(T.billableCount)]);
  b.formula(checkpoints, `=COUNTIF(D${evalFirst}:D${evalLast},TRUE())`);
  b.formula(billableCount, `=COUNTIF(E${evalFirst}:E${evalLast},TRUE())`);
  b.style({ range: `A${evalLast + 1}:B${evalLast + 2}`, bold: true });
  row = evalLast + 4;

  // The four review questions
  section(row, T.review);
  row += 1;
  b.value(`A${row}`, L(T.reviewedOn)).style({ range: `A${row}`, bold: true });
  const reviewedOn = `B${row}`;
  b.input(reviewedOn, { kind: 'date' });
  b.numberFormat(reviewedOn, 'yyyy-mm-dd');
  fill(reviewedOn);
  row += 1;
  const answers: Record<string, A1> = {};
  const reviewFirst = row;
  for (const question of FUNNEL_REVIEW_QUESTIONS) {
    b.value(`A${row}`, L(question.label));
    answers[question.id] = `B${row}`;
    row += 1;
  }
  b.input(`B${reviewFirst}:B${row - 1}`);
  fill(`B${reviewFirst}:B${row - 1}`);
  b.style({ range: `A${reviewFirst}:A${row - 1}`, wrap: true });

  const actions = actionListBlock(b, row + 1, locale);

  b.width('A', 260).width('B', 360).width('C', 320).width('D', 110).width('E', 90).width('F', 260).width('G', 150);
  b.freeze(3);

  return {
    sheet: b.build(),
    inputs: b.inputs(),
    layout: {
      sheetKey: ACTION_PLAN_SHEET_KEY,
      account: 'B2',
      opportunity: 'B3',
      dealId: 'B4',
      gosat,
      objectiveParts: parts,
      objectiveCheck,
      objectiveOk: L(T.ok),
      evaluation: {
        firstRow: evalFirst,
        lastRow: evalLast,
        week: 'A',
        event: 'B',
        owner: 'C',
        goNoGo: 'D',
        billable: 'E',
        outcome: 'F',
        checkpoints,
        billableCount,
      },
      review: { reviewedOn, answers },
      actions,
    },
  };
}
