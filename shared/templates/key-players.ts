import { text, tr, LOCALES, type Locale, type Text } from '../i18n';
import { playerDropdown, type PlayerVocabulary } from './player-words';
import type { A1 } from '../plan';
import { dealkitCall } from './dealkit-call';
import { columnLettersOfNumber, rangeAt } from '../a1';
import type { Term } from '../methods/types';
import { ADOPTION_PROFILES, ATTITUDES, CONTACT_LEVELS, LAYERS, PROJECT_BUYER_TYPES, SIGNATURE_BUYING_ROLES } from './method-data';
import { PALETTE, lightColours, type Light } from './palette';
import { SheetBuilder } from './sheet-builder';
import type { TemplateSheetBuild } from './template-build';

export const KEY_PLAYERS_SHEET_KEY = 'keyPlayers';
/** Rows for people; the spill formulas read all of them, blank rows are skipped. */
export const KEY_PLAYER_ROWS = 25;

export interface KeyPlayersOptions {
  readonly locale: Locale;
}

export type KeyPlayerField = 'name' | 'title' | 'role' | 'layer' | 'attitude' | 'adoption' | 'contact' | 'position' | 'influence' | 'innerCircle' | 'pains';

export const KEY_PLAYER_FIELDS: readonly KeyPlayerField[] = ['name', 'title', 'role', 'layer', 'attitude', 'adoption', 'contact', 'position', 'influence', 'innerCircle', 'pains'];

export interface KeyPlayersLayout {
  readonly sheetKey: string;
  readonly account: A1;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Column letter of each field. */
  readonly columns: Readonly<Record<KeyPlayerField, string>>;
  readonly support: A1;
  /** Top of the RELATIONSHIP_RISKS spill. */
  readonly risks: A1;
}

const T = {
  sheetName: text('Key players', '关键人物'),
  title: text('Key players and relationships', '关键人物与关系'),
  intro: text(
    'One row per person in the customer’s organisation. Pick from the dropdowns; the support score and red flags update live.',
    '客户组织中每人一行。从下拉列表中选择，支持度和危险信号会实时更新。',
  ),
  account: text('Account', '客户'),
  headers: {
    name: text('Name', '姓名'),
    title: text('Title', '职务'),
    role: text('Buying role', '采购角色'),
    layer: text('Layer', '层级'),
    attitude: text('Attitude', '态度'),
    adoption: text('Adoption profile', '接受新事物类型'),
    contact: text('Contact', '接触程度'),
    position: text('Position (0–5)', '职位权力（0–5）'),
    influence: text('Influence (0–5)', '影响力（0–5）'),
    innerCircle: text('Inner circle', '内圈'),
    pains: text('Their pains / notes', '个人痛苦 / 备注'),
  } satisfies Record<KeyPlayerField, Text>,
  summary: text('Summary', '汇总'),
  support: text('Influence-weighted support (−1 to 1)', '按影响力加权的支持度（−1 到 1）'),
  risks: text('Relationship red flags', '关系危险信号'),
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

  b.row(
    `A${headRow}`,
    KEY_PLAYER_FIELDS.map((f) => L(T.headers[f])),
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
  // No formula reads the adoption profile, so it shows the method's own words.
  b.input(col('adoption'), { kind: 'list', items: ADOPTION_PROFILES.map((a) => L(a.label)) });
  b.input(col('contact'), words('contact', CONTACT_LEVELS));
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
    adoption: 130,
    contact: 90,
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

  return {
    sheet: b.build(),
    inputs: b.inputs(),
    layout: { sheetKey: KEY_PLAYERS_SHEET_KEY, account: 'B3', firstRow: first, lastRow: last, columns, support, risks },
  };
}
