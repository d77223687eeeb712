import { text, tr, type Locale, type Text } from '../i18n';
import type { A1, NamedRangePlan, SheetPlan, WritePlan } from '../plan';
import { LADDER_IDS, LOST_STAGE, METHOD_IDS, type LadderId } from '../methods/types';
import { absoluteA1, parseA1 } from '../a1';
import { LADDERS, lostStage, stageWork, TEMPLATE_QUESTION_SETS } from './method-data';
import { PALETTE } from './palette';
import { DECIMAL_MARKS, DEFAULT_DECIMAL_MARK } from '../numbers/decimal-mark';
import { SETTINGS_NAMES, SETTINGS_PRESENCE_NAME, type SettingsName } from '../settings/names';
import { SheetBuilder, type TemplateInput } from './sheet-builder';
import { DECIMAL_MARK_RULE_ID, LANGUAGE_RULE_ID, SCALAR_RULES, type ScalarRuleKey } from '../settings/function-rules';
import { DEFAULT_DECISION_MAKER_CONTACT_DAYS } from '../deals/decision-maker-days';
import { AMOUNT_FORMAT } from '../numbers/amount-format';
import { DEFAULT_SETTINGS, knockOutKind, type KnockOutKind } from '../scoring/settings';

export const SETTINGS_SHEET_KEY = 'settings';

export interface SettingsOptions {
  readonly locale: Locale;
  /** The ladder the stage table is written from; default MILESTONES. */
  readonly ladder?: LadderId;
  /** Currency code; default CNY in Chinese workbooks, USD otherwise. */
  readonly currency?: string;
}

/** Where the Settings sheet keeps each setting, for the Settings panel to read and write. */
export interface SettingsLayout {
  readonly sheetKey: string;
  readonly language: A1;
  readonly currency: A1;
  readonly ladder: A1;
  /** One row per stage, LOST last (empty rows after them are not listed). */
  readonly stages: readonly { readonly code: string; readonly row: number; readonly label: A1; readonly probability: A1; readonly stallDays: A1 }[];
  readonly thresholds: Readonly<Record<ThresholdKey, A1>>;
  /** Rep, period and quota columns, blank rows to fill. */
  readonly quotas: A1;
  readonly weights: readonly { readonly criterionId: string; readonly weight: A1; readonly knockOut: A1 }[];
  /** Percentage points a probability override may stray from its stage's before it is flagged. */
  readonly overrideFlagPoints: A1;
  /** Rep, period, adjusted commit, adjusted best case and note columns, blank rows to fill. */
  readonly forecastAdjustments: A1;
  /** `.` or `,`: how the workbook writes numbers as text. */
  readonly decimalMark: A1;
  /** Days without contact after which a decision maker is listed on the Dashboard. */
  readonly decisionMakerContactDays: A1;
}

export interface SettingsBuild {
  readonly sheet: SheetPlan;
  readonly namedRanges: readonly NamedRangePlan[];
  readonly layout: SettingsLayout;
  readonly inputs: readonly TemplateInput[];
}

type ThresholdKey = ScalarRuleKey;

/** What the Settings sheet calls each rule, beside its cell. */
const RULE_LABELS: Readonly<Record<ScalarRuleKey, Text>> = {
  yesThreshold: text('Key question answers Yes from score', '关键问题得分达到此值即为“是”'),
  noThreshold: text('Key question answers No at or below score', '关键问题得分不高于此值即为“否”'),
  leadRatio: text('Favourable ratio over the competitor that counts as a lead', '领先竞争对手的有利项比例（视为领先）'),
  controlAtRisk: text('Not-in-control signs: at risk from', '失控信号：达到此数为“有风险”'),
  controlLimit: text('Not-in-control signs: not in control from', '失控信号：达到此数为“失控”'),
  redFlagInfluence: text('Opponent influence (0–5) that is a red flag', '敌对者或非支持者的影响力（0–5）达到此值即为危险信号'),
  bestCaseFrom: text('Forecast "Best case" from probability', '预测类别“最佳情况”起始概率'),
  commitFrom: text('Forecast "Commit" from probability', '预测类别“承诺”起始概率'),
};

/** What the knock-out column holds: codes like the stage codes, the same in every language. */
export const KNOCK_OUT_WORDS: Readonly<Record<KnockOutKind, string>> = { hard: 'HARD', soft: 'SOFT' };

export const CURRENCY_CODES: readonly string[] = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'SGD', 'AUD', 'CAD', 'CHF', 'INR', 'KRW', 'TWD'];
const QUOTA_ROWS = 24;
const ADJUSTMENT_ROWS = 40;
const DEFAULT_OVERRIDE_FLAG_POINTS = 25;
const DEFAULT_STALL_DAYS = 30;

const T = {
  sheetName: text('DealKit settings', 'DealKit 设置'),
  title: text('DealKit settings', 'DealKit 设置'),
  intro: text(
    'Shared by every DealKit sheet in this workbook. Edit the shaded cells; every formula recalculates.',
    '本工作簿中所有 DealKit 工作表共用这些设置。修改带底色的单元格，所有公式会随之重新计算。',
  ),
  general: text('General', '常规'),
  keyPlayers: text('Key players', '关键人物'),
  decisionMakerDays: text('Days without contact before a decision maker is listed', '决策人超过此天数未接触即列出'),
  decisionMakerDaysNote: text(
    'The Dashboard lists deals whose decision maker is neutral or worse, or not contacted for this many days.',
    '仪表板会列出决策人态度为中立者或更差、或超过此天数未接触的商机。',
  ),
  language: text('Language (en or zh-CN)', '语言（en 或 zh-CN）'),
  currency: text('Currency', '币种'),
  ladder: text('Stage ladder', '阶段体系'),
  ladderNote: text('Set when this sheet was created; the stage dropdowns and proof columns of every sheet follow it.', '在创建本表时确定；各表的阶段下拉列表和验证列都以此为准。'),
  stages: text('Stages', '销售阶段'),
  stageHeaders: [
    text('Stage code', '阶段代码'),
    text('Win probability', '赢单概率'),
    text('Label', '名称'),
    text('Proof (what the customer does)', '验证标准（客户的行为）'),
    text('Stage', '阶段'),
    text('Stall limit (days)', '停滞上限（天）'),
  ],
  assessment: text('Scoring thresholds', '评分阈值'),
  quotas: text('Quotas', '销售指标'),
  quotaHeaders: [text('Rep', '销售代表'), text('Period (e.g. 2026-Q3)', '期间（如 2026-Q3）'), text('Quota', '指标金额')],
  weights: text('Assessment item weights', '评估项权重'),
  forecast: text('Forecast honesty', '预测真实性'),
  overrideFlag: text("Flag probability overrides more than this many percentage points from the stage's probability", '概率调整与阶段概率相差超过此百分点数时标记'),
  adjustments: text("Forecast adjustments (the manager's view)", '预测调整（经理视图）'),
  adjustmentsNote: text(
    'Per rep and period, the commit and best case you stand behind. "Roll up team" shows them beside the reps\' own on the Dashboard and "Take snapshot" keeps both; neither ever writes here. Leave a figure blank to accept the rep\'s.',
    '按销售代表和期间，填写您认可的承诺与最佳情况金额。“汇总团队”会在仪表板上将其与销售自己的数字并列显示，“拍摄快照”会同时保存两者；二者都不会改写本表。留空表示认可销售的数字。',
  ),
  adjustmentHeaders: [
    text('Rep', '销售代表'),
    text('Period (e.g. 2026-Q4)', '期间（如 2026-Q4）'),
    text('Adjusted commit', '调整后承诺'),
    text('Adjusted best case', '调整后最佳情况'),
    text('Note', '备注'),
  ],
  rulesTitle: text('Read by the DealKit functions', 'DealKit 函数读取的设置'),
  rulesHeaders: [text('Key', '键'), text('Value', '值'), text('Knock-out', '一票否决'), text('Cell', '单元格')],
  rulesNote: text(
    'Follows the cells on the left; edit those, not this block. Every DealKit formula passes it as its last argument (DK_RULES).',
    '随左侧单元格自动更新；请修改左侧单元格，不要修改本区域。每个 DealKit 公式都将其作为最后一个参数(DK_RULES)传入。',
  ),
  numbers: text('Numbers', '数字格式'),
  decimalMark: text('Decimal mark of numbers typed as text (. for 1,234.5 — , for 1.234,5)', '以文本输入的数字所用的小数点（. 表示 1,234.5，, 表示 1.234,5）'),
  decimalMarkNote: text(
    'Amounts typed as text are read by it; text that does not follow it (1,5 where the mark is .) is set aside or refused naming its cell, never guessed at.',
    '以文本输入的金额按此读取；不符合的文本（小数点为 . 时的 1,5）会被列为未计入或报错并指出单元格，绝不猜测。',
  ),
  decimalMarkChoices: text('Choices', '可选值'),
  weightHeaders: [
    text('Criterion id', '标准编号'),
    text('Weight', '权重'),
    text(
      'Knock-out: HARD (a - answers the key question No) or SOFT (a - holds it at Unknown at best)',
      '一票否决：HARD（评为 - 时该关键问题为“否”）或 SOFT（评为 - 时该关键问题最多为“未知”）',
    ),
    text('Method', '方法'),
    text('Criterion', '评估标准'),
  ],
};

/** Where the stage table starts; it always has room for the longest ladder plus LOST. */
export const STAGE_TABLE_FIRST_ROW = 11;
export const STAGE_TABLE_ROWS = Math.max(...LADDER_IDS.map((id) => LADDERS[id].stages.length)) + 1;

/**
 * The stage table's rows for a ladder (code, probability, label, proof, stall days), LOST after the
 * stages and empty rows to the table's fixed size: the named ranges keep their size whichever ladder
 * is chosen, and every DealKit function skips the empty rows.
 */
export function writtenStageRows(ladderId: LadderId, locale: Locale): (string | number)[][] {
  const stages = [...LADDERS[ladderId].stages, lostStage];
  const rows: (string | number)[][] = stages.map((stage) => [
    stage.code,
    stage.probability,
    tr(stage.label, locale),
    tr(stageWork(ladderId, stage.code).proof, locale),
    stage.code === LOST_STAGE ? 0 : DEFAULT_STALL_DAYS,
  ]);
  while (rows.length < STAGE_TABLE_ROWS) rows.push(['', '', '', '', '']);
  return rows;
}

/**
 * Switching a workbook's ladder: rewrites the Settings sheet's stage table and ladder cell in place
 * (the labels, probabilities and stall limits typed for the old ladder are replaced — the Settings
 * panel says so before it applies this). `sheetName` is the Settings sheet's actual name.
 */
export function settingsLadderPlan(sheetName: string, ladderId: LadderId, locale: Locale): WritePlan {
  const rows = writtenStageRows(ladderId, locale);
  return {
    sheets: [
      {
        key: SETTINGS_SHEET_KEY,
        target: { kind: 'existing', name: sheetName },
        values: [
          { at: 'B7', rows: [[ladderId]] },
          { at: `A${STAGE_TABLE_FIRST_ROW}`, rows: rows.map((r) => r.slice(0, 4)) },
          { at: `F${STAGE_TABLE_FIRST_ROW}`, rows: rows.map((r) => [r[4]]) },
        ],
      },
    ],
  };
}

/**
 * The Settings sheet every other template relies on. It is added with `onlyIfNamedRangeMissing`, so a
 * workbook that already has one keeps the team's own; all other sheets reach it by name only.
 */
export function settingsTemplate(options: SettingsOptions): SettingsBuild {
  const { locale } = options;
  const ladder = LADDERS[options.ladder ?? 'MILESTONES'];
  const b = new SheetBuilder(SETTINGS_SHEET_KEY, { kind: 'new', baseName: tr(T.sheetName, locale) }, { onlyIfNamedRangeMissing: SETTINGS_PRESENCE_NAME });
  const names: NamedRangePlan[] = [];
  const name = (n: SettingsName, range: A1): void => {
    names.push({ name: n, sheetKey: SETTINGS_SHEET_KEY, range: absoluteA1(parseA1(range)) });
  };
  const section = (row: number, label: Text): void => {
    b.value(`A${row}`, tr(label, locale));
    b.style({ range: `A${row}:F${row}`, bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  };

  b.value('A1', tr(T.title, locale)).style({ range: 'A1', bold: true, fontColor: PALETTE.title });
  b.value('A2', tr(T.intro, locale)).style({ range: 'A2', italic: true, fontColor: PALETTE.muted });

  section(4, T.general);
  b.column('A5', [tr(T.language, locale), tr(T.currency, locale), tr(T.ladder, locale)]);
  b.value('B5', locale).input('B5', { kind: 'list', items: ['en', 'zh-CN'] });
  b.value('B6', options.currency ?? (locale === 'zh-CN' ? 'CNY' : 'USD')).input('B6', { kind: 'list', items: CURRENCY_CODES });
  b.value('B7', ladder.id);
  b.value('C7', tr(T.ladderNote, locale)).style({ range: 'C7', italic: true, fontColor: PALETTE.muted });
  name(SETTINGS_NAMES.language, 'B5');
  name(SETTINGS_NAMES.currency, 'B6');
  name(SETTINGS_NAMES.ladder, 'B7');

  section(9, T.stages);
  b.row(
    'A10',
    T.stageHeaders.map((h) => tr(h, locale)),
  );
  b.style({ range: 'A10:F10', bold: true, fill: PALETTE.headerFill, wrap: true });
  const first = STAGE_TABLE_FIRST_ROW;
  const last = first + STAGE_TABLE_ROWS - 1;
  const stageRows = writtenStageRows(ladder.id, locale)
    .map((cells, i) => {
      const row = first + i;
      b.row(
        `A${row}`,
        cells.slice(0, 4).map((v) => (v === '' ? null : v)),
      );
      b.value(`F${row}`, cells[4] === '' ? null : cells[4]);
      return { code: String(cells[0]), row, label: `C${row}`, probability: `B${row}`, stallDays: `F${row}` };
    })
    .filter((r) => r.code !== '');
  for (let row = first; row <= last; row += 1) b.formula(`E${row}`, `=IF(A${row}="","",A${row})`);
  // Codes are what users type in stage columns and what the proof columns are headed by: locked.
  b.input(`B${first}:B${last}`, { kind: 'number', min: 0, max: 1 });
  b.input(`C${first}:C${last}`);
  b.input(`F${first}:F${last}`, { kind: 'number', min: 0, max: 3650 });
  b.numberFormat(`B${first}:B${last}`, '0%');
  b.numberFormat(`F${first}:F${last}`, '0');
  b.style({ range: `D${first}:D${last}`, wrap: true });
  b.style({ range: `E${first}:E${last}`, fontColor: PALETTE.muted });
  name(SETTINGS_NAMES.stages, `A${first}:B${last}`);
  name(SETTINGS_NAMES.stageCodes, `A${first}:A${last}`);
  name(SETTINGS_NAMES.stageLabels, `C${first}:C${last}`);
  name(SETTINGS_NAMES.stallLimits, `E${first}:F${last}`);

  let row = last + 2;
  section(row, T.assessment);
  row += 1;
  const thresholds = {} as Record<ThresholdKey, A1>;
  for (const t of SCALAR_RULES) {
    b.value(`A${row}`, tr(RULE_LABELS[t.key], locale));
    b.value(`B${row}`, t.defaultValue).input(`B${row}`, { kind: 'number', min: t.min, max: t.max });
    if (t.format) b.numberFormat(`B${row}`, t.format);
    thresholds[t.key] = `B${row}`;
    name(SETTINGS_NAMES[t.key], `B${row}`);
    row += 1;
  }

  row += 1;
  section(row, T.quotas);
  row += 1;
  b.row(
    `A${row}`,
    T.quotaHeaders.map((h) => tr(h, locale)),
  );
  b.style({ range: `A${row}:C${row}`, bold: true, fill: PALETTE.headerFill });
  const quotaFirst = row + 1;
  const quotaLast = quotaFirst + QUOTA_ROWS - 1;
  b.input(`A${quotaFirst}:B${quotaLast}`);
  b.input(`C${quotaFirst}:C${quotaLast}`, { kind: 'number', min: 0 });
  b.numberFormat(`B${quotaFirst}:B${quotaLast}`, '@');
  b.numberFormat(`C${quotaFirst}:C${quotaLast}`, AMOUNT_FORMAT);
  const quotas = `A${quotaFirst}:C${quotaLast}`;
  name(SETTINGS_NAMES.quotas, quotas);

  row = quotaLast + 2;
  section(row, T.weights);
  row += 1;
  b.row(
    `A${row}`,
    T.weightHeaders.map((h) => tr(h, locale)),
  );
  b.style({ range: `A${row}:E${row}`, bold: true, fill: PALETTE.headerFill, wrap: true });
  const weightFirst = row + 1;
  const weights: { criterionId: string; weight: A1; knockOut: A1 }[] = [];
  for (const method of METHOD_IDS) {
    const set = TEMPLATE_QUESTION_SETS[method];
    if (!set) continue;
    for (const criterion of set.criteria) {
      row += 1;
      const knockOut = knockOutKind(criterion, DEFAULT_SETTINGS);
      b.row(`A${row}`, [criterion.id, 1, knockOut === null ? null : KNOCK_OUT_WORDS[knockOut], method, tr(criterion.label, locale)]);
      weights.push({ criterionId: criterion.id, weight: `B${row}`, knockOut: `C${row}` });
    }
  }
  const weightLast = row;
  b.input(`B${weightFirst}:B${weightLast}`, { kind: 'number', min: 0, max: 100 });
  b.input(`C${weightFirst}:C${weightLast}`, { kind: 'list', items: Object.values(KNOCK_OUT_WORDS) });
  name(SETTINGS_NAMES.weights, `A${weightFirst}:B${weightLast}`);
  name(SETTINGS_NAMES.knockOuts, `C${weightFirst}:C${weightLast}`);

  // The forecast-honesty settings, at the end so every earlier setting keeps its cell in workbooks made before it.
  row = weightLast + 2;
  section(row, T.forecast);
  row += 1;
  b.value(`A${row}`, tr(T.overrideFlag, locale));
  const overrideFlagPoints: A1 = `B${row}`;
  b.value(overrideFlagPoints, DEFAULT_OVERRIDE_FLAG_POINTS).input(overrideFlagPoints, { kind: 'number', min: 0, max: 100 });
  b.numberFormat(overrideFlagPoints, '0');
  name(SETTINGS_NAMES.overrideFlagPoints, overrideFlagPoints);
  row += 2;
  b.value(`A${row}`, tr(T.adjustments, locale)).style({ range: `A${row}`, bold: true });
  row += 1;
  b.value(`A${row}`, tr(T.adjustmentsNote, locale)).style({ range: `A${row}`, italic: true, fontColor: PALETTE.muted });
  row += 1;
  b.row(
    `A${row}`,
    T.adjustmentHeaders.map((h) => tr(h, locale)),
  );
  b.style({ range: `A${row}:E${row}`, bold: true, fill: PALETTE.headerFill });
  const adjustFirst = row + 1;
  const adjustLast = adjustFirst + ADJUSTMENT_ROWS - 1;
  b.input(`A${adjustFirst}:B${adjustLast}`);
  b.input(`C${adjustFirst}:D${adjustLast}`, { kind: 'number', min: 0 });
  b.input(`E${adjustFirst}:E${adjustLast}`);
  b.numberFormat(`B${adjustFirst}:B${adjustLast}`, '@');
  b.numberFormat(`C${adjustFirst}:D${adjustLast}`, AMOUNT_FORMAT);
  const forecastAdjustments: A1 = `A${adjustFirst}:E${adjustLast}`;
  name(SETTINGS_NAMES.forecastAdjustments, forecastAdjustments);

  // At the end, so every earlier setting keeps its cell in workbooks made before this one.
  row = adjustLast + 2;
  section(row, T.numbers);
  row += 1;
  b.value(`A${row}`, tr(T.decimalMark, locale));
  const decimalMark: A1 = `B${row}`;
  b.value(decimalMark, DEFAULT_DECIMAL_MARK).input(decimalMark, { kind: 'listFromRange', source: SETTINGS_NAMES.decimalMarkChoices });
  b.value(`C${row}`, tr(T.decimalMarkNote, locale)).style({ range: `C${row}`, italic: true, fontColor: PALETTE.muted });
  name(SETTINGS_NAMES.decimalMark, decimalMark);
  row += 1;
  b.value(`A${row}`, tr(T.decimalMarkChoices, locale)).style({ range: `A${row}`, fontColor: PALETTE.muted });
  b.row(`B${row}`, [...DECIMAL_MARKS]).style({ range: `B${row}:C${row}`, fontColor: PALETTE.muted });
  name(SETTINGS_NAMES.decimalMarkChoices, `B${row}:C${row}`);

  // At the end, so every earlier setting keeps its cell in workbooks made before this one.
  row += 2;
  section(row, T.keyPlayers);
  row += 1;
  b.value(`A${row}`, tr(T.decisionMakerDays, locale));
  const decisionMakerContactDays: A1 = `B${row}`;
  b.value(decisionMakerContactDays, DEFAULT_DECISION_MAKER_CONTACT_DAYS).input(decisionMakerContactDays, { kind: 'number', min: 1, max: 3650 });
  b.numberFormat(decisionMakerContactDays, '0');
  b.value(`C${row}`, tr(T.decisionMakerDaysNote, locale)).style({ range: `C${row}`, italic: true, fontColor: PALETTE.muted });
  name(SETTINGS_NAMES.decisionMakerContactDays, decisionMakerContactDays);

  const rules = rulesBlock(b, locale, [
    { id: LANGUAGE_RULE_ID, value: 'B5' },
    { id: DECIMAL_MARK_RULE_ID, value: decimalMark },
    ...SCALAR_RULES.map((rule) => ({ id: rule.id, value: thresholds[rule.key] })),
    ...weights.map((w) => ({ id: w.criterionId, value: w.weight, knockOut: w.knockOut })),
  ]);
  name(SETTINGS_NAMES.rules, rules);

  b.width('A', 300).width('B', 120).width('C', 220).width('D', 320).width('E', 90).width('F', 120);
  b.width('H', 150).width('I', 90).width('J', 90).width('K', 70);
  b.freeze(2);

  return {
    sheet: b.build(),
    namedRanges: names,
    inputs: b.inputs(),
    layout: {
      sheetKey: SETTINGS_SHEET_KEY,
      language: 'B5',
      currency: 'B6',
      ladder: 'B7',
      stages: stageRows,
      thresholds,
      quotas,
      weights,
      overrideFlagPoints,
      forecastAdjustments,
      decimalMark,
      decisionMakerContactDays,
    },
  };
}

interface RuleSource {
  readonly id: string;
  readonly value: A1;
  readonly knockOut?: A1;
}

/** A cell's value as the rules block shows it: blank stays blank (a bare reference would read as 0). */
function mirror(cell: A1): string {
  return `=IF(${cell}="","",${cell})`;
}

/**
 * The DK_RULES block (columns H–K): one row per rule the functions read — key, the value mirrored from
 * the cell people edit, the knock-out tick for criteria, and that cell's address so an error can name
 * it. Every DealKit formula passes this range as its settings argument, so the hosts' own dependency
 * graphs recalculate exactly those formulas when a rule changes. Returns the range for the name.
 */
function rulesBlock(b: SheetBuilder, locale: Locale, sources: readonly RuleSource[]): A1 {
  b.value('H4', tr(T.rulesTitle, locale));
  b.style({ range: 'H4:K4', bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  b.row(
    'H5',
    T.rulesHeaders.map((h) => tr(h, locale)),
  );
  b.style({ range: 'H5:K5', bold: true, fill: PALETTE.headerFill, wrap: true });
  const first = 6;
  sources.forEach((source, i) => {
    const row = first + i;
    b.value(`H${row}`, source.id);
    b.formula(`I${row}`, mirror(source.value));
    if (source.knockOut) b.formula(`J${row}`, mirror(source.knockOut));
    b.value(`K${row}`, source.value);
  });
  const last = first + sources.length - 1;
  b.style({ range: `H${first}:K${last}`, fontColor: PALETTE.muted });
  b.value(`H${last + 1}`, tr(T.rulesNote, locale)).style({ range: `H${last + 1}`, italic: true, fontColor: PALETTE.muted });
  return `H${first}:K${last}`;
}

/** For tests and the Settings panel: the sheet-relative cell of a stage's probability, by code. */
export function stageProbabilityCell(layout: SettingsLayout, code: string): A1 | undefined {
  return layout.stages.find((s) => s.code === code)?.probability;
}
