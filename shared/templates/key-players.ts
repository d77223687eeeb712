import { text, tr, LOCALES, type Locale, type Text } from '../i18n';
import { playerDropdown, type PlayerVocabulary } from './player-words';
import type { A1 } from '../plan';
import { dealkitCall } from './dealkit-call';
import { cellAt, columnLettersOfNumber, rangeAt } from '../a1';
import type { Term } from '../methods/types';
import { ADOPTION_PROFILES, ATTITUDES, CONTACT_LEVELS, LAYERS, PROJECT_BUYER_TYPES, SIGNATURE_BUYING_ROLES } from './method-data';
import { PALETTE, lightColours, type Light } from './palette';
import { SheetBuilder } from './sheet-builder';
import type { TemplateSheetBuild } from './template-build';
import { DEAL_ID_LABEL } from '../deals/deal-sheet';
import { RELATIONSHIP_STAGES } from '../methods/key-player-guide';

export const KEY_PLAYERS_SHEET_KEY = 'keyPlayers';
/** Rows for people; the spill formulas read all of them, blank rows are skipped. */
export const KEY_PLAYER_ROWS = 25;

export interface KeyPlayersOptions {
  readonly locale: Locale;
}

export type KeyPlayerField =
  | 'name'
  | 'title'
  | 'role'
  | 'layer'
  | 'attitude'
  | 'targetAttitude'
  | 'adoption'
  | 'contact'
  | 'lastContact'
  | 'nextContact'
  | 'relationshipStage'
  | 'position'
  | 'influence'
  | 'innerCircle'
  | 'pains';

/** The relationship strategy (target attitude, contact dates, relationship stage) sits beside the attitude and contact it plans from. */
export const KEY_PLAYER_FIELDS: readonly KeyPlayerField[] = [
  'name',
  'title',
  'role',
  'layer',
  'attitude',
  'targetAttitude',
  'adoption',
  'contact',
  'lastContact',
  'nextContact',
  'relationshipStage',
  'position',
  'influence',
  'innerCircle',
  'pains',
];

export interface KeyPlayersLayout {
  readonly sheetKey: string;
  readonly account: A1;
  /** The cell holding the Deal ID, right of its label (shared/deals/deal-sheet.ts). */
  readonly dealId: A1;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Column letter of each field. */
  readonly columns: Readonly<Record<KeyPlayerField, string>>;
  readonly support: A1;
  /** Top of the RELATIONSHIP_RISKS spill. */
  readonly risks: A1;
  /** The position × influence chart: its source is the two input columns themselves, header included. */
  readonly grid: { readonly source: A1; readonly anchor: A1 };
}

/** The table's headers, which the per-deal reader (shared/deals/key-players-summary.ts) finds the columns by. */
export const KEY_PLAYER_HEADERS = {
  name: text('Name', '姓名'),
  title: text('Title', '职务'),
  role: text('Buying role', '采购角色'),
  layer: text('Layer', '层级'),
  attitude: text('Current attitude', '当前态度'),
  targetAttitude: text('Target attitude', '目标态度'),
  adoption: text('Adoption profile', '接受新事物类型'),
  contact: text('Contact', '接触程度'),
  lastContact: text('Last contact', '上次接触日期'),
  nextContact: text('Next contact', '下次接触日期'),
  relationshipStage: text('Relationship stage', '客户关系阶段'),
  position: text('Position (0–5)', '职位权力（0–5）'),
  influence: text('Influence (0–5)', '影响力（0–5）'),
  innerCircle: text('Inner circle', '内圈'),
  pains: text('Their pains / notes', '个人痛苦 / 备注'),
} satisfies Record<KeyPlayerField, Text>;

const T = {
  sheetName: text('Key players', '关键人物'),
  title: text('Key players and relationships', '关键人物与关系'),
  intro: text(
    'One row per person in the customer’s organisation. Pick from the dropdowns; the support score and red flags update live.',
    '客户组织中每人一行。从下拉列表中选择，支持度和危险信号会实时更新。',
  ),
  account: text('Account', '客户'),
  summary: text('Summary', '汇总'),
  support: text('Influence-weighted support (−1 to 1)', '按影响力加权的支持度（−1 到 1）'),
  risks: text('Relationship red flags', '关系危险信号'),
  grid: text('Position × influence (0–5): one point per person', '职位权力 × 影响力（0–5）：每人一个点'),
};

const ATTITUDE_LIGHT: Readonly<Record<string, Light>> = {
  sponsor: 'green',
  supporter: 'green',
  neutral: 'amber',
  nonSupporter: 'red',
  enemy: 'red',
};

/** The key-player map: one row per person with the METHODOLOGY §3 vocabularies as dropdowns. */
export function keyPlayersTemplate(options: KeyPlayersOptions): TemplateSheetBuild<KeyPlayersLayout> {
  const { locale } = options;
  const L = (t: Text): string => tr(t, locale);
  const b = new SheetBuilder(KEY_PLAYERS_SHEET_KEY, { kind: 'new', baseName: L(T.sheetName) }, { activate: true });
  const columns = {} as Record<KeyPlayerField, string>;
  KEY_PLAYER_FIELDS.forEach((field, i) => {
    columns[field] = columnLettersOfNumber(i + 1);
  });
  const lastCol = columnLettersOfNumber(KEY_PLAYER_FIELDS.length);
  const headRow = 5;
  const first = headRow + 1;
  const last = first + KEY_PLAYER_ROWS - 1;
  const col = (field: KeyPlayerField): A1 => `${columns[field]}${first}:${columns[field]}${last}`;

  b.value('A1', L(T.title)).style({ range: 'A1', bold: true, fontColor: PALETTE.title });
  b.value('A2', L(T.intro)).style({ range: 'A2', italic: true, fontColor: PALETTE.muted });
  b.value('A3', L(T.account)).style({ range: 'A3', bold: true });
  b.input('B3');
  b.style({ range: 'B3', fill: PALETTE.inputFill });
  // The deal these people belong to, found by its label wherever a rep moves it (shared/deals/deal-sheet.ts).
  b.value('A4', L(DEAL_ID_LABEL)).style({ range: 'A4', bold: true });
  b.input('B4');
  b.style({ range: 'B4', fill: PALETTE.inputFill });

  b.row(
    `A${headRow}`,
    KEY_PLAYER_FIELDS.map((f) => L(KEY_PLAYER_HEADERS[f])),
  );
  b.style({ range: `A${headRow}:${lastCol}${headRow}`, bold: true, fill: PALETTE.headerFill, wrap: true });
  const words = (vocabulary: PlayerVocabulary, items: readonly Term[]): { kind: 'list'; items: string[] } => ({
    kind: 'list',
    items: playerDropdown(vocabulary, items, locale),
  });
  b.input(rangeAt(1, first, 2, last)); // name, title
  // Signature's A/D/E/U roles first, then the project-sales buyer types.
  b.input(col('role'), words('role', [...SIGNATURE_BUYING_ROLES, ...PROJECT_BUYER_TYPES]));
  b.input(col('layer'), words('layer', LAYERS));
  const attitudeWords = words('attitude', ATTITUDES);
  b.input(col('attitude'), attitudeWords);
  b.input(col('targetAttitude'), attitudeWords);
  // No formula reads the adoption profile, so it shows the method's own words.
  b.input(col('adoption'), { kind: 'list', items: ADOPTION_PROFILES.map((a) => L(a.label)) });
  b.input(col('contact'), words('contact', CONTACT_LEVELS));
  b.input(`${columns.lastContact}${first}:${columns.nextContact}${last}`, { kind: 'date' });
  b.numberFormat(`${columns.lastContact}${first}:${columns.nextContact}${last}`, 'yyyy-mm-dd');
  b.input(col('relationshipStage'), { kind: 'list', items: RELATIONSHIP_STAGES.map((stage) => L(stage.label)) });
  // A planned contact whose day has passed is the relationship plan slipping.
  b.conditional({
    range: col('nextContact'),
    rule: { kind: 'formula', formula: `=AND(ISNUMBER($${columns.nextContact}${first}),$${columns.nextContact}${first}<TODAY())` },
    ...lightColours('amber'),
  });
  b.input(`${columns.position}${first}:${columns.influence}${last}`, { kind: 'number', min: 0, max: 5 });
  b.input(col('innerCircle'), { kind: 'checkbox' });
  b.input(col('pains'));
  b.style({ range: `A${first}:${lastCol}${last}`, fill: PALETTE.inputFill });
  b.style({ range: col('pains'), wrap: true });

  // Colour each row by the person's attitude, in whichever language the dropdown was filled.
  const rowRange = `A${first}:${lastCol}${last}`;
  const seen = new Set<string>();
  for (const l of LOCALES) {
    ATTITUDES.forEach((attitude, i) => {
      const word = playerDropdown('attitude', [attitude], l)[0];
      if (word === undefined || seen.has(word)) return;
      seen.add(word);
      b.conditional({ range: rowRange, rule: { kind: 'formula', formula: `=$${columns.attitude}${first}="${word}"` }, ...lightColours(ATTITUDE_LIGHT[ATTITUDES[i].id] ?? 'amber') });
    });
  }

  const S = KEY_PLAYER_FIELDS.length + 2;
  const sCol = columnLettersOfNumber(S);
  const vCol = columnLettersOfNumber(S + 1);
  b.value(`${sCol}1`, L(T.summary));
  b.style({ range: `${sCol}1:${vCol}1`, bold: true, fill: PALETTE.sectionFill, fontColor: PALETTE.sectionFont });
  b.value(`${sCol}2`, L(T.support)).style({ range: `${sCol}2`, bold: true, wrap: true });
  const support = `${vCol}2`;
  b.formula(support, `=IF(COUNTA(${col('attitude')})=0,"",${dealkitCall('SUPPORT', [col('attitude'), col('influence')])})`);
  b.numberFormat(support, '0.00');
  b.style({ range: support, bold: true, fill: PALETTE.resultFill });
  b.conditional({ range: support, rule: { kind: 'number', operator: 'gte', values: [0.25] }, ...lightColours('green') });
  b.conditional({ range: support, rule: { kind: 'number', operator: 'lt', values: [0] }, ...lightColours('red') });
  b.value(`${sCol}4`, L(T.risks));
  b.style({ range: `${sCol}4:${vCol}4`, bold: true, fill: PALETTE.headerFill });
  const risks = `${sCol}5`;
  b.formula(risks, `=${dealkitCall('RELATIONSHIP_RISKS', [col('name'), col('role'), col('layer'), col('attitude'), col('contact'), col('influence')])}`);
  b.style({ range: `${sCol}5:${sCol}${last}`, fontColor: PALETTE.redFont });

  const widths: Readonly<Record<KeyPlayerField, number>> = {
    name: 140,
    title: 150,
    role: 130,
    layer: 110,
    attitude: 120,
    targetAttitude: 120,
    adoption: 130,
    contact: 90,
    lastContact: 100,
    nextContact: 100,
    relationshipStage: 110,
    position: 90,
    influence: 90,
    innerCircle: 90,
    pains: 260,
  };
  for (const field of KEY_PLAYER_FIELDS) b.width(columns[field], widths[field]);
  b.width(columnLettersOfNumber(S - 1), 24)
    .width(sCol, 380)
    .width(vCol, 90);
  b.freeze(headRow);

  // The position × influence grid: formal power across, informal influence up, one point per person. It plots
  // the input columns themselves, so an empty row is a truly blank cell every program leaves off the chart
  // (a formula's "" would be drawn at zero, and its #N/A would show as an error on the sheet).
  const grid = { source: `${columns.position}${headRow}:${columns.influence}${last}`, anchor: cellAt(S + 3, 1) };
  b.chart({ kind: 'scatter', title: L(T.grid), source: grid.source, anchor: grid.anchor, width: 480, height: 320 });

  return {
    sheet: b.build(),
    inputs: b.inputs(),
    layout: { sheetKey: KEY_PLAYERS_SHEET_KEY, account: 'B3', dealId: 'B4', firstRow: first, lastRow: last, columns, support, risks, grid },
  };
}
